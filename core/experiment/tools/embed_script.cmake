# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ file whose function FUNCTION() returns the text of IN (cmake -P script): the
# eager-PyTorch benchmark script that `eightfold-cli bench --reference` runs (bench_reference.h).
file(READ ${IN} content)
set(body "// Generated from ${IN} by embed_script.cmake. Do not edit.\nnamespace ef {\nconst char* ${FUNCTION}() {\n  return R\"EFSCRIPT(${content})EFSCRIPT\";\n}\n}  // namespace ef\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
