#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target of the sanitizer build (the `asan` preset) for a bounded time on its seed
# corpus (docs/testing.md, "Fuzzing"): a crash, a sanitizer report, a leak or a timeout fails;
# otherwise one line per target with its executions and the coverage it reached.
#
#   tests/fuzz/smoke.sh SANITIZER_BUILD_DIR [SECONDS_PER_TARGET=30] [TARGET...]
# The mutation seed is fixed (EF_FUZZ_SEED, default 1) so that a CI run can be repeated.
set -uo pipefail
build=${1:?usage: $0 SANITIZER_BUILD_DIR [SECONDS] [TARGET...]}
secs=${2:-30}
shift 2 2> /dev/null || shift $#
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_config fuzz_jsonl fuzz_safetensors fuzz_bpe fuzz_workspace fuzz_checkpoint)
# Third-party leaks (tests/sanitizers/lsan.supp), also when run by hand.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}
tmp=$(mktemp -d /tmp/eightfold-fuzz-smoke.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
status=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  if [ ! -x "$bin" ]; then
    echo "fuzz smoke: $bin is missing: build the sanitizer preset (cmake --preset asan && cmake --build --preset asan)"
    exit 1
  fi
  mkdir -p "$tmp/$t/corpus" "$tmp/$t/artifacts"
  # LibTorch has no frame pointers: its leak's suppressed frame needs the slow unwinder.
  unwind=""
  [ "$t" = fuzz_checkpoint ] && unwind=":fast_unwind_on_malloc=0"
  ASAN_OPTIONS="${ASAN_OPTIONS:-}$unwind" "$bin" -seed="${EF_FUZZ_SEED:-1}" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$tmp/$t/artifacts/" "$tmp/$t/corpus" "$here/corpus/$t" > "$tmp/$t/log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$tmp/$t/log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$tmp/$t/log")
  cov=$(grep -o 'cov: [0-9]*' "$tmp/$t/log" | tail -n 1)
  if [ $rc -ne 0 ]; then
    status=1
    echo "fuzz smoke: $t FAILED (exit $rc):"
    grep -m 30 -E 'ERROR|SUMMARY|==[0-9]+==|runtime error|#[0-9]+ 0x' "$tmp/$t/log"
    for a in "$tmp/$t/artifacts"/*; do
      [ -e "$a" ] || continue
      mkdir -p "$here/findings"
      cp "$a" "$here/findings/$t-$(basename "$a")"
      echo "  input kept as tests/fuzz/findings/$t-$(basename "$a")"
    done
  else
    echo "fuzz smoke: $t ok: ${runs:-?} executions in ${secs} s (${speed:-?}/s), ${cov:-cov: ?}"
  fi
done
exit $status
