// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to JsonForm: one editor per JSON leaf, the conversion between a JSON value and what the
// editor shows, and the parsing (with the form's own error messages) back to JSON.
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "json_form.h"

class QCheckBox;
class QLabel;
class QWidget;

namespace ef::widgets::detail {

enum class FieldKind {
  Bool,  // QCheckBox
  // QLineEdit checked by the form: an integer literal gives a qint64 (exact), anything else a
  // double. Qt's JSON parser stores 1.0 as an integer, so a document cannot say which numbers are
  // integers: only the hint decimals == 0 makes a field integer-only (with a validator).
  Number,
  IntSpin,      // QSpinBox: hint decimals == 0 with a finite min and max within int range
  String,       // QLineEdit
  Choice,       // QComboBox (hint choices), not editable
  Suggest,      // QComboBox (hint suggestions), editable: any text
  NumberArray,  // QLineEdit, comma-separated numbers
  StringArray,  // QLineEdit, comma-separated strings (none holds a comma or edge spaces)
  MultiChoice,  // QFrame with one QCheckBox per choice
  AutoArray,    // QLineEdit, comma-separated: an empty array, element types guessed on parse
  JsonArray,    // QLineEdit holding the compact JSON text of any other array
  Null,         // QLineEdit, empty = null, otherwise a JSON scalar or a plain string
};

struct FormField {
  QString path;      // dotted path, the editor's objectName
  QStringList keys;  // the path's keys
  FieldKind kind = FieldKind::String;
  FieldHint hint;
  int page = 0;

  QWidget* editor = nullptr;
  QWidget* row = nullptr;  // editor + error label
  QLabel* label = nullptr;
  QLabel* error_label = nullptr;
  QLabel* note = nullptr;           // unit and the meaning of a special value, beside the editor
  QList<QCheckBox*> boxes;          // MultiChoice
  std::function<void()> on_change;  // MultiChoice: connected to boxes added later

  // Line edits: the text last written by writeEditor() and the exact value it stands for, so an
  // untouched field gives back its value bit for bit (the display rounds doubles to 12 digits).
  QString shown_text;
  QJsonValue shown_value;
  QJsonValue last_valid;
  QString local_error;
};

FieldKind kindFor(const QJsonValue& v, const FieldHint& hint);
// Creates f.editor (objectName = f.path) under `parent` and shows `v`.
void createEditor(FormField& f, const QJsonValue& v, QWidget* parent);
// Shows `v` in the editor (converted to the field's type where it can be).
void writeEditor(FormField& f, const QJsonValue& v);

struct ReadResult {
  QJsonValue value;
  QString error;  // "" when the text is valid
};
ReadResult readEditor(const FormField& f);

// Calls `changed` whenever the editor's content changes (user or program).
void connectEditor(FormField& f, QObject* context, const std::function<void()>& changed);
// Red border / plain look.
void styleEditor(FormField& f, bool error);
// The note beside the editor: the unit (unless the editor shows it) and, while the value is a
// special value, its meaning.
void refreshNote(FormField& f, const QJsonValue& value);

// "train_size" → "Train size"
QString humanize(const QString& key);
// Compact JSON text of any value ("\"arith\"", "0.003", "[1,2]"); "" for Undefined.
QString compactJson(const QJsonValue& v);

}  // namespace ef::widgets::detail
