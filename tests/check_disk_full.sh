#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A workspace on a full disk and on a read-only filesystem (docs/architecture.md, "Store"):
#   - the micro sweep on a 2 MB tmpfs fills it: the process ends by itself (no abort), the sweep
#     reads failed, a cell's error says "No space left on device", the database passes
#     PRAGMA integrity_check, and after the space is grown `resume` finishes the sweep without
#     touching the cells that had finished;
#   - the same workspace remounted read-only is refused by `run` before any training starts.
#
#   tests/check_disk_full.sh BUILD_DIR SWEEP_CONFIG    (ctest: tests/data/presets/micro-sweep.json)
# Needs root to mount tmpfs: it runs itself through `sudo -n` where that works, and otherwise
# prints SKIPPED and the reason and exits 77.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2> /dev/null; then exec sudo -n -E "$0" "$@"; fi
  echo "SKIPPED: check_disk_full needs root or passwordless sudo to mount a tmpfs"
  exit 77
fi
build=$(cd "${1:?usage: $0 BUILD_DIR SWEEP_CONFIG}" && pwd)
config=${2:?usage: $0 BUILD_DIR SWEEP_CONFIG}
cli="$build/app/eightfold-cli"
tmp=$(mktemp -d /tmp/eightfold-full.XXXXXX)
mnt="$tmp/mnt"
mkdir "$mnt"
cleanup() {
  umount "$mnt" 2> /dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if ! mount -t tmpfs -o size=2m tmpfs "$mnt" 2> "$tmp/mount.err"; then
  echo "SKIPPED: check_disk_full cannot mount a tmpfs here ($(cat "$tmp/mount.err"))"
  exit 77
fi
db="$mnt/w.sqlite"
fail() { echo "check_disk_full: $*"; exit 1; }

# --- the disk fills mid-sweep ------------------------------------------------------------------
set +e
"$cli" sweep --config "$config" --db "$db" > "$tmp/full.out" 2> "$tmp/full.err"
rc=$?
set -e
[ $rc -eq 1 ] || { tail -n 20 "$tmp/full.err"; fail "a full disk should end the sweep with exit 1 (failed), got $rc"; }
status=$(sqlite3 "$db" "SELECT status FROM runs WHERE kind = 'sweep'")
[ "$status" = failed ] || fail "the sweep reads '$status', expected failed"
errors=$(sqlite3 "$db" "SELECT error FROM runs WHERE error <> ''")
echo "$errors" | grep -qi "no space left on device" || fail "no run names the full disk; errors: $errors"
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check after the full disk"
echo "check_disk_full: full disk: $(echo "$errors" | grep -i -m1 "no space left")"
before=$(sqlite3 "$db" "SELECT method, size, seed, test_error, updated_at FROM cells WHERE status = 'ok' ORDER BY 1, 2, 3")
echo "check_disk_full: $(echo "$before" | grep -c . || true) cells finished before the disk filled"

# --- space again: resume finishes it, finished cells untouched ----------------------------------
mount -o remount,size=256m "$mnt"
"$cli" resume 1 --db "$db" > "$tmp/resume.out" 2> "$tmp/resume.err" ||
  { tail -n 20 "$tmp/resume.err"; fail "resume after freeing space failed"; }
[ "$(sqlite3 "$db" "SELECT status FROM runs WHERE id = 1")" = ok ] || fail "the resumed sweep is not ok"
after=$(sqlite3 "$db" "SELECT method, size, seed, test_error, updated_at FROM cells WHERE status = 'ok' ORDER BY 1, 2, 3")
while IFS= read -r row; do
  [ -z "$row" ] && continue
  grep -qxF "$row" <<< "$after" || fail "a cell finished before the disk filled changed: $row"
done <<< "$before"
[ "$(sqlite3 "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check after resume"

# --- read-only: refused before training ---------------------------------------------------------
runs_before=$(sqlite3 "$db" "SELECT count(*) FROM runs")
mount -o remount,ro "$mnt"
set +e
start=$(date +%s.%N)
"$cli" run --config "$config" --db "$db" > "$tmp/ro.out" 2> "$tmp/ro.err"
rc=$?
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
set -e
[ $rc -eq 3 ] || fail "a read-only workspace should be refused with exit 3, got $rc: $(cat "$tmp/ro.err")"
grep -q "read-only" "$tmp/ro.err" || fail "the refusal does not say read-only: $(cat "$tmp/ro.err")"
mount -o remount,rw "$mnt"
[ "$(sqlite3 "$db" "SELECT count(*) FROM runs")" = "$runs_before" ] || fail "a run was created on the read-only workspace"
echo "check_disk_full: read-only refused in $took s: $(head -n 1 "$tmp/ro.err")"
echo "check_disk_full: ok"
