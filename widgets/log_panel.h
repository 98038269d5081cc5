// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A log view: lines arrive at any rate from any source, are shown at most every 100 ms (one
// batched append, never one repaint per line), filtered by level, capped to the newest lines.
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;

namespace ef::widgets {

class LogPanel : public QWidget {
  Q_OBJECT

 public:
  // Levels: 0 debug, 1 info, 2 warning, 3 error.
  explicit LogPanel(QWidget* parent = nullptr);

  int lineCount() const { return lines_.size(); }
  QString text() const;  // what is shown now

 public slots:
  void append(int level, const QString& line);
  void clear();

 private:
  void changeEvent(QEvent* event) override;
  void retranslate();
  struct Line {
    int level;
    QString text;
  };
  void flush();
  void rebuild();
  int minimumLevel() const;
  static QString render(const Line& l);

  QComboBox* level_;
  QLabel* show_label_;
  QPushButton* clear_button_;
  QPlainTextEdit* view_;
  QVector<Line> lines_;
  QVector<Line> unshown_;
  QTimer timer_;
  int max_lines_ = 5000;
};

}  // namespace ef::widgets
