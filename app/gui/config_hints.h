// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The setup form's hints (labels, tooltips, ranges, choices, units, special values, order) made
// from the core's field table (util/field_table.h, experiment/config/run_config.h): the form itself
// (widgets::JsonForm) stays generic, and nothing here repeats a field.
#include <QHash>
#include <QString>

#include <string>

#include "json_form.h"

namespace ef::gui {

QHash<QString, widgets::FieldHint> runConfigHints();

// Translations of the core's registered texts (field labels and help, task, method and metric
// labels): the core marks them with EF_TRANSLATABLE(context, text).
QString fieldText(const std::string& text);  // config fields and task kinds
QString methodText(const std::string& text);
QString metricText(const std::string& text);

}  // namespace ef::gui
