// SPDX-License-Identifier: GPL-3.0-or-later
// `compact` (experiment/tools/checkpoint_compaction.h) on a workspace with a finished run, a
// sweep's finished cell and a failed run (declared in model_checks.h).
#include <torch/torch.h>

#include <filesystem>

#include "core/model_checks.h"
#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/tools/checkpoint_compaction.h"
#include "model/checkpoint_impl.h"
#include "store/run_store.h"
#include "util/sha256.h"

namespace ef::checks {
namespace {

std::int64_t finishedRun(RunStore& store, const char* kind, const std::string& status,
                         std::int64_t parent = 0) {
  const auto id = store.createRun(kind, "r", "{}", "{}", parent);
  store.startRun(id, "cpu");
  store.finishRun(id, status, "", "{}");
  return id;
}

at::Tensor generatorState() {
  auto gen = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(gen.mutex());
  return gen.get_state();
}

bool sameParameters(Gpt& a, Gpt& b) {
  const auto pa = a->parameters(), pb = b->parameters();
  for (std::size_t i = 0; i < pa.size(); ++i)
    if (!torch::equal(pa[i], pb[i])) return false;
  return pa.size() == pb.size();
}

}  // namespace

CompactionCheck compaction(const std::string& dir) {
  CompactionCheck out;
  RunStore store(dir + "/w.sqlite", RunStore::Mode::ReadWrite);
  const GptConfig g = smallConfig();
  torch::manual_seed(5);
  Gpt m(g);
  torch::optim::AdamW opt(m->parameters(), torch::optim::AdamWOptions(1e-3));
  m->forward(torch::randint(0, g.vocab, {2, 6}, torch::kLong)).sum().backward();
  opt.step();  // AdamW now holds two moments per parameter
  CheckpointInfo info;
  info.stage = "sft";
  info.step = 1;
  info.model = g;
  info.precision = "fp32";
  const auto run = finishedRun(store, run_kind::kRun, "ok");
  const auto sweep = finishedRun(store, run_kind::kSweep, "ok");
  const auto cell = finishedRun(store, run_kind::kCell, "ok", sweep);
  const auto failed = finishedRun(store, run_kind::kRun, "failed");
  const std::string path = dir + "/run/sft.pt", failed_path = dir + "/failed/sft.pt";
  torch::manual_seed(77);  // the RNG state the checkpoints save
  saveRecordedCheckpoint(store, run, "sft", path, m, &opt, info);
  saveRecordedCheckpoint(store, cell, "sft", dir + "/cell/sft.pt", m, &opt, info);
  saveRecordedCheckpoint(store, failed, "sft", failed_path, m, &opt, info);
  const std::string old_sha = store.checkpoint(run, "sft")->sha256;
  const std::string failed_sha = sha256OfFile(failed_path);
  out.had_optimizer = readCheckpointInfo(path).has_optimizer;
  // A cached step history under the checkpoint.
  SampleRecord s;
  s.run_id = run;
  s.stage = "sample";
  s.mode = "sample";
  const auto sample = store.addSamples({s}).front();
  store.putStepHistory({sample, old_sha, 2, 9, {2, 1, 0}});
  Gpt before(g);
  loadCheckpoint(path, before, nullptr);
  const at::Tensor rng_before = generatorState();
  out.bytes_before = std::filesystem::file_size(path);

  const CompactionReport r = compactCheckpoints(store);
  out.rewritten = static_cast<int>(r.rewritten.size());
  out.unfinished = r.unfinished;
  out.bytes_after = std::filesystem::file_size(path);
  out.hash_matches = store.checkpoint(run, "sft")->sha256 == sha256OfFile(path);
  out.optimizer_gone = !readCheckpointInfo(path).has_optimizer;
  out.history_follows = store.stepHistory(sample, sha256OfFile(path), 2, 9, 3).has_value() &&
                        !store.stepHistory(sample, old_sha, 2, 9, 3).has_value();
  out.failed_untouched =
      sha256OfFile(failed_path) == failed_sha && readCheckpointInfo(failed_path).has_optimizer;
  torch::rand({3});  // moves the generator on
  Gpt after(g);
  loadRecordedCheckpoint(store, run, "sft", path, after, nullptr);  // the recorded hash holds
  out.weights_equal = sameParameters(before, after);
  out.rng_kept = torch::equal(generatorState(), rng_before);
  const CompactionReport again = compactCheckpoints(store);
  out.second_rewritten = static_cast<int>(again.rewritten.size());
  out.second_already = again.already_compact;
  out.only_failed = compactCheckpoints(store, failed).unfinished;
  return out;
}

}  // namespace ef::checks
