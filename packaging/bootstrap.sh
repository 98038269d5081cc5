#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Eightfold bootstrap for a fresh Debian 12 (bookworm) machine.
#
#   packaging/bootstrap.sh deps            install the Debian packages (only those missing)
#   packaging/bootstrap.sh build [PRESET]  deps + configure + build (default preset: release)
#   packaging/bootstrap.sh test            the fast tier (docs/testing.md, "Tiers"): build the
#                                          release preset and run `ctest --preset fast`, then build
#                                          the asan preset (core, CLI, tests, fuzz targets under
#                                          ASan + UBSan + LSan) and run `ctest --preset asan`
#   packaging/bootstrap.sh test --full     the same, then the slow tier: `ctest --preset full`
#                                          (20-kill soak, every method at the presets' sizes) and
#                                          `ctest --preset asan-full` (2 minutes of fuzzing per
#                                          target)
#   packaging/bootstrap.sh run   [PRESET]  build + launch the GUI on the default run preset
#                                          (no display: the CLI runs the same run preset)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
# ccache hashes paths relative to the tree: a clone in another folder reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$here}
# The core's precompiled LibTorch header (core/CMakeLists.txt, EIGHTFOLD_PCH) is cacheable only
# with these sloppiness settings (ccache's manual, "Precompiled headers").
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}

PKGS=(
  build-essential cmake ninja-build lld clang pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  libtorch-dev libopenblas0-openmp libblas3 libblas-dev liblapack3 python3-torch
  libspdlog-dev libfmt-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libcli11-dev libssl-dev zlib1g-dev libzip-dev libpcre2-dev
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core
  desktop-file-utils appstream groff-base lintian
  slurm-wlm munge libclang-rt-14-dev
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
  local missing=()
  for p in "${PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sudo_if_needed apt-get update -q
    sudo_if_needed apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  # LibTorch's BLAS is whatever libblas.so.3 points to: the reference BLAS is ~20x slower and the
  # pthread OpenBLAS oversubscribes the cores together with torch's OpenMP threads.
  for alt in libblas.so.3 liblapack.so.3 libopenblas.so.0; do
    local target="/usr/lib/x86_64-linux-gnu/openblas-openmp/${alt}"
    if [ -e "$target" ] && [ "$(readlink -f "/etc/alternatives/${alt}-x86_64-linux-gnu" 2>/dev/null)" != "$(readlink -f "$target")" ]; then
      sudo_if_needed update-alternatives --set "${alt}-x86_64-linux-gnu" "$target"
    fi
  done
}

build() {
  local preset=${1:-release}
  deps
  cmake --preset "$preset"
  cmake --build --preset "$preset" -j2
}

# timed NAME COMMAND...: runs the command and prints how long it took (the CI parts' times).
timed() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "bootstrap: $name took $((SECONDS - start)) s"
}

runtime_env() {
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
  mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
}

cmd=${1:-build}
shift || true
case "$cmd" in
  deps) deps ;;
  build) build "$@" ;;
  test)
    full=false
    case "${1:-}" in
      "") ;;
      --full) full=true ;;
      *) echo "usage: $0 test [--full]" >&2; exit 2 ;;
    esac
    start=$SECONDS
    timed "build (release)" build release
    runtime_env
    export QT_QPA_PLATFORM=offscreen
    timed "ctest (release, fast tier)" ctest --preset fast
    # The core, the CLI, their tests and the fuzz targets again under AddressSanitizer,
    # UndefinedBehaviorSanitizer and LeakSanitizer (docs/testing.md, "Sanitizers").
    timed "build (asan)" eval 'cmake --preset asan && cmake --build --preset asan -j2'
    timed "ctest (asan, fast tier)" ctest --preset asan
    if $full; then
      timed "ctest (release, slow tier)" ctest --preset full
      timed "ctest (asan, slow tier)" ctest --preset asan-full
    fi
    echo "bootstrap: test$($full && echo " --full") took $((SECONDS - start)) s in all"
    ;;
  run)
    build release
    runtime_env
    run_preset=${1:-arith-small}
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec build/release/app/eightfold --preset "$run_preset"
    else
      echo "bootstrap: no display; running preset '$run_preset' in the CLI"
      exec build/release/app/eightfold-cli run --preset "$run_preset"
    fi
    ;;
  *) echo "usage: $0 {deps|build [PRESET]|test [--full]|run [PRESET]}" >&2; exit 2 ;;
esac
