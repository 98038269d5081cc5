#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package's metadata, checked with the tools distributions use (packaging/):
#   desktop-file-validate   the desktop entry
#   appstreamcli validate   the AppStream metainfo (--no-net: URLs are not fetched)
#   groff -ww               the man pages render without warnings
# and the licence (GPL-3.0-or-later): LICENSE is the GPL's text, packaging/copyright a DEP-5 file
# whose Files: * stanza is GPL-3+, the metainfo's project_license, an SPDX line at the top of every
# source file and script of the tree.
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
cmp -s "$src/LICENSE" /usr/share/common-licenses/GPL-3 ||
  { echo "FAIL: LICENSE is not the text of the GPL version 3"; fail=1; }
head -n 1 "$src/packaging/copyright" |
  grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  { echo "FAIL: packaging/copyright is not a DEP-5 file"; fail=1; }
grep -A2 -x 'Files: \*' "$src/packaging/copyright" | grep -qx 'License: GPL-3+' ||
  { echo "FAIL: packaging/copyright: Files: * is not GPL-3+"; fail=1; }
for lic in $(sed -n 's/^License: \(.*\)$/\1/p' "$src/packaging/copyright" | sort -u); do
  [ "$(grep -cx "License: $lic" "$src/packaging/copyright")" -ge 2 ] ||
    { echo "FAIL: packaging/copyright: licence $lic has no text or no file"; fail=1; }
done
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$src/packaging/$id.metainfo.xml" ||
  { echo "FAIL: the metainfo's project_license is not GPL-3.0-or-later"; fail=1; }
missing=$(cd "$src" && git ls-files 2>/dev/null | grep -E '(\.(cpp|h|sh|py|js|cmake)|CMakeLists\.txt|^\.ci/run)$' |
  grep -v '^tests/fuzz/corpus/' | while read -r f; do
    head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || echo "$f"
  done)
if [ -n "$missing" ]; then
  echo "FAIL: no SPDX-License-Identifier line in:"
  echo "$missing"
  fail=1
else
  echo "ok: every source file names its licence"
fi
exit $fail
