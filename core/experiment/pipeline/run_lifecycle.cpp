// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/run_lifecycle.h"

#include <c10/util/Exception.h>

#include "util/blas_tuning.h"

namespace ef {

RunLifecycle::RunLifecycle(RunStore& store, RunObserver& observer, std::int64_t run_id)
    : store_(store), run_id_(run_id), rec_(store, observer, run_id) {}

void RunLifecycle::start(const std::string& device_description) {
  store_.startRun(run_id_, device_description);
  if (device_description.rfind("cpu", 0) == 0) {
    const std::string slow = slowBlasWarning();
    if (!slow.empty()) rec_.log(LogLevel::Warning, slow);
  }
}

RunEnd RunLifecycle::attempt(const std::function<void()>& work) {
  RunEnd end;
  try {
    work();
  } catch (const Cancelled&) {
    end.status = "cancelled";
    end.error = "cancelled by the user";
  } catch (...) {
    end.status = "failed";
    end.error = failureMessage(std::current_exception());
  }
  return end;
}

void RunLifecycle::finish(const RunEnd& end, const std::string& result_json) {
  try {
    rec_.flush();
  } catch (const std::exception& e) {
    rec_.log(LogLevel::Error, std::string("could not store the last metrics: ") + e.what());
  }
  store_.finishRun(run_id_, end.status, end.error, result_json);
}

std::string failureMessage(std::exception_ptr e) {
  std::string what;
  try {
    std::rethrow_exception(e);
  } catch (const c10::Error& err) {
    what = std::string("LibTorch error: ") + err.what();
  } catch (const std::exception& err) {
    what = err.what();
  } catch (...) {
    what = "unknown error";
  }
  return what.substr(0, what.find('\n'));
}

std::int64_t createCellRun(RunStore& store, std::int64_t parent_id, RunConfig cfg,
                           const std::string& name, std::uint64_t seed, int size,
                           const std::string& versions_json) {
  cfg.name = name;
  cfg.seed = seed;
  cfg.task.train_size = size;
  return store.createRun(run_kind::kCell, name, toJson(cfg), versions_json, parent_id);
}

RunConfig resumableConfig(RunStore& store, std::int64_t id, const std::string& kind) {
  const std::string name = kind + " " + std::to_string(id);
  const auto run = store.run(id);
  if (!run) throw StoreError(name + " does not exist in '" + store.path() + "'");
  if (run->kind != kind) {
    throw StoreError("run " + std::to_string(id) + " is a " + run->kind + ", not a " + kind);
  }
  if (run->status == "ok") throw StoreError(name + " already finished; nothing to resume");
  // A reader sees "running" only while the run's lock is held (a dead one reads "interrupted").
  if (run->status == "running")
    throw StoreError(name + " is already running in another process; wait for it or cancel it");
  return parseRunConfig(run->config_json);
}

}  // namespace ef
