#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering of the sources (docs/architecture.md, "Layers"), checked on every include:
#   core/   util (0) < text, tasks (1) < model (2) < rollout, store (3) < train (4) < experiment (5)
#           < cluster (6)
#           a file includes headers of its own folder or of a lower rank only; no Qt; the
#           torch-free base library (core/CMakeLists.txt) reaches no LibTorch header.
#   widgets/ knows nothing of training: no core/ header, no LibTorch.
#   app/    may include core/ and widgets/ (it wires them), never LibTorch.
#
#   tests/check_layers.sh [ROOT]     check the tree at ROOT (default: this repository)
#   tests/check_layers.sh --self-test  show that the check fails on planted violations
# Prints one line per violation ("file: includes X (rank a -> rank b)") and exits 1 if any.
set -uo pipefail

declare -A RANK=([util]=0 [text]=1 [tasks]=1 [model]=2 [rollout]=3 [store]=3 [train]=4
  [experiment]=5 [cluster]=6)

check_tree() {
  local root=$1 bad=0 file folder line target target_folder from to
  # core/: folder ranks.
  while IFS= read -r file; do
    folder=${file#"$root"/core/}
    folder=${folder%%/*}
    from=${RANK[$folder]:--1}
    if [ "$from" -lt 0 ]; then
      echo "$file: folder core/$folder has no rank in tests/check_layers.sh"
      bad=1
      continue
    fi
    while IFS= read -r line; do
      [[ $line =~ ^#include\ \"([^\"]+)\" ]] || continue
      target=${BASH_REMATCH[1]}
      target_folder=${target%%/*}
      [ "$target_folder" = "$target" ] && continue  # a header beside the file
      [ "$target_folder" = "$folder" ] && continue
      to=${RANK[$target_folder]:--1}
      if [ "$to" -lt 0 ] || [ "$to" -ge "$from" ]; then
        echo "$file: includes $target (core/$folder, rank $from -> core/$target_folder, rank $to)"
        bad=1
      fi
    done < <(grep -E '^#include "[^"]+"' "$file")
    if grep -qE '^#include <(Q[A-Za-z]+|Qt[A-Za-z]*/)' "$file"; then
      echo "$file: core/ includes Qt"
      bad=1
    fi
  done < <(find "$root/core" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)

  # core/: the base library is torch-free. Its sources (the eightfold_base list of
  # core/CMakeLists.txt, globs expanded) and every project header they reach include no LibTorch
  # header and no header that calls itself a "Private (LibTorch) header".
  if [ -f "$root/core/CMakeLists.txt" ]; then
    local -A seen=()
    local -a queue=()
    local token
    while IFS= read -r token; do
      case $token in
        '${EF_TASK_SOURCES}') queue+=("$root"/core/tasks/*.cpp) ;;
        '${EF_METHOD_SOURCES}') queue+=("$root"/core/experiment/methods/*.cpp) ;;
        '${'*) ;;  # generated sources
        *.cpp) queue+=("$root/core/$token") ;;
      esac
    done < <(awk '/^add_library\(eightfold_base/ { on = 1; next }
                  on { gsub(/\)/, " ) "); for (i = 1; i <= NF; i++) { if ($i == ")") exit; print $i } }' \
      "$root/core/CMakeLists.txt")
    while [ ${#queue[@]} -gt 0 ]; do
      file=${queue[0]}
      queue=("${queue[@]:1}")
      [ -n "${seen[$file]:-}" ] && continue
      seen[$file]=1
      [ -f "$file" ] || continue
      if grep -qE '^#include <(torch|ATen|c10)/' "$file" || grep -q 'Private (LibTorch) header' "$file"; then
        echo "${file#"$root"/}: in (or included by) the torch-free base library, but uses LibTorch"
        bad=1
      fi
      while IFS= read -r target; do
        [ -f "$root/core/$target" ] && queue+=("$root/core/$target")
        [ -f "$(dirname "$file")/$target" ] && queue+=("$(dirname "$file")/$target")
      done < <(sed -nE 's/^#include "([^"]+)".*/\1/p' "$file")
    done
  fi

  # widgets/: no training, no LibTorch.
  if [ -d "$root/widgets" ]; then
    while IFS= read -r file; do
      while IFS= read -r line; do
        [[ $line =~ ^#include\ \"([^\"]+)\" ]] || continue
        target=${BASH_REMATCH[1]}
        target_folder=${target%%/*}
        if [ "${RANK[$target_folder]:--1}" -ge 0 ]; then
          echo "$file: widgets/ includes the core header $target"
          bad=1
        fi
      done < <(grep -E '^#include "[^"]+/[^"]+"' "$file")
      if grep -qE '^#include <(torch|ATen|c10)/' "$file"; then
        echo "$file: widgets/ includes LibTorch"
        bad=1
      fi
    done < <(find "$root/widgets" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)
  fi

  # app/: wires core and widgets, never compiles LibTorch (Qt's `slots` breaks its headers).
  if [ -d "$root/app" ]; then
    while IFS= read -r file; do
      if grep -qE '^#include <(torch|ATen|c10)/' "$file"; then
        echo "$file: app/ includes LibTorch"
        bad=1
      fi
    done < <(find "$root/app" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)
  fi
  return $bad
}

self_test() {
  local tmp status=0
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  mkdir -p "$tmp/core/util" "$tmp/core/train" "$tmp/core/experiment" "$tmp/widgets" "$tmp/app"
  printf '#include "util/log.h"\n' >"$tmp/core/train/ok.cpp"
  printf '#include "train/ok.h"\n#include "util/log.h"\n' >"$tmp/core/experiment/ok.cpp"
  printf '#include "palette.h"\n#include <QWidget>\n' >"$tmp/widgets/ok.cpp"
  if ! out=$(check_tree "$tmp"); then
    echo "self-test: a clean tree was rejected:"
    echo "$out"
    return 1
  fi
  # One planted violation per rule; each must be reported.
  printf '#include "experiment/config/run_config.h"\n' >"$tmp/core/train/up.cpp"
  printf '#include "train/sft_trainer.h"\n' >"$tmp/core/util/up.h"
  printf '#include <QString>\n' >"$tmp/core/util/qt.cpp"
  printf '#include "experiment/config/method.h"\n' >"$tmp/widgets/core.cpp"
  printf '#include <torch/torch.h>\n' >"$tmp/app/torch.cpp"
  printf 'add_library(eightfold_base STATIC\n  util/base.cpp)\n' >"$tmp/core/CMakeLists.txt"
  printf '#include "util/private.h"\n' >"$tmp/core/util/base.cpp"
  printf '// Private (LibTorch) header\n' >"$tmp/core/util/private.h"
  out=$(check_tree "$tmp") && status=1
  for expect in "core/train/up.cpp: includes experiment/config/run_config.h" \
    "core/util/up.h: includes train/sft_trainer.h" "core/util/qt.cpp: core/ includes Qt" \
    "widgets/core.cpp: widgets/ includes the core header" "app/torch.cpp: app/ includes LibTorch" \
    "core/util/private.h: in (or included by) the torch-free base library"; do
    if ! grep -qF "$expect" <<<"$out"; then
      echo "self-test: not reported: $expect"
      status=1
    fi
  done
  [ $status -eq 0 ] && echo "self-test: a clean tree passes; $(wc -l <<<"$out") planted violations reported"
  return $status
}

if [ "${1:-}" = "--self-test" ]; then
  self_test
  exit $?
fi
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
if check_tree "$root"; then
  echo "layers: every include in core/, widgets/ and app/ points down"
  exit 0
fi
exit 1
