// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_panel.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ef::widgets {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent), level_(new QComboBox(this)), view_(new QPlainTextEdit(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  auto* bar = new QHBoxLayout;
  show_label_ = new QLabel(this);
  bar->addWidget(show_label_);
  for (int level = 0; level < 4; ++level)
    level_->addItem(QString(), level);
  level_->setCurrentIndex(1);
  bar->addWidget(level_);
  bar->addStretch(1);
  clear_button_ = new QPushButton(this);
  bar->addWidget(clear_button_);
  retranslate();
  layout->addLayout(bar);
  view_->setReadOnly(true);
  view_->setMaximumBlockCount(max_lines_);
  view_->setLineWrapMode(QPlainTextEdit::NoWrap);
  QFont mono(QStringLiteral("monospace"));
  mono.setStyleHint(QFont::TypeWriter);
  view_->setFont(mono);
  layout->addWidget(view_, 1);

  timer_.setInterval(100);
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &LogPanel::flush);
  connect(level_, &QComboBox::currentIndexChanged, this, &LogPanel::rebuild);
  connect(clear_button_, &QPushButton::clicked, this, &LogPanel::clear);
}

void LogPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QWidget::changeEvent(event);
}

void LogPanel::retranslate() {
  show_label_->setText(tr("Show:"));
  level_->setItemText(0, tr("Everything"));
  level_->setItemText(1, tr("Information and above"));
  level_->setItemText(2, tr("Warnings and errors"));
  level_->setItemText(3, tr("Errors only"));
  clear_button_->setText(tr("Clear"));
}

QString LogPanel::text() const {
  return view_->toPlainText();
}

void LogPanel::append(int level, const QString& line) {
  lines_.push_back({level, line});
  if (lines_.size() > max_lines_) lines_.remove(0, lines_.size() - max_lines_);
  unshown_.push_back({level, line});
  if (!timer_.isActive()) timer_.start();
}

void LogPanel::clear() {
  lines_.clear();
  unshown_.clear();
  view_->clear();
}

int LogPanel::minimumLevel() const {
  return level_->currentData().toInt();
}

QString LogPanel::render(const Line& l) {
  return l.text;
}

void LogPanel::flush() {
  const int min = minimumLevel();
  QStringList batch;
  for (const Line& l : std::as_const(unshown_))
    if (l.level >= min) batch << render(l);
  unshown_.clear();
  if (batch.isEmpty()) return;
  auto* bar = view_->verticalScrollBar();
  const bool at_end = bar->value() == bar->maximum();
  view_->appendPlainText(batch.join(QLatin1Char('\n')));
  if (at_end) bar->setValue(bar->maximum());
}

void LogPanel::rebuild() {
  unshown_ = lines_;
  view_->clear();
  flush();
}

}  // namespace ef::widgets
