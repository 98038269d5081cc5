#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates resources/example/example.tar.xz, the example workspace: the lookup-hint-scaling
# sweep run by the project's own CLI (about an hour on 2 cores), trimmed by trim.sh.
#
#   resources/example/regenerate.sh [CLI] [WORK_FOLDER]
#
# CLI defaults to build/release/app/eightfold-cli, WORK_FOLDER to a new temporary folder (the
# whole workspace, ~200 MB, stays there). Run from the repository root.
set -eu
cli=${1:-build/release/app/eightfold-cli}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
"$cli" sweep --preset lookup-hint-scaling --db "$work/lookup-hint.sqlite" --json \
  > "$work/sweep.json" 2> "$work/sweep.log"
tail -n 1 "$work/sweep.json" | cut -c 1-300
EIGHTFOLD_CLI="$cli" "$(dirname "$0")/trim.sh" "$work/lookup-hint.sqlite" \
  "$(dirname "$0")/example.tar.xz"
