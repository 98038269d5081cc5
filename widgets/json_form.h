// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A generic form built from a JSON document: every top-level object becomes a page (navigation
// list on the left, like a preferences dialog; top-level scalars go on a first "General" page),
// nested objects become group boxes, and every leaf gets an editor chosen by its JSON type.
// document() rebuilds the JSON with the original types (an integer stays an integer, 64-bit
// integers stay exact, an untouched double keeps every bit). Errors reported by whoever validates
// the document (the app, through the core) are shown at the field named by a dotted path.
// Knows nothing about training: field names, labels and choices come from the document and hints.
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <limits>
#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QStackedWidget;

namespace ef::widgets {

struct FieldHint {
  // Row label or section title; empty = derived from the key ("train_size" → "Train size").
  QString label;
  QString tooltip;            // shown on the label and the editor while the field has no error
  QStringList choices;        // non-empty (string leaves): a non-editable QComboBox
  QStringList multi_choices;  // non-empty (string arrays): one check box per choice
  // Shown instead of the value for choices / multi_choices (same order); empty = the values.
  QStringList choice_labels;
  QStringList choice_tooltips;  // per choice, optional
  QStringList suggestions;      // non-empty (string leaves): an editable QComboBox
  bool hidden = false;          // no editor (or no page/group); the value is kept as is
  double min = -std::numeric_limits<double>::infinity();  // numbers and number-array elements
  double max = std::numeric_limits<double>::infinity();
  bool min_exclusive = false;  // the value must be > min
  // >= 1: non-integer numbers are displayed with this many decimals (the value stays exact);
  // 0: an integer-only field (a QSpinBox when min and max are finite and fit an int).
  int decimals = -1;
  QString unit;  // shown after the value ("steps"): a spin box suffix, else a note beside it
  // Values that mean something in words (threads 0 = "all cores"): a spin box shows the word at its
  // minimum; other editors show it beside the value while the value is special.
  QList<QPair<double, QString>> special_values;
  QString empty_text;  // what an empty string or array means (placeholder text)
  // Position among its siblings (pages, groups and rows); unset ones follow in key order.
  int order = std::numeric_limits<int>::max();
};

namespace detail {
struct FormField;
}

class JsonForm : public QWidget {
  Q_OBJECT

 public:
  explicit JsonForm(QWidget* parent = nullptr);
  ~JsonForm() override;

  // Hints by dotted path ("sft.lr", or a section's path "sft"). Call before setDocument.
  void setHints(const QHash<QString, FieldHint>& hints);
  // Rebuilds all pages and editors from `doc`. Does not emit edited().
  void setDocument(const QJsonObject& doc);
  // The document with the editors' values. A field with a local error contributes its last valid
  // value; check hasLocalErrors() first.
  QJsonObject document() const;

  // Errors the form finds itself ("sft.lr: not a number", "sweep.sizes[2]: must be >= 1").
  bool hasLocalErrors() const;
  QStringList localErrors() const;

  // Shows `message` at the field named by `path` ("sft.lr"; "sweep.sizes[2]" maps to the
  // "sweep.sizes" editor): red border, tooltip, error label under the editor; with `reveal_field`
  // the page holding it is selected and scrolled to it. An empty, unknown or section path shows the
  // message in the form-level error label at the top (a section path still selects its page).
  void setFieldError(const QString& path, const QString& message, bool reveal_field = true);
  // Clears the errors set by setFieldError (local errors stay until the text is fixed).
  void clearFieldErrors();
  // The message shown for the field `path` maps to (local error first); for an empty or unknown
  // path, the form-level error text.
  QString fieldError(const QString& path) const;

  // The editor whose objectName is `path` (also accepts "a.b[2]"); nullptr for unknown or hidden.
  QWidget* editor(const QString& path) const;
  // Sets a leaf (or a hidden value); returns false for a path that is not a leaf of the document.
  bool setValue(const QString& path, const QJsonValue& value);
  // A leaf's current value (or a section as an object); Undefined for an unknown path.
  QJsonValue value(const QString& path) const;

  // Pages: "" is the General page, otherwise the top-level key.
  QString currentSection() const;
  bool showSection(const QString& key);
  QStringList sections() const;

 signals:
  void edited();  // any change of any editor (the app debounces)

 private:
  void clear();
  void buildSection(const QJsonObject& obj, const QStringList& keys, QWidget* container, int page,
                    bool with_groups);
  void addField(const QStringList& keys, const QJsonValue& v, QFormLayout* form, int page);
  void onFieldChanged(detail::FormField* f);
  void refreshError(detail::FormField* f);
  void refreshFormError();
  void reveal(detail::FormField* f);
  detail::FormField* resolve(const QString& path) const;
  QString sectionOf(const QString& path) const;
  FieldHint hint(const QString& path) const { return hints_.value(path); }
  // The keys of `obj` (at `prefix`) in hint order, then by key.
  QStringList orderedKeys(const QJsonObject& obj, const QStringList& prefix) const;

  QHash<QString, FieldHint> hints_;
  QJsonObject doc_;  // the document as set, updated with hidden values; editors overlay it
  std::vector<std::unique_ptr<detail::FormField>> fields_;
  QHash<QString, detail::FormField*> by_path_;
  QHash<QString, int> section_page_;  // every section path (pages and groups) → page index
  QStringList page_keys_;
  std::vector<QScrollArea*> page_scrolls_;
  QHash<QString, QString> field_errors_;  // path → message, from setFieldError
  QStringList form_errors_;
  bool building_ = false;  // setDocument: no edited()
  bool muted_ = false;     // setValue: one onFieldChanged() after the editor is written

  QLabel* form_error_;
  QListWidget* nav_;
  QStackedWidget* stack_;
};

}  // namespace ef::widgets
