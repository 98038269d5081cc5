// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs_model.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

#include "experiment/config/work_estimate.h"
#include "progress_delegate.h"
#include "run_queue.h"
#include "store_reader.h"
#include "workspace.h"

namespace ef::gui {
namespace {

QString clock(double s) {
  if (s < 0) return QStringLiteral("—");
  const qint64 t = static_cast<qint64>(s + 0.5);
  if (t >= 3600)
    return QStringLiteral("%1:%2:%3")
        .arg(t / 3600)
        .arg((t / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(t % 60, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

int sweepCellCount(const std::string& config_json) {
  try {
    return estimateWork(parseRunConfig(config_json), true).cells;
  } catch (const std::exception&) {
    return 0;  // a config this build cannot read: the count is unknown
  }
}

}  // namespace

RunsModel::RunsModel(Workspace* workspace, RunQueue* queue, QObject* parent)
    : QAbstractItemModel(parent), workspace_(workspace), queue_(queue) {
  refresh_timer_.setSingleShot(true);
  refresh_timer_.setInterval(100);
  connect(&refresh_timer_, &QTimer::timeout, this, &RunsModel::refresh);
  poll_timer_.setInterval(3000);
  connect(&poll_timer_, &QTimer::timeout, this, &RunsModel::scheduleRefresh);
  poll_timer_.start();
  progress_timer_.setInterval(250);
  connect(&progress_timer_, &QTimer::timeout, this, [this] {
    if (!progress_dirty_ || rows_.isEmpty()) return;
    progress_dirty_ = false;
    emit dataChanged(index(0, Status), index(rows_.size() - 1, Eta));
    emit progressChanged();
  });
  progress_timer_.start();
  connect(workspace_, &Workspace::opened, this, &RunsModel::refresh);
  connect(queue_, &RunQueue::queueChanged, this, &RunsModel::scheduleRefresh);
  connect(queue_, &RunQueue::runCreated, this, &RunsModel::scheduleRefresh);
  connect(queue_, &RunQueue::cellChanged, this, &RunsModel::scheduleRefresh);
  connect(queue_, &RunQueue::progress, this, [this] { progress_dirty_ = true; });
  refresh();
}

void RunsModel::scheduleRefresh() {
  if (!refresh_timer_.isActive()) refresh_timer_.start();
}

void RunsModel::refresh() {
  if (reading_) {  // one read at a time; another follows when this one is shown
    again_ = true;
    return;
  }
  if (!workspace_->store()) {
    apply({});
    return;
  }
  reading_ = true;
  // The runs, sweeps' cell counts and cells are read on the reader thread.
  workspace_->reader()->read<QVector<Row>>(
      this,
      [](const RunStore& store) {
        QVector<Row> rows;
        for (RunRecord& rec : store.listRuns()) {
          Row r;
          if (rec.isSweep()) {
            r.cells_total = sweepCellCount(rec.config_json);
            for (const CellRecord& c : store.cells(rec.id))
              if (c.status == "ok") ++r.cells_done;
          }
          std::vector<StageTimes> cell_stages;
          if (rec.hasCells()) {
            for (RunRecord& cell : store.childRuns(rec.id)) {
              Row child;
              if (cell.status == "ok") child.stages = stageTimesOf(store, cell.id);
              cell_stages.push_back(child.stages);
              child.run = std::move(cell);
              r.children.push_back(std::move(child));
            }
          }
          r.stages = rec.hasCells()
                         ? totalStageTimes(cell_stages)
                         : (rec.status == "ok" ? stageTimesOf(store, rec.id) : StageTimes{});
          r.run = std::move(rec);
          rows.push_back(std::move(r));
        }
        return rows;
      },
      [this](QVector<Row> rows) {
        reading_ = false;
        apply(std::move(rows));
        if (std::exchange(again_, false)) refresh();
      },
      [this] {
        // A busy or half-written database: keep showing the last good list, retry at the next
        // poll.
        reading_ = false;
        if (std::exchange(again_, false)) refresh();
      });
}

void RunsModel::apply(QVector<Row> stored) {
  QVector<Row> rows;
  for (const Job& j : queue_->pending()) {
    Row r;
    r.queue_id = j.queue_id;
    r.run.kind = j.kind == Job::Kind::Sweep ? run_kind::kSweep
                 : j.kind == Job::Kind::Run ? run_kind::kRun
                                            : "resume";
    r.run.name = j.label.toStdString();
    r.run.status = "queued";
    r.run.device = j.device.toStdString();
    rows.push_back(r);
  }
  for (Row& r : stored)
    rows.push_back(std::move(r));
  // Same rows in the same order: update values in place, so selections, expanded sweeps and
  // scroll positions stay.
  const auto same = [](const QVector<Row>& a, const QVector<Row>& b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i)
      if (a[i].run.id != b[i].run.id || a[i].queue_id != b[i].queue_id) return false;
    return true;
  };
  bool same_rows = same(rows, rows_);
  for (int i = 0; same_rows && i < rows.size(); ++i)
    same_rows = same(rows[i].children, rows_[i].children);
  if (same_rows) {
    rows_ = std::move(rows);
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rows_.size() - 1, Count - 1));
    for (int i = 0; i < rows_.size(); ++i) {
      const int n = rows_[i].children.size();
      if (n == 0) continue;
      const QModelIndex parent = index(i, 0);
      emit dataChanged(index(0, 0, parent), index(n - 1, Count - 1, parent));
    }
  } else {
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
  }
  emit refreshed();
}

void RunsModel::retranslate() {
  emit headerDataChanged(Qt::Horizontal, 0, Count - 1);
  if (rows_.isEmpty()) return;
  emit dataChanged(index(0, 0), index(rows_.size() - 1, Count - 1));
  for (int i = 0; i < rows_.size(); ++i) {
    const int n = rows_[i].children.size();
    if (n > 0) emit dataChanged(index(0, 0, index(i, 0)), index(n - 1, Count - 1, index(i, 0)));
  }
  emit progressChanged();
}

// Top-level rows have internal id 0; a cell's internal id is its parent's row + 1.
QModelIndex RunsModel::index(int row, int column, const QModelIndex& parent) const {
  if (column < 0 || column >= Count || row < 0) return {};
  if (!parent.isValid())
    return row < rows_.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
  if (parent.internalId() != 0 || parent.row() >= rows_.size()) return {};
  if (row >= rows_[parent.row()].children.size()) return {};
  return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RunsModel::parent(const QModelIndex& child) const {
  if (!child.isValid() || child.internalId() == 0) return {};
  return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

const RunsModel::Row* RunsModel::rowAt(const QModelIndex& index) const {
  if (!index.isValid()) return nullptr;
  if (index.internalId() == 0) return index.row() < rows_.size() ? &rows_[index.row()] : nullptr;
  const int parent = static_cast<int>(index.internalId() - 1);
  if (parent >= rows_.size() || index.row() >= rows_[parent].children.size()) return nullptr;
  return &rows_[parent].children[index.row()];
}

QModelIndex RunsModel::indexOfRun(qint64 run_id, int column) const {
  if (run_id == 0) return {};
  for (int i = 0; i < rows_.size(); ++i) {
    if (rows_[i].run.id == run_id) return index(i, column);
    for (int c = 0; c < rows_[i].children.size(); ++c)
      if (rows_[i].children[c].run.id == run_id) return index(c, column, index(i, 0));
  }
  return {};
}

int RunsModel::rowCount(const QModelIndex& parent) const {
  if (!parent.isValid()) return rows_.size();
  if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= rows_.size()) return 0;
  return rows_[parent.row()].children.size();
}

int RunsModel::columnCount(const QModelIndex&) const {
  return Count;
}

QVariant RunsModel::headerData(int section, Qt::Orientation o, int role) const {
  if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case Id:
      return tr("ID");
    case Kind:
      return tr("Kind");
    case Name:
      return tr("Name");
    case Status:
      return tr("Status");
    case Progress:
      return tr("Progress");
    case Eta:
      return tr("ETA");
    case Device:
      return tr("Device");
    case Started:
      return tr("Started");
    case Duration:
      return tr("Duration");
    case TestError:
      return tr("Test error");
  }
  return {};
}

QVariant RunsModel::data(const QModelIndex& index, int role) const {
  const Row* row = rowAt(index);
  if (!row) return {};
  const Row& r = *row;
  switch (role) {
    case Qt::DisplayRole:
      return display(r, index.column());
    case SortRole:
      return sortKey(r, index.column());
    case RunIdRole:
      return static_cast<qlonglong>(r.run.id);
    case QueueIdRole:
      return static_cast<qlonglong>(r.queue_id);
    case StatusRole:
      return QString::fromStdString(r.run.status);
    case KindRole:
      return QString::fromStdString(r.run.kind);
    case Qt::ToolTipRole:
      if (index.column() == Progress || index.column() == Eta) return progressTip(r);
      if (!r.run.error.empty()) return QString::fromStdString(r.run.error);
      return stageTip(r);
    case widgets::ProgressDelegate::ProgressRole: {
      if (index.column() != Progress) return {};
      if (const auto a = queue_->activeFor(r.run.id); a && a->total > 0)
        return static_cast<int>(100 * a->done / a->total);
      if (r.run.status == "ok") return 100;
      return {};
    }
  }
  return {};
}

// Where a finished run's time went, longest stage first (experiment/analysis/stage_times.h).
QString RunsModel::stageTip(const Row& r) const {
  if (r.stages.empty()) return {};
  std::vector<std::pair<std::string, StageTime>> rows(r.stages.begin(), r.stages.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.seconds > b.second.seconds;
  });
  QStringList lines{r.children.isEmpty() ? tr("Time per stage:")
                                         : tr("Time per stage, all cells:")};
  for (const auto& [stage, t] : rows) {
    QString line = tr("%1: %2 s").arg(QString::fromStdString(stage)).arg(t.seconds, 0, 'f', 1);
    if (t.tokensPerSecond() > 0) line += tr(" (%1 tokens/s)").arg(t.tokensPerSecond(), 0, 'f', 0);
    lines << line;
  }
  return lines.join(QStringLiteral("\n"));
}

// The whole progress text, which the column elides at narrow widths: stage, k/N, ETA, cells.
QString RunsModel::progressTip(const Row& r) const {
  QStringList parts;
  if (const auto a = queue_->activeFor(r.run.id); a && a->total > 0) {
    parts << tr("stage %1: %2/%3").arg(a->stage).arg(a->done).arg(a->total);
    parts << tr("ETA %1").arg(clock(a->eta_s));
  }
  if (r.cells_total > 0) parts << tr("cells %1/%2 finished").arg(r.cells_done).arg(r.cells_total);
  if (parts.isEmpty() && !r.run.error.empty()) return QString::fromStdString(r.run.error);
  return parts.join(QStringLiteral("\n"));
}

QString RunsModel::activeSummary() const {
  QStringList parts;
  for (const RunQueue::Active& a : queue_->active()) {
    if (a.run_id == 0 || a.total <= 0) continue;
    parts << tr("#%1 %2 %3/%4, ETA %5")
                 .arg(a.run_id)
                 .arg(a.stage)
                 .arg(a.done)
                 .arg(a.total)
                 .arg(clock(a.eta_s));
  }
  return parts.join(QStringLiteral(" · "));
}

QVariant RunsModel::display(const Row& r, int column) const {
  const auto active = queue_->activeFor(r.run.id);
  switch (column) {
    case Id:
      return r.run.id ? QVariant(static_cast<qlonglong>(r.run.id))
                      : QVariant(tr("#%1").arg(r.queue_id));
    case Kind:
      return QString::fromStdString(r.run.kind);
    case Name:
      return QString::fromStdString(r.run.name);
    case Status:
      return QString::fromStdString(r.run.status);
    case Progress: {
      QString text;
      if (r.cells_total > 0) text = tr("cells %1/%2").arg(r.cells_done).arg(r.cells_total);
      if (active && active->total > 0) {
        const QString stage =
            tr("%1 %2/%3").arg(active->stage).arg(active->done).arg(active->total);
        text = text.isEmpty() ? stage : text + QStringLiteral(" · ") + stage;
      }
      return text;
    }
    case Eta:
      return active ? clock(active->eta_s) : QString();
    case Device:
      return QString::fromStdString(r.run.device);
    case Started:
      if (r.run.started_at <= 0) return QString();
      return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(r.run.started_at))
          .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Duration: {
      if (r.run.started_at <= 0) return QString();
      const double end = r.run.ended_at > 0 ? r.run.ended_at : QDateTime::currentSecsSinceEpoch();
      return clock(end - r.run.started_at);
    }
    case TestError: {
      const QJsonObject res =
          QJsonDocument::fromJson(QByteArray::fromStdString(r.run.result_json)).object();
      if (!res.contains(QLatin1String("test_error"))) return QString();
      return QString::number(res["test_error"].toDouble(), 'f', 3);
    }
  }
  return {};
}

QVariant RunsModel::sortKey(const Row& r, int column) const {
  switch (column) {
    case Id:
      return static_cast<qlonglong>(r.run.id ? r.run.id : -r.queue_id);
    case Started:
      return r.run.started_at;
    case Duration:
      return r.run.ended_at > 0 ? r.run.ended_at - r.run.started_at : 0.0;
    default:
      return display(r, column);
  }
}

}  // namespace ef::gui
