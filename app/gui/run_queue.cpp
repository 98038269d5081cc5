// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_queue.h"

#include "run_controller.h"
#include "util/device_name.h"

namespace ef::gui {

RunQueue::RunQueue(QObject* parent) : QObject(parent) {}

RunQueue::~RunQueue() {
  pending_.clear();
  cancelAll();  // controllers are children: their destructors wait for the current step
}

bool RunQueue::setDatabase(const QString& db_path) {
  if (isBusy()) return false;
  db_path_ = db_path;
  return true;
}

void RunQueue::setAutoDevice(const QString& device) {
  const auto name = parseDeviceName(device.toStdString());
  auto_device_ = name && name->kind != DeviceName::Kind::Auto
                     ? QString::fromStdString(name->canonical())
                     : QStringLiteral("cpu");
}

QString RunQueue::resolveDevice(const QString& device) const {
  const auto name = parseDeviceName(device.toStdString());
  if (!name || name->kind == DeviceName::Kind::Auto) return auto_device_;
  return QString::fromStdString(name->canonical());
}

qint64 RunQueue::enqueue(Job job) {
  job.queue_id = next_id_++;
  job.device = resolveDevice(job.device);
  pending_.push_back(job);
  emit queueChanged();
  startNext();
  return job.queue_id;
}

bool RunQueue::removeQueued(qint64 queue_id) {
  for (int i = 0; i < pending_.size(); ++i) {
    if (pending_[i].queue_id != queue_id) continue;
    pending_.remove(i);
    emit queueChanged();
    return true;
  }
  return false;
}

bool RunQueue::cancelRun(qint64 run_id) {
  for (auto it = active_.begin(); it != active_.end(); ++it) {
    if (it->run_id != run_id || run_id == 0) continue;
    controllers_.value(it.key())->cancel();
    return true;
  }
  return false;
}

void RunQueue::cancelAll() {
  for (auto* c : std::as_const(controllers_))
    c->cancel();
}

bool RunQueue::isBusy() const {
  return !pending_.isEmpty() || !active_.isEmpty();
}

QVector<RunQueue::Active> RunQueue::active() const {
  QVector<Active> out;
  for (const auto& a : active_)
    out.push_back(a);
  return out;
}

std::optional<RunQueue::Active> RunQueue::activeFor(qint64 run_id) const {
  for (const auto& a : active_)
    if (a.run_id == run_id && run_id != 0) return a;
  return std::nullopt;
}

void RunQueue::probeDevices() {
  auto* c = controllerFor(QStringLiteral("cpu"));
  QMetaObject::invokeMethod(c->worker(), &RunWorker::probeDevices, Qt::QueuedConnection);
}

RunController* RunQueue::controllerFor(const QString& device) {
  if (auto* c = controllers_.value(device)) return c;
  auto* c = new RunController(this);
  controllers_.insert(device, c);
  wire(device, c);
  return c;
}

void RunQueue::wire(const QString& device, RunController* c) {
  RunWorker* w = c->worker();
  connect(w, &RunWorker::jobStarted, this, [this, device](qint64 id) {
    auto it = active_.find(device);
    if (it == active_.end()) return;
    it->run_id = id;
    emit jobStarted(it->job, id);
    emit queueChanged();
  });
  connect(w, &RunWorker::runCreated, this, &RunQueue::runCreated);
  connect(w, &RunWorker::metric, this, &RunQueue::metric);
  connect(w, &RunWorker::logLine, this, &RunQueue::logLine);
  connect(w, &RunWorker::devicesProbed, this, &RunQueue::devicesProbed);
  connect(w, &RunWorker::progress, this,
          [this, device](const QString& stage, qint64 done, qint64 total, double eta) {
            auto it = active_.find(device);
            if (it == active_.end()) return;
            it->stage = stage;
            it->done = done;
            it->total = total;
            it->eta_s = eta;
            emit progress(it->run_id, stage, done, total, eta);
          });
  connect(w, &RunWorker::cellChanged, this,
          [this, device](const QString& m, int size, quint64 seed, const QString& status) {
            const auto it = active_.constFind(device);
            emit cellChanged(it == active_.cend() ? 0 : it->run_id, m, size, seed, status);
          });
  connect(c, &RunController::finished, this,
          [this, device](const QString& status, const QString& message, const QString& summary) {
            const Active a = active_.take(device);
            emit jobFinished(a.job, a.run_id, status, message, summary);
            emit queueChanged();
            startNext();
          });
}

void RunQueue::startNext() {
  for (int i = 0; i < pending_.size();) {
    const Job job = pending_[i];
    if (active_.contains(job.device)) {
      ++i;
      continue;
    }
    pending_.remove(i);
    Active a;
    a.job = job;
    a.run_id = job.kind == Job::Kind::Resume ? job.resume_id : 0;
    active_.insert(job.device, a);
    controllerFor(job.device)->start(job, db_path_);
    emit queueChanged();
  }
}

}  // namespace ef::gui
