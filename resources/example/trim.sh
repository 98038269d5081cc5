#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Turns a finished lookup-hint-scaling workspace into the example workspace that the workbench
# opens from File → Open example workspace (docs/example.md): example.tar.xz, unpacked by the
# build. Kept: every run and cell, every training curve and evaluation, the sweep's summary, its
# log; for one (size, seed) group also the analysed samples (steps, Q̂, pits, rollouts), the
# greedy test solutions, the preference pairs and the final checkpoints of two of its cells
# (π_sft, per-step DPO; without optimizer state), so that the inspector and
# its step history have a real case to show. Dropped: the other groups' samples and pairs, the
# pass@k draws (their rates stay in the metrics) and the other checkpoints.
#
#   resources/example/trim.sh WORKSPACE.sqlite OUT.tar.xz [SIZE] [SEED]
#
# Needs the sqlite3 command-line shell (Debian package sqlite3), tar, xz and the project's CLI
# ($EIGHTFOLD_CLI, default build/release/app/eightfold-cli) for `compact`.
set -eu
src=$1
tarball=$2
size=${3:-2000}
seed=${4:-1}
cli=${EIGHTFOLD_CLI:-build/release/app/eightfold-cli}
[ -f "$src" ] || { echo "trim.sh: no workspace '$src'" >&2; exit 1; }
command -v sqlite3 > /dev/null || { echo "trim.sh: needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
src_files="${src%.sqlite}.files"
sweep=$(sqlite3 "$src" "SELECT id FROM runs WHERE kind = 'sweep' AND status = 'ok' ORDER BY id DESC LIMIT 1")
[ -n "$sweep" ] || { echo "trim.sh: '$src' holds no finished sweep" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/example.files/sweep-$sweep" "$work/example.files/logs"
sqlite3 "$src" ".backup '$work/example.sqlite'"
kept="SELECT run_id FROM cells WHERE sweep_id = $sweep AND size = $size AND seed = $seed"
with_checkpoint="$kept AND method IN ('sft', 'step_dpo_full')"
sqlite3 "$work/example.sqlite" > /dev/null <<SQL
PRAGMA foreign_keys = ON;
DELETE FROM runs WHERE id <> $sweep AND parent_id <> $sweep;
DELETE FROM samples WHERE run_id NOT IN ($kept);
DELETE FROM pairs WHERE run_id NOT IN ($kept);
DELETE FROM samples WHERE stage = 'eval' AND mode = 'sample';
-- A cell's final checkpoint (stage = its method); paths relative to the example's own folder.
DELETE FROM checkpoints WHERE run_id NOT IN ($with_checkpoint)
  OR stage <> (SELECT method FROM cells WHERE cells.run_id = checkpoints.run_id);
UPDATE checkpoints SET path = 'example.files/sweep-$sweep/' ||
  replace(path, rtrim(path, replace(path, '/', '')), '');
PRAGMA journal_mode = DELETE;
VACUUM;
SQL
n=0
for f in $(sqlite3 "$work/example.sqlite" "SELECT path FROM checkpoints"); do
  cp "$src_files/sweep-$sweep/$(basename "$f")" "$work/$f"
  n=$((n + 1))
done
[ "$n" -eq 2 ] || { echo "trim.sh: expected 2 checkpoints of the (n = $size, seed $seed) group, found $n" >&2; exit 1; }
# π_sft's checkpoint without AdamW's state, which only a resume reads (two thirds of its bytes).
"$cli" compact --db "$work/example.sqlite"
sqlite3 "$work/example.sqlite" "PRAGMA journal_mode = DELETE; VACUUM;" > /dev/null
if [ -f "$src_files/logs/run-$sweep.log" ]; then cp "$src_files/logs/run-$sweep.log" "$work/example.files/logs/"; fi
XZ_OPT=-9e tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@"$(stat -c %Y "$src")" \
  -C "$work" -cJf "$tarball" \
  example.sqlite example.files
echo "trim.sh: $tarball ($(du -k "$tarball" | cut -f1) KiB): sweep $sweep, group n = $size seed $seed"
