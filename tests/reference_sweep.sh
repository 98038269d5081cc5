#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shared reference sweep (docs/testing.md, "The reference sweep"): one uninterrupted sweep
# that the tests which compare against it read instead of recomputing it (the kill soak, Slurm,
# shards, the CLI's export and analysis commands). ctest runs it once as the fixture
# `reference_sweep`; check_soak --full makes its own of the tiny preset.
#
#   tests/reference_sweep.sh CLI OUT_DIR SWEEP_ARGS...
#     e.g. tests/reference_sweep.sh build/release/app/eightfold-cli build/release/reference \
#            --config tests/data/presets/micro-sweep.json
#
# Writes OUT_DIR/reference.sqlite (the sweep is run 1), OUT_DIR/sweep.args (the arguments, one a
# line, for the tests to run the same sweep), and OUT_DIR/timing with two numbers: the sweep's
# wall time and the longest interval between two durable writes (the database, its WAL or a
# checkpoint changing), measured by polling every 100 ms. The kill soak bounds the work a kill
# loses by that interval: the longest an uninterrupted run goes without saving anything.
set -euo pipefail
cli=${1:?usage: $0 CLI OUT_DIR SWEEP_ARGS...}
out=${2:?usage: $0 CLI OUT_DIR SWEEP_ARGS...}
shift 2
rm -rf "$out"
mkdir -p "$out"
db="$out/reference.sqlite"
printf '%s\n' "$@" > "$out/sweep.args"

newest() {  # the newest modification time of the workspace's files, or nothing
  { stat -c %.Y "$db" "$db-wal" "$out"/reference.files/sweep-1/*.pt 2> /dev/null || true; } |
    sort -n | tail -n 1
}

start=$(date +%s.%N)
"$cli" sweep "$@" --db "$db" > "$out/sweep.log" 2>&1 &
pid=$!
last=$start
gap=0
while kill -0 "$pid" 2> /dev/null; do
  t=$(newest)
  if [ -n "$t" ] && awk -v a="$t" -v b="$last" 'BEGIN { exit !(a > b) }'; then
    gap=$(awk -v a="$t" -v b="$last" -v g="$gap" 'BEGIN { d = a - b; print (d > g) ? d : g }')
    last=$t
  fi
  sleep 0.1
done
if ! wait "$pid"; then
  tail -n 30 "$out/sweep.log"
  echo "reference_sweep: the sweep failed ($*)"
  exit 1
fi
end=$(date +%s.%N)
# The tail after the last write polled (the process ending) counts too.
gap=$(awk -v a="$end" -v b="$last" -v g="$gap" 'BEGIN { d = a - b; print (d > g) ? d : g }')
status=$(sqlite3 "$db" "SELECT status FROM runs WHERE kind = 'sweep' AND id = 1")
[ "$status" = ok ] || { echo "reference_sweep: the sweep ended '$status'"; exit 1; }
cells=$(sqlite3 "$db" "SELECT count(*) FROM cells WHERE status = 'ok'")
awk -v a="$start" -v b="$end" -v g="$gap" 'BEGIN { printf "%.2f %.2f\n", b - a, g }' > "$out/timing"
read -r wall longest < "$out/timing"
echo "reference_sweep: $cells cells ok in $wall s; longest interval between durable writes $longest s"
