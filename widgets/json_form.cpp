// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_form.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "json_form_editors.h"

namespace ef::widgets {
namespace {

using detail::FormField;

const QColor kErrorColor(0xd3, 0x2f, 0x2f);

QLabel* errorLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextFormat(Qt::PlainText);
  label->setStyleSheet(QStringLiteral("color: %1;").arg(kErrorColor.name()));
  label->hide();
  return label;
}

// "sweep.sizes[2]" → "sweep.sizes"
QString stripIndices(const QString& path) {
  static const QRegularExpression index_re(QStringLiteral("\\[[^\\]]*\\]"));
  QString s = path;
  return s.remove(index_re);
}

void setAtPath(QJsonObject& obj, const QStringList& keys, int i, const QJsonValue& v) {
  if (i == keys.size() - 1) {
    obj.insert(keys[i], v);
    return;
  }
  QJsonObject child = obj.value(keys[i]).toObject();
  setAtPath(child, keys, i + 1, v);
  obj.insert(keys[i], child);
}

QJsonValue getAtPath(const QJsonObject& obj, const QStringList& keys) {
  QJsonValue v = obj;
  for (const QString& k : keys) {
    if (!v.isObject()) return QJsonValue::Undefined;
    v = v.toObject().value(k);
  }
  return v;
}

}  // namespace

JsonForm::JsonForm(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  form_error_ = errorLabel(this);
  form_error_->setObjectName(QStringLiteral("ef_form_error"));
  outer->addWidget(form_error_);

  auto* body = new QHBoxLayout;
  nav_ = new QListWidget(this);
  nav_->setObjectName(QStringLiteral("ef_form_sections"));
  nav_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
  stack_ = new QStackedWidget(this);
  stack_->setObjectName(QStringLiteral("ef_form_pages"));
  body->addWidget(nav_);
  body->addWidget(stack_, 1);
  outer->addLayout(body, 1);
  connect(nav_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
}

JsonForm::~JsonForm() = default;

void JsonForm::setHints(const QHash<QString, FieldHint>& hints) {
  hints_ = hints;
}

void JsonForm::clear() {
  fields_.clear();
  by_path_.clear();
  section_page_.clear();
  page_keys_.clear();
  page_scrolls_.clear();
  field_errors_.clear();
  form_errors_.clear();
  nav_->clear();
  while (stack_->count() > 0) {
    QWidget* w = stack_->widget(0);
    stack_->removeWidget(w);
    delete w;
  }
}

void JsonForm::setDocument(const QJsonObject& doc) {
  clear();
  building_ = true;
  doc_ = doc;

  auto newPage = [this](const QString& key, const QString& title) {
    auto* scroll = new QScrollArea(stack_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("page:") + key);
    auto* vbox = new QVBoxLayout(content);
    scroll->setWidget(content);
    stack_->addWidget(scroll);
    page_scrolls_.push_back(scroll);
    page_keys_ << key;
    auto* item = new QListWidgetItem(title, nav_);
    if (!key.isEmpty()) {
      item->setToolTip(hint(key).tooltip);
      section_page_.insert(key, page_keys_.size() - 1);
    }
    return std::make_pair(content, vbox);
  };

  bool has_general = false;
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (!it.value().isObject() && !hint(it.key()).hidden) has_general = true;
  if (has_general) {
    auto [content, vbox] = newPage(QString(), tr("General"));
    buildSection(doc, {}, content, 0, false);
    vbox->addStretch(1);
  }
  for (const QString& key : orderedKeys(doc, {})) {
    const QJsonValue value = doc.value(key);
    if (!value.isObject() || value.toObject().isEmpty() || hint(key).hidden) continue;
    const FieldHint h = hint(key);
    auto [content, vbox] = newPage(key, h.label.isEmpty() ? detail::humanize(key) : h.label);
    buildSection(value.toObject(), {key}, content, page_keys_.size() - 1, true);
    vbox->addStretch(1);
  }
  nav_->setFixedWidth(std::max(120, nav_->sizeHintForColumn(0) + 2 * nav_->frameWidth() + 24));
  if (nav_->count() > 0) nav_->setCurrentRow(0);
  building_ = false;
  refreshFormError();
}

void JsonForm::buildSection(const QJsonObject& obj, const QStringList& keys, QWidget* container,
                            int page, bool with_groups) {
  auto* vbox = static_cast<QVBoxLayout*>(container->layout());
  QFormLayout* form = nullptr;
  const QStringList ordered = orderedKeys(obj, keys);
  for (const QString& key : ordered) {
    const QStringList sub = keys + QStringList{key};
    const QJsonValue value = obj.value(key);
    if (value.isObject() || hint(sub.join(QLatin1Char('.'))).hidden) continue;
    if (!form) {
      form = new QFormLayout;
      form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
      vbox->addLayout(form);
    }
    addField(sub, value, form, page);
  }
  if (!with_groups) return;
  for (const QString& key : ordered) {
    const QStringList sub = keys + QStringList{key};
    const QString path = sub.join(QLatin1Char('.'));
    const FieldHint h = hint(path);
    const QJsonValue value = obj.value(key);
    if (!value.isObject() || value.toObject().isEmpty() || h.hidden) continue;
    auto* box = new QGroupBox(h.label.isEmpty() ? detail::humanize(key) : h.label, container);
    box->setObjectName(QStringLiteral("section:") + path);
    box->setToolTip(h.tooltip);
    new QVBoxLayout(box);
    buildSection(value.toObject(), sub, box, page, true);
    vbox->addWidget(box);
    section_page_.insert(path, page);
  }
}

QStringList JsonForm::orderedKeys(const QJsonObject& obj, const QStringList& prefix) const {
  QStringList keys = obj.keys();  // sorted by key
  std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
    return hint((prefix + QStringList{a}).join(QLatin1Char('.'))).order <
           hint((prefix + QStringList{b}).join(QLatin1Char('.'))).order;
  });
  return keys;
}

