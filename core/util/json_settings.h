// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings written as "dotted.path=value" applied to a JSON document before it is parsed: the
// CLI's --set (docs/cli.md), e.g. --set sft.stop_at_first_step=0.75. The value is read as JSON
// (0.75, true, [1,2], "text"); anything that is not JSON is taken as a string (--set
// device=cpu). Missing objects on the path are created; the config parser then checks the
// key and the value as it checks a file's, naming the field.
#include <string>
#include <vector>

namespace ef {

// Throws ConfigError: a setting without '=' or with an empty path segment (field "--set"), a
// path through a value that is not an object (that value's path), a document that is not a JSON
// object (field "").
std::string applyJsonSettings(const std::string& json_text,
                              const std::vector<std::string>& settings);

}  // namespace ef
