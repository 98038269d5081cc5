#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes release-0.1.0.tar.xz: a workspace as Eightfold 0.1.0 left it (store schema and run
# configs of that release, configs without config_version), holding the micro sweep cancelled
# after its first cells, so that every later release must open, resume and export it
# (test_cli_commands workspaceOfAnEarlierReleaseOpensResumesAndExports; docs/testing.md,
# "Old workspaces"). Usage: make_release_0_1_0.sh PATH/TO/eightfold-cli-0.1.0
# Never regenerate it with a newer eightfold-cli: the point is that the file is old.
set -eu
cli=${1:?usage: $0 PATH/TO/eightfold-cli of release 0.1.0}
here=$(cd "$(dirname "$0")" && pwd)
config="$here/../presets/micro-sweep.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Two sizes, four methods: the first size's cells finish, the signal stops the second.
"$cli" sweep --config "$config" --db "$tmp/workspace.sqlite" \
  --set 'sweep.methods=["sft","rft","step_dpo_full","awr"]' >"$tmp/out.txt" 2>"$tmp/err.txt" &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  if [ "$(grep -c 'n=32.*: ok' "$tmp/out.txt" || true)" -ge 4 ]; then
    kill -INT "$pid"
    break
  fi
  sleep 0.2
done
wait "$pid" || true
sqlite3 "$tmp/workspace.sqlite" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
rm -rf "$tmp"/workspace.sqlite-shm "$tmp"/workspace.sqlite-wal "$tmp"/workspace.sqlite.locks
cat "$tmp/out.txt"
tar -C "$tmp" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 \
  -cJf "$here/release-0.1.0.tar.xz" workspace.sqlite workspace.files
ls -l "$here/release-0.1.0.tar.xz"
