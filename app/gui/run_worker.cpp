#include "run_worker.h"

#include "experiment/run_pipeline.h"
#include "store/run_store.h"

namespace ef::gui {
namespace {

class SignalObserver : public RunObserver {
 public:
  explicit SignalObserver(RunWorker* w) : w_(w) {}
  void onRunCreated(std::int64_t id) override { emit w_->runCreated(id); }
  void onStage(const std::string& s) override { emit w_->stageChanged(QString::fromStdString(s)); }
  void onMetric(const MetricPoint& p) override {
    emit w_->metric(QString::fromStdString(p.stage), p.step, QString::fromStdString(p.name),
                    p.value);
  }
  void onProgress(const Progress& p) override {
    emit w_->progress(QString::fromStdString(p.stage), p.done, p.total, p.eta_s);
  }
  void onLog(LogLevel level, const std::string& line) override {
    emit w_->logLine(static_cast<int>(level), QString::fromStdString(line));
  }

 private:
  RunWorker* w_;
};

}  // namespace

void RunWorker::execute(const QString& config_json, const QString& db_path) {
  try {
    const RunConfig cfg = parseRunConfig(config_json.toStdString());
    RunStore store(db_path.toStdString(), RunStore::Mode::ReadWrite);
    SignalObserver obs(this);
    const RunSummary s = executeRun(cfg, store, obs, cancel_);
    emit finished(QString::fromStdString(s.status), QString::fromStdString(s.error),
                  QString::fromStdString(s.toJson()));
  } catch (const std::exception& e) {
    emit finished(QStringLiteral("failed"), QString::fromStdString(e.what()), QString());
  }
}

}  // namespace ef::gui
