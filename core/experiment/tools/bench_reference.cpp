// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/tools/bench_reference.h"

#include <unistd.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>
#include <vector>

#include "util/subprocess.h"

namespace ef {
namespace {

std::string lastLine(const std::string& text) {
  std::string t = text;
  while (!t.empty() && (t.back() == '\n' || t.back() == '\r'))
    t.pop_back();
  const auto nl = t.find_last_of('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace

std::string defaultReferencePython() {
  return ::access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";
}

EagerReference runEagerReference(const BenchOptions& o, int threads, const std::string& python) {
  std::vector<std::string> argv{python, "-c", eagerReferenceScript()};
  for (const auto& [flag, value] : {std::pair<const char*, int>{"--layers", o.layers},
                                    {"--d-model", o.d_model},
                                    {"--heads", o.heads},
                                    {"--context", o.context},
                                    {"--batch", o.batch},
                                    {"--vocab", o.vocab},
                                    {"--prompt", o.prompt},
                                    {"--new-tokens", o.new_tokens},
                                    {"--steps", o.steps},
                                    {"--threads", threads}}) {
    argv.push_back(flag);
    argv.push_back(std::to_string(value));
  }
  const ProcessResult r = runProcess(argv, 3600.0);  // large shapes take minutes, not hours
  const std::string who = "bench --reference: " + python;
  if (!r.started) throw std::runtime_error(who + ": " + r.start_error);
  if (r.timed_out) throw std::runtime_error(who + " did not finish within an hour and was stopped");
  if (r.exit_code != 0) {
    if (r.err.find("No module named 'torch'") != std::string::npos)
      throw std::runtime_error(who +
                               " has no torch module (apt-get install python3-torch, or "
                               "name an interpreter that has one with --python)");
    throw std::runtime_error(who + " exited with " + std::to_string(r.exit_code) + ": " +
                             lastLine(r.err));
  }
  const auto j = nlohmann::json::parse(lastLine(r.out), nullptr, false);
  EagerReference e;
  e.python = python;
  try {
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error("not a JSON object");
    e.torch_version = j.at("torch").get<std::string>();
    e.threads = j.at("threads").get<int>();
    e.matmul_fp32_gflops = j.at("matmul_fp32_gflops").get<double>();
    e.train_fp32_tokens_per_s = j.at("train_fp32_tokens_per_s").get<double>();
    e.sample_cached_tokens_per_s = j.at("sample_cached_tokens_per_s").get<double>();
  } catch (const std::exception& err) {
    throw std::runtime_error(who + " printed '" + lastLine(r.out) + "': " + err.what());
  }
  return e;
}

}  // namespace ef
