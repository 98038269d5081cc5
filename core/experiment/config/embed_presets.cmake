# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ file that holds every resources/presets/*.json as a string (cmake -P script).
file(GLOB files ${PRESET_DIR}/*.json)
list(SORT files)
set(body "// Generated from resources/presets by embed_presets.cmake. Do not edit.\n#include <string>\n#include <utility>\n#include <vector>\nnamespace ef {\nconst std::vector<std::pair<std::string, std::string>>& embeddedPresetFiles() {\n  static const std::vector<std::pair<std::string, std::string>> files = {\n")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} content)
  string(APPEND body "    {\"${name}\", R\"EFJSON(${content})EFJSON\"},\n")
endforeach()
string(APPEND body "  };\n  return files;\n}\n}  // namespace ef\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