void JsonForm::addField(const QStringList& keys, const QJsonValue& v, QFormLayout* form, int page) {
  auto owned = std::make_unique<FormField>();
  FormField* f = owned.get();
  f->keys = keys;
  f->path = keys.join(QLatin1Char('.'));
  f->hint = hint(f->path);
  f->kind = detail::kindFor(v, f->hint);
  f->page = page;

  f->row = new QWidget;
  auto* rl = new QVBoxLayout(f->row);
  rl->setContentsMargins(0, 0, 0, 0);
  rl->setSpacing(2);
  detail::createEditor(*f, v, f->row);
  auto* line = new QHBoxLayout;
  line->setContentsMargins(0, 0, 0, 0);
  line->addWidget(f->editor, 1);
  f->note = new QLabel(f->row);
  f->note->setObjectName(f->path + QStringLiteral(":note"));
  f->note->setTextFormat(Qt::PlainText);
  f->note->setEnabled(false);  // drawn in the disabled (grey) text colour
  line->addWidget(f->note);
  rl->addLayout(line);
  f->error_label = errorLabel(f->row);
  f->error_label->setObjectName(f->path + QStringLiteral(":error"));
  rl->addWidget(f->error_label);

  f->label = new QLabel(f->hint.label.isEmpty() ? detail::humanize(keys.last()) : f->hint.label);
  f->label->setBuddy(f->editor);
  f->label->setToolTip(f->hint.tooltip);
  form->addRow(f->label, f->row);

  const detail::ReadResult r = detail::readEditor(*f);
  f->local_error = r.error;
  f->last_valid = r.error.isEmpty() ? r.value : v;
  detail::refreshNote(*f, f->last_valid);
  detail::connectEditor(*f, this, [this, f] { onFieldChanged(f); });
  by_path_.insert(f->path, f);
  fields_.push_back(std::move(owned));
  if (!f->local_error.isEmpty()) refreshError(f);
}

void JsonForm::onFieldChanged(FormField* f) {
  if (muted_) return;
  const detail::ReadResult r = detail::readEditor(*f);
  f->local_error = r.error;
  if (r.error.isEmpty()) f->last_valid = r.value;
  detail::refreshNote(*f, f->last_valid);
  refreshError(f);
  if (!building_) emit edited();
}

void JsonForm::refreshError(FormField* f) {
  const QString msg = !f->local_error.isEmpty() ? f->local_error : field_errors_.value(f->path);
  const bool on = !msg.isEmpty();
  detail::styleEditor(*f, on);
  f->editor->setToolTip(on ? msg : f->hint.tooltip);
  f->error_label->setText(msg);
  f->error_label->setVisible(on);

  // Pages holding an error are drawn in the error colour in the navigation list.
  QSet<int> bad;
  for (const auto& g : fields_)
    if (!g->local_error.isEmpty() || field_errors_.contains(g->path)) bad.insert(g->page);
  for (int i = 0; i < nav_->count(); ++i)
    nav_->item(i)->setData(Qt::ForegroundRole,
                           bad.contains(i) ? QVariant(kErrorColor) : QVariant());
}

void JsonForm::refreshFormError() {
  form_error_->setText(form_errors_.join(QLatin1Char('\n')));
  form_error_->setVisible(!form_errors_.isEmpty());
}

