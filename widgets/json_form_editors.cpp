// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_form_editors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <cmath>

namespace ef::widgets::detail {
namespace {

constexpr int kMultiColumns = 3;
const char* const kErrorColor = "#d32f2f";

QString tr(const char* text) {
  return QCoreApplication::translate("ef::widgets::detail", text);  // lupdate's context here
}

bool isIntegral(const QJsonValue& v) {
  return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

QString numberText(const QJsonValue& v, const FieldHint& hint) {
  if (isIntegral(v)) return QString::number(v.toInteger());
  if (hint.decimals > 0) return QString::number(v.toDouble(), 'f', hint.decimals);
  return QString::number(v.toDouble(), 'g', 12);
}

bool allOf(const QJsonArray& a, bool (QJsonValue::*is)() const) {
  for (const QJsonValue e : a)
    if (!(e.*is)()) return false;
  return true;
}

// Strings that survive a comma-separated round trip.
bool plainStrings(const QJsonArray& a) {
  for (const auto& e : a) {
    const QString s = e.toString();
    if (s.isEmpty() || s.contains(QLatin1Char(',')) || s.trimmed() != s) return false;
  }
  return true;
}

QStringList tokens(const QString& text) {
  QStringList out;
  for (const QString& t : text.split(QLatin1Char(','))) {
    const QString s = t.trimmed();
    if (!s.isEmpty()) out << s;
  }
  return out;
}

// A number from text: an integer literal that fits qint64 stays exact, anything else is a double.
bool parseNumber(const QString& text, QJsonValue* out) {
  static const QRegularExpression int_re(QStringLiteral("^[+-]?\\d+$"));
  const QString s = text.trimmed();
  if (int_re.match(s).hasMatch()) {
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    if (ok) {
      *out = QJsonValue(n);
      return true;
    }
  }
  bool ok = false;
  const double d = s.toDouble(&ok);  // C locale, as in JSON
  if (!ok || !std::isfinite(d)) return false;
  *out = QJsonValue(d);
  return true;
}

// Checks a parsed number against the hint; `where` is the path (or "path[i]") for the message.
QString checkNumber(const QJsonValue& v, const FieldHint& hint, const QString& where) {
  if (hint.decimals == 0 && !isIntegral(v)) return tr("%1: not an integer").arg(where);
  const double d = v.toDouble();
  if (hint.min_exclusive && d <= hint.min)
    return tr("%1: must be > %2").arg(where, QString::number(hint.min, 'g', 12));
  if (d < hint.min) return tr("%1: must be >= %2").arg(where, QString::number(hint.min, 'g', 12));
  if (d > hint.max) return tr("%1: must be <= %2").arg(where, QString::number(hint.max, 'g', 12));
  return {};
}

QString arrayText(const QJsonArray& a, FieldKind kind, const FieldHint& hint) {
  if (kind == FieldKind::JsonArray)
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
  QStringList parts;
  for (const auto& e : a) {
    if (e.isDouble())
      parts << numberText(e, hint);
    else if (e.isBool())
      parts << (e.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    else if (e.isString())
      parts << e.toString();
    else
      parts << compactJson(e);
  }
  return parts.join(QStringLiteral(", "));
}

// What a choice is shown as: its label when the hint gives one.
QString choiceText(const FieldHint& hint, const QStringList& values, const QString& value) {
  const int i = values.indexOf(value);
  return i >= 0 && i < hint.choice_labels.size() && !hint.choice_labels[i].isEmpty()
             ? hint.choice_labels[i]
             : value;
}

QString choiceTooltip(const FieldHint& hint, const QStringList& values, const QString& value) {
  const int i = values.indexOf(value);
  return i >= 0 && i < hint.choice_tooltips.size() ? hint.choice_tooltips[i] : QString();
}

QString boxValue(const QCheckBox* b) {
  return b->property("ef_value").toString();
}

QCheckBox* addBox(FormField& f, const QString& choice) {
  auto* grid = static_cast<QGridLayout*>(f.editor->layout());
  auto* box = new QCheckBox(choiceText(f.hint, f.hint.multi_choices, choice), f.editor);
  box->setProperty("ef_value", choice);
  box->setToolTip(choiceTooltip(f.hint, f.hint.multi_choices, choice));
  box->setObjectName(f.path + QLatin1Char(':') + choice);
  const int i = f.boxes.size();
  grid->addWidget(box, i / kMultiColumns, i % kMultiColumns);
  f.boxes << box;
  if (f.on_change) QObject::connect(box, &QCheckBox::toggled, f.editor, f.on_change);
  return box;
}

}  // namespace

QString humanize(const QString& key) {
  QString s = key;
  s.replace(QLatin1Char('_'), QLatin1Char(' '));
  if (!s.isEmpty()) s[0] = s[0].toUpper();
  return s;
}

QString compactJson(const QJsonValue& v) {
  if (v.isUndefined()) return {};
  const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
  return QString::fromUtf8(text.mid(1, text.size() - 2));  // strip the wrapping [ ]
}

FieldKind kindFor(const QJsonValue& v, const FieldHint& hint) {
  switch (v.type()) {
    case QJsonValue::Bool:
      return FieldKind::Bool;
    case QJsonValue::Double:
      if (hint.decimals == 0 && isIntegral(v) && std::isfinite(hint.min) &&
          std::isfinite(hint.max) && hint.min >= INT_MIN && hint.max <= INT_MAX)
        return FieldKind::IntSpin;
      return FieldKind::Number;
    case QJsonValue::String:
      if (!hint.choices.isEmpty()) return FieldKind::Choice;
      return hint.suggestions.isEmpty() ? FieldKind::String : FieldKind::Suggest;
    case QJsonValue::Array: {
      const QJsonArray a = v.toArray();
      const bool strings = allOf(a, &QJsonValue::isString);
      if (strings && !hint.multi_choices.isEmpty()) return FieldKind::MultiChoice;
      if (a.isEmpty()) return FieldKind::AutoArray;
      if (allOf(a, &QJsonValue::isDouble)) return FieldKind::NumberArray;
      if (strings && plainStrings(a)) return FieldKind::StringArray;
      return FieldKind::JsonArray;
    }
    default:
      return FieldKind::Null;
  }
}

void createEditor(FormField& f, const QJsonValue& v, QWidget* parent) {
  switch (f.kind) {
    case FieldKind::Bool:
      f.editor = new QCheckBox(parent);
      break;
    case FieldKind::IntSpin: {
      auto* spin = new QSpinBox(parent);
      spin->setRange(int(std::ceil(f.hint.min)), int(std::floor(f.hint.max)));
      if (!f.hint.unit.isEmpty()) spin->setSuffix(QLatin1Char(' ') + f.hint.unit);
      for (const auto& [value, meaning] : f.hint.special_values)
        if (value == spin->minimum()) spin->setSpecialValueText(meaning);
      f.editor = spin;
      break;
    }
    case FieldKind::Choice: {
      auto* combo = new QComboBox(parent);
      combo->setEditable(false);
      for (const QString& c : f.hint.choices) {
        combo->addItem(choiceText(f.hint, f.hint.choices, c), c);
        combo->setItemData(combo->count() - 1, choiceTooltip(f.hint, f.hint.choices, c),
                           Qt::ToolTipRole);
      }
      f.editor = combo;
      break;
    }
    case FieldKind::Suggest: {
      auto* combo = new QComboBox(parent);
      combo->setEditable(true);
      combo->setInsertPolicy(QComboBox::NoInsert);
      combo->addItems(f.hint.suggestions);
      f.editor = combo;
      break;
    }
    case FieldKind::MultiChoice: {
      auto* frame = new QFrame(parent);
      auto* grid = new QGridLayout(frame);
      grid->setContentsMargins(2, 2, 2, 2);
      f.editor = frame;
      for (const QString& c : f.hint.multi_choices)
        addBox(f, c);
      break;
    }
    default: {
      auto* edit = new QLineEdit(parent);
      if (f.kind == FieldKind::Number && f.hint.decimals == 0)
        edit->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+-]?\\d*")), edit));
      if (f.kind == FieldKind::Null) edit->setPlaceholderText(QStringLiteral("null"));
      if (f.kind == FieldKind::NumberArray || f.kind == FieldKind::StringArray ||
          f.kind == FieldKind::AutoArray)
        edit->setPlaceholderText(f.hint.empty_text.isEmpty() ? tr("comma-separated values")
                                                             : f.hint.empty_text);
      else if (!f.hint.empty_text.isEmpty())
        edit->setPlaceholderText(f.hint.empty_text);
      f.editor = edit;
      break;
    }
  }
  f.editor->setObjectName(f.path);
  if (!f.hint.tooltip.isEmpty()) f.editor->setToolTip(f.hint.tooltip);
  writeEditor(f, v);
}

void writeEditor(FormField& f, const QJsonValue& v) {
  switch (f.kind) {
    case FieldKind::Bool:
      static_cast<QCheckBox*>(f.editor)->setChecked(v.toBool());
      return;
    case FieldKind::IntSpin:
      static_cast<QSpinBox*>(f.editor)->setValue(int(v.toInteger()));
      return;
    case FieldKind::Choice: {
      auto* combo = static_cast<QComboBox*>(f.editor);
      const QString s = v.toString();
      int i = combo->findData(s);
      if (i < 0) {  // a value outside the hinted choices is kept selectable, not lost
        combo->addItem(s, s);
        i = combo->count() - 1;
      }
      combo->setCurrentIndex(i);
      return;
    }
    case FieldKind::Suggest:
      static_cast<QComboBox*>(f.editor)->setCurrentText(v.isString() ? v.toString()
                                                                     : compactJson(v));
      return;
    case FieldKind::MultiChoice: {
      QStringList wanted;
      for (const auto& e : v.toArray())
        wanted << e.toString();
      for (const QString& s : wanted) {
        const bool known = std::any_of(f.boxes.begin(), f.boxes.end(),
                                       [&](QCheckBox* b) { return boxValue(b) == s; });
        if (!known) addBox(f, s);
      }
      for (QCheckBox* b : f.boxes)
        b->setChecked(wanted.contains(boxValue(b)));
      return;
    }
    default:
      break;
  }
  QString text;
  QJsonValue exact = v;
  switch (f.kind) {
    case FieldKind::Number:
      if (v.isDouble()) {
        text = numberText(v, f.hint);
      } else {  // shown as is; parsing it reports the error
        text = v.isString() ? v.toString() : compactJson(v);
        exact = QJsonValue::Undefined;
      }
      break;
    case FieldKind::String:
      text = v.isString() ? v.toString() : compactJson(v);
      exact = QJsonValue(text);
      break;
    case FieldKind::Null:
      text = v.isNull() ? QString() : v.isString() ? v.toString() : compactJson(v);
      break;
    default:  // arrays
      if (v.isArray()) {
        text = arrayText(v.toArray(), f.kind, f.hint);
      } else {
        text = v.isString() ? v.toString() : compactJson(v);
        exact = QJsonValue::Undefined;
      }
      break;
  }
  f.shown_text = text;
  f.shown_value = exact;
  static_cast<QLineEdit*>(f.editor)->setText(text);
}

ReadResult readEditor(const FormField& f) {
  switch (f.kind) {
    case FieldKind::Bool:
      return {static_cast<QCheckBox*>(f.editor)->isChecked(), {}};
    case FieldKind::IntSpin:
      return {QJsonValue(qint64(static_cast<QSpinBox*>(f.editor)->value())), {}};
    case FieldKind::Choice:
      return {static_cast<QComboBox*>(f.editor)->currentData().toString(), {}};
    case FieldKind::Suggest:
      return {static_cast<QComboBox*>(f.editor)->currentText(), {}};
    case FieldKind::MultiChoice: {
      QJsonArray a;  // checked choices, in the order of the boxes (the hint's order)
      for (QCheckBox* b : f.boxes)
        if (b->isChecked()) a.append(boxValue(b));
      return {a, {}};
    }
    default:
      break;
  }
  const QString text = static_cast<QLineEdit*>(f.editor)->text();
  if (text == f.shown_text && !f.shown_value.isUndefined()) return {f.shown_value, {}};
  switch (f.kind) {
    case FieldKind::Number: {
      QJsonValue n;
      if (!parseNumber(text, &n)) return {{}, tr("%1: not a number").arg(f.path)};
      return {n, checkNumber(n, f.hint, f.path)};
    }
    case FieldKind::String:
      return {text, {}};
    case FieldKind::Null: {
      if (text.trimmed().isEmpty()) return {QJsonValue::Null, {}};
      const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
      if (doc.isArray() && doc.array().size() == 1) return {doc.array().at(0), {}};
      return {text, {}};
    }
    case FieldKind::JsonArray: {
      const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
      if (!doc.isArray()) return {{}, tr("%1: not a JSON array").arg(f.path)};
      return {doc.array(), {}};
    }
    default:
      break;
  }
  QJsonArray a;
  const QStringList parts = tokens(text);
  for (int i = 0; i < parts.size(); ++i) {
    const QString where = QStringLiteral("%1[%2]").arg(f.path).arg(i);
    QJsonValue n;
    if (f.kind == FieldKind::StringArray) {
      a.append(parts[i]);
    } else if (parseNumber(parts[i], &n)) {
      const QString err = checkNumber(n, f.hint, where);
      if (!err.isEmpty()) return {{}, err};
      a.append(n);
    } else if (f.kind == FieldKind::NumberArray) {
      return {{}, tr("%1: not a number").arg(where)};
    } else if (parts[i] == QLatin1String("true") || parts[i] == QLatin1String("false")) {
      a.append(parts[i] == QLatin1String("true"));
    } else {
      a.append(parts[i]);
    }
  }
  return {a, {}};
}

void connectEditor(FormField& f, QObject* context, const std::function<void()>& changed) {
  switch (f.kind) {
    case FieldKind::Bool:
      QObject::connect(static_cast<QCheckBox*>(f.editor), &QCheckBox::toggled, context, changed);
      break;
    case FieldKind::IntSpin:
      QObject::connect(static_cast<QSpinBox*>(f.editor), &QSpinBox::valueChanged, context, changed);
      break;
    case FieldKind::Choice:
      QObject::connect(static_cast<QComboBox*>(f.editor), &QComboBox::currentIndexChanged, context,
                       changed);
      break;
    case FieldKind::Suggest:
      QObject::connect(static_cast<QComboBox*>(f.editor), &QComboBox::currentTextChanged, context,
                       changed);
      break;
    case FieldKind::MultiChoice:  // boxes added later (setValue) connect in addBox()
      f.on_change = changed;
      for (QCheckBox* b : f.boxes)
        QObject::connect(b, &QCheckBox::toggled, context, changed);
      break;
    default:
      QObject::connect(static_cast<QLineEdit*>(f.editor), &QLineEdit::textChanged, context,
                       changed);
      break;
  }
}

void styleEditor(FormField& f, bool error) {
  f.editor->setProperty("ef_error", error);
  if (!error) {
    f.editor->setStyleSheet(QString());
    return;
  }
  QString css;
  if (f.kind == FieldKind::Bool) {
    css = QStringLiteral("QCheckBox { color: %1; }");
  } else {
    const char* cls = f.kind == FieldKind::Choice || f.kind == FieldKind::Suggest ? "QComboBox"
                      : f.kind == FieldKind::IntSpin                              ? "QSpinBox"
                      : f.kind == FieldKind::MultiChoice                          ? ".QFrame"
                                                                                  : "QLineEdit";
    css = QLatin1String(cls) + QStringLiteral(" { border: 1px solid %1; border-radius: 2px; }");
  }
  f.editor->setStyleSheet(css.arg(QLatin1String(kErrorColor)));
}

void refreshNote(FormField& f, const QJsonValue& value) {
  QStringList parts;
  const bool spin = f.kind == FieldKind::IntSpin;
  if (!spin && !f.hint.unit.isEmpty()) parts << f.hint.unit;
  if (value.isDouble()) {
    for (const auto& [special, meaning] : f.hint.special_values) {
      // A spin box already shows the meaning of its minimum in place of the number.
      const bool shown = spin && special == static_cast<QSpinBox*>(f.editor)->minimum();
      if (value.toDouble() == special && !shown) parts << QStringLiteral("= ") + meaning;
    }
  }
  f.note->setText(parts.join(QLatin1Char(' ')));
  f.note->setVisible(!parts.isEmpty());
}

}  // namespace ef::widgets::detail
