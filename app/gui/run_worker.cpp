// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_worker.h"

#include <QStringList>

#include <stdexcept>

#include "experiment/pipeline/run_pipeline.h"
#include "experiment/pipeline/sweep.h"
#include "model/device.h"
#include "store/run_store.h"

namespace ef::gui {
namespace {

class SignalObserver : public RunObserver {
 public:
  explicit SignalObserver(RunWorker* w) : w_(w) {}
  void onRunCreated(std::int64_t id) override {
    markStarted(id);
    emit w_->runCreated(id);
  }
  // The first run a job creates (or resumes) is the one the queue tracks.
  void markStarted(std::int64_t id) {
    if (top_) return;
    top_ = id;
    emit w_->jobStarted(id);
  }
  void onMetric(const MetricPoint& p) override {
    emit w_->metric(p.run_id, QString::fromStdString(p.stage), p.step,
                    QString::fromStdString(p.name), p.value);
  }
  void onProgress(const Progress& p) override {
    emit w_->progress(QString::fromStdString(p.stage), p.done, p.total, p.eta_s);
  }
  void onLog(LogLevel level, const std::string& line) override {
    emit w_->logLine(static_cast<int>(level), QString::fromStdString(line));
  }
  void onCell(const std::string& method, int size, std::uint64_t seed, const std::string& status,
              const std::string&) override {
    emit w_->cellChanged(QString::fromStdString(method), size, seed,
                         QString::fromStdString(status));
  }

 private:
  RunWorker* w_;
  std::int64_t top_ = 0;
};

}  // namespace

void RunWorker::execute(const Job& job, const QString& db_path) {
  try {
    RunStore store(db_path.toStdString(), RunStore::Mode::ReadWrite);
    SignalObserver obs(this);
    if ((job.kind == Job::Kind::Run || job.kind == Job::Kind::Sweep) && !job.config)
      throw std::invalid_argument("a run or sweep job without a config");
    if (job.kind == Job::Kind::Run) {
      const RunSummary s = executeRun(*job.config, store, obs, cancel_);
      emit finished(QString::fromStdString(s.status), QString::fromStdString(s.error),
                    QString::fromStdString(s.toJson()));
    } else if (job.kind == Job::Kind::Sweep) {
      const SweepOutcome s = executeSweep(*job.config, store, obs, cancel_);
      emit finished(QString::fromStdString(s.status), QString(), QString::fromStdString(s.json));
    } else {
      const auto rec = store.run(job.resume_id);
      if (!rec) throw StoreError("no run or sweep with id " + std::to_string(job.resume_id));
      obs.markStarted(job.resume_id);
      if (rec->isSweep()) {
        const SweepOutcome s = resumeSweep(job.resume_id, store, obs, cancel_);
        emit finished(QString::fromStdString(s.status), QString(), QString::fromStdString(s.json));
      } else {
        const RunSummary s = resumeRun(job.resume_id, store, obs, cancel_);
        emit finished(QString::fromStdString(s.status), QString::fromStdString(s.error),
                      QString::fromStdString(s.toJson()));
      }
    }
  } catch (const std::exception& e) {
    emit finished(QStringLiteral("failed"), QString::fromStdString(e.what()), QString());
  }
}

void RunWorker::probeDevices() {
  QStringList devices{QStringLiteral("cpu")};
  if (cudaAvailable()) devices << QStringLiteral("cuda");
  emit devicesProbed(devices, QString::fromStdString(torchVersion()));
}

}  // namespace ef::gui
