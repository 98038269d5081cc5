#include "runs_model.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "experiment/work_estimate.h"
#include "progress_delegate.h"
#include "run_queue.h"
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
    : QAbstractTableModel(parent), workspace_(workspace), queue_(queue) {
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
  QVector<Row> rows;
  for (const Job& j : queue_->pending()) {
    Row r;
    r.queue_id = j.queue_id;
    r.run.kind = j.kind == Job::Kind::Sweep ? "sweep" : j.kind == Job::Kind::Run ? "run" : "resume";
    r.run.name = j.label.toStdString();
    r.run.status = "queued";
    r.run.device = j.device.toStdString();
    rows.push_back(r);
  }
  if (const RunStore* store = workspace_->store()) {
    try {
      for (RunRecord& rec : store->listRuns()) {
        Row r;
        if (rec.kind == "sweep") {
          r.cells_total = sweepCellCount(rec.config_json);
          for (const CellRecord& c : store->cells(rec.id))
            if (c.status == "ok") ++r.cells_done;
        }
        r.run = std::move(rec);
        rows.push_back(std::move(r));
      }
    } catch (const std::exception&) {
      // A busy or half-written database: keep showing the last good list, retry at the next poll.
      return;
    }
  }
  // Same rows in the same order: update values in place, so selections and scroll positions stay.
  bool same_rows = rows.size() == rows_.size();
  for (int i = 0; same_rows && i < rows.size(); ++i)
    same_rows = rows[i].run.id == rows_[i].run.id && rows[i].queue_id == rows_[i].queue_id;
  if (same_rows) {
    rows_ = std::move(rows);
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rows_.size() - 1, Count - 1));
    return;
  }
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

const RunRecord* RunsModel::record(int row) const {
  if (row < 0 || row >= rows_.size() || rows_[row].run.id == 0) return nullptr;
  return &rows_[row].run;
}

int RunsModel::rowOfRun(qint64 run_id) const {
  for (int i = 0; i < rows_.size(); ++i)
    if (rows_[i].run.id == run_id) return i;
  return -1;
}

int RunsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : rows_.size();
}

int RunsModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : Count;
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
  if (!index.isValid() || index.row() >= rows_.size()) return {};
  const Row& r = rows_[index.row()];
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
      if (!r.run.error.empty()) return QString::fromStdString(r.run.error);
      return {};
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
