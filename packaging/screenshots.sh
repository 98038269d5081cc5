#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README screenshots (resources/screenshots/*.png) under a virtual X server: the four
# pages on a real sweep when given its workspace and sweep id, else on the fixture workspace.
#   packaging/screenshots.sh [WORKSPACE.sqlite SWEEP_ID]
# Needs a release build (packaging/bootstrap.sh build).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
cmake --build build/release --target eightfold-screenshots -j2
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
xvfb-run -a -s "-screen 0 1600x1000x24" build/release/tests/eightfold-screenshots resources/screenshots "$@"
