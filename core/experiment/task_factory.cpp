#include "experiment/task_factory.h"

#include <stdexcept>

namespace ef {

std::unique_ptr<Task> makeTask(const TaskConfig& cfg) {
  try {
    if (cfg.kind == "arith") return std::make_unique<ArithTask>(cfg.arith);
    if (cfg.kind == "stargraph") return std::make_unique<StarGraphTask>(cfg.stargraph);
    if (cfg.kind == "jsonl") return std::make_unique<JsonlTask>(cfg.jsonl);
  } catch (const JsonlError& e) {
    throw ConfigError("task.jsonl", e.what());
  } catch (const std::invalid_argument& e) {
    throw ConfigError("task." + cfg.kind, e.what());
  }
  throw ConfigError("task.kind", "unknown task kind \"" + cfg.kind + "\"");
}

}  // namespace ef
