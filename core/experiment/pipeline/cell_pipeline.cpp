// SPDX-License-Identifier: GPL-3.0-or-later
#include "experiment/pipeline/cell_pipeline.h"

#include <torch/torch.h>

#include <algorithm>

#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/pipeline/method_trainer.h"
#include "model/model_folder_impl.h"
#include "util/random.h"

namespace ef {
namespace {

bool anyNeeds(const std::vector<const Method*>& methods, bool Method::*need) {
  return std::any_of(methods.begin(), methods.end(), [need](const Method* m) { return m->*need; });
}

}  // namespace

void runCellPipeline(const PipelineInputs& in, const std::vector<const Method*>& methods,
                     CellHost& host) {
  const Method& base = baselineMethod();
  const std::vector<Problem> train(in.data.train.begin(), in.data.train.begin() + in.size);
  const auto fresh = [&in](std::uint64_t init_seed) {
    torch::manual_seed(init_seed);
    Gpt m(in.data.gpt);
    // A model folder's weights (every init seed starts from them; the seed still drives dropout).
    if (in.cfg.model.pretrained()) loadModelWeights(m, in.cfg.model.init);
    m->to(torch::Device(in.device.device));
    m->setPrecision(in.device.precision);
    return m;
  };
  const std::string sft_checkpoint = host.checkpointPath(base, 0);
  const std::vector<RunConfig> own{in.cfg};
  const std::vector<RunConfig>& variants = in.variants.empty() ? own : in.variants;
  Gpt sft = fresh(in.seed);
  SelfSamples samples;
  Credit credit;
  std::int64_t sft_run = 0;
  // One method's cell: its trainer with everything computed so far.
  const auto trainCell = [&](const Method& m, int variant) {
    return host.execute(m, variant, [&](Recorder& rec) {
      // An unfinished cell other than π_sft's starts again from nothing (π_sft resumes from its
      // last checkpoint inside its trainer).
      if (!m.baseline) in.store.clearRun(rec.runId());
      CellContext ctx{m,
                      variants[static_cast<std::size_t>(variant)],
                      in.data,
                      train,
                      in.size,
                      in.seed,
                      rec,
                      in.cancel,
                      host.checkpointPath(m, variant),
                      sft,
                      m.baseline ? rec.runId() : sft_run,
                      sft_checkpoint,
                      m.needs_samples || m.needs_credit ? &samples : nullptr,
                      m.needs_credit ? &credit : nullptr,
                      fresh};
      CellOutcome out;
      trainerOf(m)(ctx, out);
      return out;
    });
  };

  if (host.finished(base, 0)) {
    sft_run = host.cellRun(base, 0);
    loadRecordedCheckpoint(in.store, sft_run, base.name, sft_checkpoint, sft, nullptr);
  } else {
    trainCell(base, 0);
    sft_run = host.cellRun(base, 0);
    if (!host.finished(base, 0)) return;  // its failure is recorded; nothing can start from it
  }

  std::vector<const Method*> todo;
  std::vector<std::pair<const Method*, int>> cells;
  for (const Method* m : methods) {
    if (m->baseline) continue;
    bool any = false;
    for (int v = 0; v < static_cast<int>(variants.size()); ++v) {
      if (host.finished(*m, v)) continue;
      cells.emplace_back(m, v);
      any = true;
    }
    if (any) todo.push_back(m);
  }
  if (todo.empty()) return;
  // Self-samples and credit are stored under π_sft's run and recomputed when a sweep resumes
  // (they are a deterministic function of the checkpoint and the seed).
  Recorder sft_rec(in.store, in.observer, sft_run);
  const auto size = static_cast<std::uint64_t>(in.size);
  if (anyNeeds(todo, &Method::needs_samples) || anyNeeds(todo, &Method::needs_credit)) {
    in.store.clearStage(sft_run, "sample", "");
    in.store.deleteMetricsAfter(sft_run, "sample", -1);  // its summary is recorded again below
    in.observer.onStage("sample");
    samples = sampleSelf(sft, in.data, train, in.cfg.sample, sft_rec, in.cancel,
                         deriveSeed(in.seed, "sample", size));
  }
  if (anyNeeds(todo, &Method::needs_credit)) {
    in.store.deleteMetricsAfter(sft_run, "advantages", -1);
    in.observer.onStage("advantages");
    AdvantageConfig advantages = in.cfg.advantages;
    advantages.analyze_positives =
        advantages.analyze_positives || anyNeeds(todo, &Method::needs_positive_credit);
    credit = assignCredit(sft, in.data, train, samples, advantages, sft_rec, in.cancel,
                          deriveSeed(in.seed, "credit", size));
  }
  sft_rec.flush();
  for (const auto& [m, v] : cells) {
    if (in.cancel.cancelled()) throw Cancelled{};
    trainCell(*m, v);
  }
}

}  // namespace ef
