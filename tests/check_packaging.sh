#!/usr/bin/env bash
# The package's metadata, checked with the tools distributions use (packaging/):
#   desktop-file-validate   the desktop entry
#   appstreamcli validate   the AppStream metainfo (--no-net: URLs are not fetched)
#   groff -ww               the man pages render without warnings
# Usage: check_packaging.sh SOURCE_DIR
set -u
src=${1:?source dir}
id=io.github.eightfold.Eightfold
fail=0
run() {
  local out
  out=$("$@" 2>&1)
  local rc=$?
  if [ $rc -ne 0 ] || { [ -n "$out" ] && [ "${EXPECT_QUIET:-0}" = 1 ]; }; then
    echo "FAIL: $* (exit $rc)"
    echo "$out"
    fail=1
  else
    echo "ok: $*"
    [ -n "$out" ] && echo "$out"
  fi
}
run desktop-file-validate "$src/packaging/$id.desktop"
run appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml"
# The desktop entry's icon and the metainfo's launchable name the shipped files.
grep -qx "Icon=$id" "$src/packaging/$id.desktop" || { echo "FAIL: Icon is not $id"; fail=1; }
[ -f "$src/packaging/$id.svg" ] || { echo "FAIL: no icon $id.svg"; fail=1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$src/packaging/$id.metainfo.xml" ||
  { echo "FAIL: the metainfo does not launch $id.desktop"; fail=1; }
for page in eightfold eightfold-cli; do
  EXPECT_QUIET=1 run groff -man -ww -z "$src/packaging/$page.1"
done
exit $fail
