#!/usr/bin/env bash
# kill -9 soak (docs/architecture.md, "Store"): the tiny sweep killed with SIGKILL at random
# moments N times, resumed after each kill, then run to the end. Checked:
#   - PRAGMA integrity_check after every kill;
#   - no metric point stored twice (run, stage, step, name), every SFT loss curve continuous
#     (steps 1..S, each once);
#   - a cell that finished is never recomputed (its run, result and time stay as they were);
#   - samples, steps, rollouts and pairs per cell and the final cells equal an uninterrupted sweep
#     with the same seed.
# Prints one line: kills, resumes, lost cells (must be 0), the largest work lost to a kill (seconds
# between the kill and the workspace's last durable write before it: database commit or
# checkpoint).
#
#   tests/check_soak.sh BUILD_DIR [KILLS=5] [SEED=1]    (KILLS=20 in docs/architecture.md)
set -euo pipefail
build=$(cd "${1:?usage: $0 BUILD_DIR [KILLS] [SEED]}" && pwd)
kills=${2:-5}
seed=${3:-1}
cli="$build/app/eightfold-cli"
preset=arith-scaling-tiny
tmp=$(mktemp -d /tmp/eightfold-soak.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check_soak: $*"; exit 1; }
trap 'echo "check_soak: line $LINENO failed: $BASH_COMMAND"' ERR
RANDOM=$seed

# The reference: the same sweep, uninterrupted.
"$cli" sweep --preset "$preset" --db "$tmp/ref.sqlite" > /dev/null 2>&1 || fail "reference sweep failed"

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
max_lost=0
finished=""
for ((k = 1; k <= kills; ++k)); do
  if [ $k -eq 1 ]; then
    "$cli" sweep --preset "$preset" --db "$db" > /dev/null 2>&1 &
  else
    "$cli" resume 1 --db "$db" > /dev/null 2>&1 &
    resumes=$((resumes + 1))
  fi
  pid=$!
  started_at=$(date +%s.%N)
  # A random moment: 1.0 to 7.0 s into the attempt (the whole sweep takes about 25 s).
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 1 + 6 * r / 32767 }')"
  if ! kill -0 $pid 2> /dev/null; then
    wait $pid || true
    break  # it finished before the kill
  fi
  kill -9 $pid
  wait $pid 2> /dev/null || true
  killed_at=$(date +%s.%N)
  last=$(mtime "$db" "$db-wal" "$tmp"/soak.files/sweep-1/*.pt)
  [ -n "$last" ] || last=$started_at
  lost=$(awk -v a="$last" -v b="$killed_at" 'BEGIN { printf "%.2f", b - a }')
  max_lost=$(awk -v a="$lost" -v b="$max_lost" 'BEGIN { print (a > b) ? a : b }')
  [ "$(q "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed after kill $k"
  # Cells finished before this kill must be exactly as they were.
  now=$(q "$finished_sql")
  while IFS= read -r row; do
    [ -z "$row" ] && continue
    grep -qxF "$row" <<< "$now" || fail "kill $k: a finished cell changed: $row"
  done <<< "$finished"
  finished=$now
done
# To the end.
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
diff <(sqlite3 "$tmp/ref.sqlite" "$per_cell") <(q "$per_cell") > "$tmp/rows.diff" ||
  { cat "$tmp/rows.diff"; fail "rows per cell differ from the uninterrupted sweep (<)"; }
diff <(sqlite3 "$tmp/ref.sqlite" "$cells_sql") <(q "$cells_sql") > "$tmp/cells.diff" ||
  { cat "$tmp/cells.diff"; fail "cells differ from the uninterrupted sweep (<)"; }
lost_cells=$(q "SELECT count(*) FROM cells WHERE status <> 'ok'")
echo "check_soak: kills $((k > kills ? kills : k - 1)), resumes $resumes, lost cells $lost_cells, largest work lost ${max_lost} s"
[ "$lost_cells" = 0 ] || fail "cells not ok at the end"
