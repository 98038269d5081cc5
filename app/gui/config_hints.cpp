// SPDX-License-Identifier: GPL-3.0-or-later
#include "config_hints.h"

#include <QCoreApplication>

#include <cmath>

#include "experiment/config/run_config.h"
#include "tasks/task_registry.h"

namespace ef::gui {
namespace {

QString translated(const char* context, const std::string& text) {
  return text.empty() ? QString() : QCoreApplication::translate(context, text.c_str());
}

QString number(double v) {
  return QString::number(v, 'g', 12);
}

// "Range 1 – 64 steps; 0 = all cores; empty = task.train_size only; key sft.lr"
QString tooltipOf(const FieldSpec& s) {
  QStringList lines;
  if (!s.help.empty()) lines << fieldText(s.help);
  const QString unit = s.unit.empty() ? QString() : QLatin1Char(' ') + fieldText(s.unit);
  if (s.isNumber() || s.type == FieldType::IntList) {
    if (s.above_min && !std::isfinite(s.max)) {
      lines << QCoreApplication::translate("ef::gui::ConfigForm", "Greater than %1%2")
                   .arg(number(s.min), unit);
    } else if (s.hasRange()) {
      lines << QCoreApplication::translate("ef::gui::ConfigForm", "From %1 to %2%3")
                   .arg(number(s.min), number(s.max), unit);
    }
  }
  for (const auto& sv : s.special)
    lines << QStringLiteral("%1 = %2").arg(number(sv.value), fieldText(sv.meaning));
  if (!s.empty_meaning.empty())
    lines << QCoreApplication::translate("ef::gui::ConfigForm", "Empty = %1")
                 .arg(fieldText(s.empty_meaning));
  lines << QCoreApplication::translate("ef::gui::ConfigForm", "Key: %1")
               .arg(QString::fromStdString(s.path));
  return lines.join(QLatin1Char('\n'));
}

QStringList toQStrings(const std::vector<std::string>& v) {
  QStringList out;
  for (const auto& s : v)
    out << QString::fromStdString(s);
  return out;
}

}  // namespace

QString fieldText(const std::string& text) {
  return translated("ef::Fields", text);
}
QString methodText(const std::string& text) {
  return translated("ef::Methods", text);
}
QString metricText(const std::string& text) {
  return translated("ef::Metrics", text);
}

QHash<QString, widgets::FieldHint> runConfigHints() {
  QHash<QString, widgets::FieldHint> hints;
  int order = 0;
  for (const auto& e : runConfigFields().entries()) {
    const FieldSpec& s = e.spec;
    widgets::FieldHint h;
    h.order = order++;
    h.label = fieldText(s.label);
    h.tooltip = s.type == FieldType::Section ? fieldText(s.help) : tooltipOf(s);
    h.min = s.min;
    h.max = s.max;
    h.min_exclusive = s.above_min;
    if (s.type == FieldType::Int || s.type == FieldType::IntList || s.type == FieldType::UInt64 ||
        s.type == FieldType::UInt64List)
      h.decimals = 0;
    if (!s.unit.empty()) h.unit = fieldText(s.unit);
    for (const auto& sv : s.special)
      h.special_values.append({sv.value, fieldText(sv.meaning)});
    if (!s.empty_meaning.empty()) h.empty_text = fieldText(s.empty_meaning);
    h.suggestions = toQStrings(s.suggestions);
    if (s.type == FieldType::Choice) h.choices = toQStrings(s.choices);
    if (s.type == FieldType::ChoiceList) h.multi_choices = toQStrings(s.choices);
    hints.insert(QString::fromStdString(s.path), h);
  }
  hints[QStringLiteral("config_version")].hidden = true;  // kept as read, never edited
  // Registered names are shown by their labels.
  auto& kind = hints[QStringLiteral("task.kind")];
  for (const TaskKind& k : taskKinds())
    kind.choice_labels << fieldText(k.label);
  auto& methods = hints[QStringLiteral("sweep.methods")];
  for (const Method* m : registeredMethods()) {
    methods.choice_labels << methodText(m->label);
    methods.choice_tooltips << methodText(m->description);
  }
  return hints;
}

}  // namespace ef::gui