QJsonObject JsonForm::document() const {
  QJsonObject out = doc_;
  for (const auto& f : fields_) {
    const detail::ReadResult r = detail::readEditor(*f);
    setAtPath(out, f->keys, 0, r.error.isEmpty() ? r.value : f->last_valid);
  }
  return out;
}

bool JsonForm::hasLocalErrors() const {
  for (const auto& f : fields_)
    if (!f->local_error.isEmpty()) return true;
  return false;
}

QStringList JsonForm::localErrors() const {
  QStringList out;
  for (const auto& f : fields_)
    if (!f->local_error.isEmpty()) out << f->local_error;
  return out;
}

FormField* JsonForm::resolve(const QString& path) const {
  QStringList keys = stripIndices(path).split(QLatin1Char('.'));
  for (; !keys.isEmpty(); keys.removeLast())  // "a.b.c" under a leaf "a.b" maps to it
    if (FormField* f = by_path_.value(keys.join(QLatin1Char('.')))) return f;
  return nullptr;
}

QString JsonForm::sectionOf(const QString& path) const {
  QStringList keys = stripIndices(path).split(QLatin1Char('.'));
  for (; !keys.isEmpty(); keys.removeLast()) {
    const auto it = section_page_.constFind(keys.join(QLatin1Char('.')));
    if (it != section_page_.constEnd()) return page_keys_.value(it.value());
  }
  return {};
}

void JsonForm::setFieldError(const QString& path, const QString& message, bool reveal_field) {
  if (FormField* f = path.isEmpty() ? nullptr : resolve(path)) {
    QString& msg = field_errors_[f->path];
    if (!msg.split(QLatin1Char('\n')).contains(message))
      msg = msg.isEmpty() ? message : msg + QLatin1Char('\n') + message;
    refreshError(f);
    if (reveal_field) reveal(f);
    return;
  }
  if (!form_errors_.contains(message)) form_errors_ << message;
  refreshFormError();
  const QString section = path.isEmpty() ? QString() : sectionOf(path);
  if (reveal_field && !section.isEmpty()) showSection(section);
}

void JsonForm::reveal(FormField* f) {
  nav_->setCurrentRow(f->page);
  QScrollArea* scroll = page_scrolls_[f->page];
  scroll->ensureWidgetVisible(f->row);
  // Geometry may be stale until the layout runs (page just shown): scroll again afterwards.
  QPointer<QWidget> row = f->row;
  QTimer::singleShot(0, scroll, [scroll, row] {
    if (row) scroll->ensureWidgetVisible(row);
  });
}

void JsonForm::clearFieldErrors() {
  field_errors_.clear();
  form_errors_.clear();
  for (const auto& f : fields_)
    refreshError(f.get());
  refreshFormError();
}

QString JsonForm::fieldError(const QString& path) const {
  if (const FormField* f = path.isEmpty() ? nullptr : resolve(path))
    return !f->local_error.isEmpty() ? f->local_error : field_errors_.value(f->path);
  return form_errors_.join(QLatin1Char('\n'));
}

QWidget* JsonForm::editor(const QString& path) const {
  const FormField* f = by_path_.value(stripIndices(path));
  return f ? f->editor : nullptr;
}

bool JsonForm::setValue(const QString& path, const QJsonValue& value) {
  if (FormField* f = by_path_.value(path)) {
    muted_ =
        true;  // the text may not change while the exact value does (0.3 vs 0.30000000000000004)
    detail::writeEditor(*f, value);
    muted_ = false;
    onFieldChanged(f);
    return true;
  }
  // A hidden leaf (or a value under a hidden section) lives in doc_ only.
  const QStringList keys = path.split(QLatin1Char('.'));
  bool hidden = false;
  for (int i = 1; i <= keys.size() && !hidden; ++i)
    hidden = hint(keys.mid(0, i).join(QLatin1Char('.'))).hidden;
  if (!hidden || getAtPath(doc_, keys).isUndefined()) return false;
  setAtPath(doc_, keys, 0, value);
  emit edited();
  return true;
}

QJsonValue JsonForm::value(const QString& path) const {
  if (const FormField* f = by_path_.value(path)) {
    const detail::ReadResult r = detail::readEditor(*f);
    return r.error.isEmpty() ? r.value : f->last_valid;
  }
  return getAtPath(document(), path.split(QLatin1Char('.')));
}

QString JsonForm::currentSection() const {
  return page_keys_.value(stack_->currentIndex());
}

bool JsonForm::showSection(const QString& key) {
  const int i = page_keys_.indexOf(key);
  if (i < 0) return false;
  nav_->setCurrentRow(i);
  return true;
}

QStringList JsonForm::sections() const {
  return page_keys_;
}

}  // namespace ef::widgets
