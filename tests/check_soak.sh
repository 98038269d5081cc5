#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 soak (docs/testing.md, "kill -9 soak"): a sweep killed with SIGKILL at random moments
# KILLS times, resumed after each kill, then run to the end, against the uninterrupted reference
# sweep of the same arguments (tests/reference_sweep.sh). Checked:
#   - every kill asked for was made (an attempt that finishes before its kill fails the test);
#   - PRAGMA integrity_check after every kill;
#   - the work each kill lost (the time between the kill and the workspace's last durable write
#     before it: database commit or checkpoint) is at most the longest interval between durable
#     writes in the uninterrupted sweep (what one evaluation interval costs there), with 50 %
#     + 0.5 s for timing noise;
#   - no metric point stored twice (run, stage, step, name), every SFT loss curve continuous
#     (steps 1..S, each once);
#   - a cell that finished is never recomputed (its run, result and time stay as they were);
#   - samples, steps, rollouts and pairs per cell and the final cells equal the reference.
# Prints one line: kills, resumes, lost cells (must be 0), the largest work lost to a kill.
#
#   tests/check_soak.sh BUILD_DIR KILLS SEED REFERENCE_DIR
# REFERENCE_DIR holds reference_sweep.sh's output (ctest: the fixture reference_sweep, 5 kills of
# the micro sweep); `tests/check_soak.sh BUILD_DIR 20 1 --full` makes its own reference of the tiny
# preset first (the slow tier's 20 kills).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR KILLS SEED REFERENCE_DIR|--full}" && pwd)
kills=${2:?usage: $0 BUILD_DIR KILLS SEED REFERENCE_DIR|--full}
seed=${3:?usage: $0 BUILD_DIR KILLS SEED REFERENCE_DIR|--full}
ref=${4:?usage: $0 BUILD_DIR KILLS SEED REFERENCE_DIR|--full}
cli="$build/app/eightfold-cli"
tmp=$(mktemp -d /tmp/eightfold-soak.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_soak: $*"; exit 1; }
trap 'echo "check_soak: line $LINENO failed: $BASH_COMMAND"' ERR
RANDOM=$seed

if [ "$ref" = --full ]; then
  ref="$tmp/reference"
  "$here/reference_sweep.sh" "$cli" "$ref" --preset arith-scaling-tiny
fi
[ -s "$ref/reference.sqlite" ] && [ -s "$ref/timing" ] && [ -s "$ref/sweep.args" ] ||
  fail "no reference sweep in '$ref' (tests/reference_sweep.sh writes one)"
mapfile -t args < "$ref/sweep.args"
read -r ref_wall ref_gap < "$ref/timing"
bound=$(awk -v g="$ref_gap" 'BEGIN { printf "%.2f", 1.5 * g + 0.5 }')
# Each attempt is killed 0.3 s plus up to wall / (kills + 1) into it, so that the kills together
# cover about half of the sweep's work and every one lands while the sweep still runs.
window=$(awk -v w="$ref_wall" -v k="$kills" 'BEGIN { printf "%.3f", w / (k + 1) }')

db="$tmp/soak.sqlite"
q() { sqlite3 "$db" "$1"; }
cells_sql="SELECT method, size, seed, status, test_error, pass_at_k, first_step_accuracy FROM cells ORDER BY seed, size, method"
finished_sql="SELECT c.method || ' ' || c.size || ' ' || c.seed || ' ' || c.run_id || ' ' || r.ended_at || ' ' || c.result_json
              FROM cells c JOIN runs r ON r.id = c.run_id WHERE c.status = 'ok' ORDER BY 1"
# The newest modification time among the files that exist (a kill can come before the first
# checkpoint or while no WAL file exists); empty when none does.
mtime() {
  local f
  for f in "$@"; do if [ -e "$f" ]; then stat -c %.Y "$f"; fi; done | sort -n | tail -n 1
}

resumes=0
made=0
max_lost=0
finished=""
# Whether the sweep is stored (a kill can come before the schema or its run was written).
stored() {
  [ -e "$db" ] && [ "$(q "SELECT count(*) FROM sqlite_master WHERE name = 'runs'")" = 1 ] &&
    [ "$(q "SELECT count(*) FROM runs WHERE id = 1")" = 1 ]
}
for ((k = 1; k <= kills; ++k)); do
  # The sweep is resumed once it exists; a kill before it was stored starts it again.
  if stored; then
    "$cli" resume 1 --db "$db" > "$tmp/attempt.out" 2>&1 &
    resumes=$((resumes + 1))
  else
    "$cli" sweep "${args[@]}" --db "$db" > "$tmp/attempt.out" 2>&1 &
  fi
  pid=$!
  started_at=$(date +%s.%N)
  sleep "$(awk -v r=$RANDOM -v w="$window" 'BEGIN { printf "%.3f", 0.3 + w * r / 32767 }')"
  if ! kill -0 $pid 2> /dev/null; then
    rc=0
    wait $pid || rc=$?
    tail -n 5 "$tmp/attempt.out"
    fail "attempt $k ended (exit $rc) before its kill: $made of $kills kills made (the reference took $ref_wall s)"
  fi
  kill -9 $pid
  wait $pid 2> /dev/null || true
  killed_at=$(date +%s.%N)
  made=$((made + 1))
  last=$(mtime "$db" "$db-wal" "$tmp"/soak.files/sweep-1/*.pt)
  # Work this attempt did since its last durable write, or since it started.
  last=$(awk -v a="${last:-0}" -v b="$started_at" 'BEGIN { printf "%.6f", (a > b) ? a : b }')
  lost=$(awk -v a="$last" -v b="$killed_at" 'BEGIN { printf "%.2f", b - a }')
  max_lost=$(awk -v a="$lost" -v b="$max_lost" 'BEGIN { print (a > b) ? a : b }')
  awk -v l="$lost" -v b="$bound" 'BEGIN { exit !(l <= b) }' ||
    fail "kill $k lost $lost s of work, more than the bound $bound s (the uninterrupted sweep's longest interval between durable writes: $ref_gap s)"
  [ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after kill $k"
  # Cells finished before this kill must be exactly as they were (a kill before the schema was
  # written leaves none).
  if [ "$(q "SELECT count(*) FROM sqlite_master WHERE name = 'cells'")" = 1 ]; then
    now=$(q "$finished_sql")
  else
    now=""
  fi
  while IFS= read -r row; do
    [ -z "$row" ] && continue
    grep -qxF "$row" <<< "$now" || fail "kill $k: a finished cell changed: $row"
  done <<< "$finished"
  finished=$now
done
# To the end (from the start when the last kill came before the sweep was stored).
if ! stored; then
  "$cli" sweep "${args[@]}" --db "$db" > "$tmp/last.out" 2>&1 || { tail -n 5 "$tmp/last.out"; fail "the last start failed"; }
fi
while [ "$(q "SELECT status FROM runs WHERE id = 1")" != ok ]; do
  "$cli" resume 1 --db "$db" > "$tmp/last.out" 2>&1 || { tail -n 5 "$tmp/last.out"; fail "the last resume failed"; }
  resumes=$((resumes + 1))
done
now=$(q "$finished_sql")
while IFS= read -r row; do
  [ -z "$row" ] && continue
  grep -qxF "$row" <<< "$now" || fail "the final resume changed a finished cell: $row"
done <<< "$finished"

[ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed at the end"
dups=$(q "SELECT count(*) FROM (SELECT 1 FROM metrics GROUP BY run_id, stage, step, name HAVING count(*) > 1)")
[ "$dups" = 0 ] || fail "$dups metric points are stored more than once: $(q "SELECT r.name, m.stage, m.name, m.step, count(*) FROM metrics m JOIN runs r ON r.id = m.run_id GROUP BY m.run_id, m.stage, m.step, m.name HAVING count(*) > 1 LIMIT 5")"
gaps=$(q "SELECT r.name FROM runs r JOIN metrics m ON m.run_id = r.id WHERE m.stage = 'sft' AND m.name = 'loss'
          GROUP BY r.id HAVING count(*) <> max(m.step) OR min(m.step) <> 1")
[ -z "$gaps" ] || fail "SFT loss curves with gaps or repeats: $gaps"
per_cell="SELECT r.name, (SELECT count(*) FROM samples s WHERE s.run_id = r.id),
                 (SELECT count(*) FROM steps t JOIN samples s ON s.id = t.sample_id WHERE s.run_id = r.id),
                 (SELECT count(*) FROM rollouts o JOIN samples s ON s.id = o.sample_id WHERE s.run_id = r.id),
                 (SELECT count(*) FROM pairs p WHERE p.run_id = r.id),
                 (SELECT count(*) FROM metrics m WHERE m.run_id = r.id)
          FROM runs r WHERE r.kind = 'cell' ORDER BY r.name"
diff <(sqlite3 "$ref/reference.sqlite" "$per_cell") <(q "$per_cell") > "$tmp/rows.diff" ||
  { cat "$tmp/rows.diff"; fail "rows per cell differ from the uninterrupted sweep (<)"; }
diff <(sqlite3 "$ref/reference.sqlite" "$cells_sql") <(q "$cells_sql") > "$tmp/cells.diff" ||
  { cat "$tmp/cells.diff"; fail "cells differ from the uninterrupted sweep (<)"; }
lost_cells=$(q "SELECT count(*) FROM cells WHERE status <> 'ok'")
echo "check_soak: kills $made, resumes $resumes, lost cells $lost_cells, largest work lost ${max_lost} s (bound $bound s)"
[ "$made" -ge "$kills" ] || fail "only $made of $kills kills were made"
[ "$lost_cells" = 0 ] || fail "cells not ok at the end"
