// SPDX-License-Identifier: GPL-3.0-or-later
// The controls' trainers (the methods and their settings: methods/sft_controls.cpp).
#include <algorithm>
#include <stdexcept>

#include "experiment/pipeline/checkpoint_records.h"
#include "experiment/methods/controls_config.h"
#include "experiment/methods/train/cell_pairs.h"
#include "experiment/pipeline/model_selection.h"
#include "experiment/config/run_config.h"
#include "util/random.h"

namespace ef {
namespace {

PairKind matchedKind(const std::string& name) {
  if (name == "dpo") return PairKind::Random;
  if (name == "edit_dpo") return PairKind::EditDistance;
  if (name == "step_dpo_prefix") return PairKind::StepPrefix;
  if (name == "step_dpo_alt") return PairKind::StepAlternative;
  return PairKind::StepFull;
}

// The matched method's pairs that it trains on: those that fit the context (trainPreferences).
std::size_t trainedPairs(const CellContext& c) {
  nlohmann::ordered_json scratch;
  const auto pairs = cellPairs(c, *c.samples, c.credit,
                               matchedKind(c.cfg.section<ControlsConfig>().match), scratch);
  std::size_t fit = 0;
  for (const auto& p : pairs) {
    const auto chosen = encodeExample(*c.data.tok, p.prompt, p.chosen, p.chosen_complete);
    const auto rejected = encodeExample(*c.data.tok, p.prompt, p.rejected, p.rejected_complete);
    const auto context = static_cast<std::size_t>(c.cfg.model.context);
    if (chosen.tokens.size() <= context && rejected.tokens.size() <= context) ++fit;
  }
  return fit;
}

// The optimisation of a control on this cell: the matched method's step count (0 without a
// pair, as the matched method then keeps π_sft).
TrainingConfig controlTraining(const CellContext& c, CellOutcome& out) {
  const std::size_t pairs = trainedPairs(c);
  const DpoConfig& dpo = c.cfg.section<DpoConfig>();
  const ControlsConfig& controls = c.cfg.section<ControlsConfig>();
  const TrainingConfig& pref = dpo.train;
  TrainingConfig t = pref;  // evaluation, selection, clipping and decay of the preference stage
  t.steps = pairs == 0 ? 0 : dpoSteps(dpo, pairs);
  t.epochs = 0;
  t.batch_size =
      2 * std::min<int>(pref.batch_size, static_cast<int>(std::max<std::size_t>(pairs, 1)));
  t.lr = controls.lr;
  t.min_lr = controls.min_lr;
  t.warmup_steps = controls.warmup_steps;
  out.extra["matched_method"] = controls.match;
  out.extra["matched_pairs"] = pairs;
  out.extra["matched_steps"] = t.steps;
  out.extra["batch_size"] = t.batch_size;
  return t;
}

void trainControl(CellContext& c, CellOutcome& out, const std::vector<Example>& examples,
                  const char* init_stream) {
  const TrainingConfig t = controlTraining(c, out);
  const auto size = static_cast<std::uint64_t>(c.size);
  Gpt model = c.startingModel(init_stream, true);
  if (t.steps == 0) {  // the matched method had no pair: π_sft as it is, like that method
    const TrainingEnv env = c.env(deriveSeed(c.seed, "controls", size));
    ModelSelection selection(t, env);
    out.eval = selection.finish(model, 0, true);
    saveRecordedCheckpoint(c.rec.store(), c.rec.runId(), c.method.name, c.checkpoint_path, model,
                           nullptr, checkpointInfo(model, env, 0));
    out.extra["steps"] = 0;
    return;
  }
  out.take(trainSupervised(model, examples, t, c.method.stage,
                           c.env(deriveSeed(c.seed, "controls", size))));
  out.extra["steps"] = out.steps;
}

}  // namespace

void moreSftTrain(CellContext& c, CellOutcome& out) {
  trainControl(c, out, encodeTraining(c.data, c.train, c.cfg.model.context), "more-sft-init");
}

void reweightedSftTrain(CellContext& c, CellOutcome& out) {
  std::vector<Example> ex = encodeTraining(c.data, c.train, c.cfg.model.context);
  std::vector<int> drawn, correct;
  for (const auto& p : c.samples->problems) {
    drawn.push_back(p.drawn);
    correct.push_back(p.correct);
  }
  const std::vector<double> w =
      failureWeights(drawn, correct, c.cfg.section<ControlsConfig>().upweight);
  if (w.size() != ex.size()) throw std::logic_error("reweighted SFT: samples and problems differ");
  double largest = 0;
  for (std::size_t i = 0; i < ex.size(); ++i) {
    const auto solution = ex[i].tokens.size() - static_cast<std::size_t>(ex[i].prompt_len);
    ex[i].weights.assign(solution, static_cast<float>(w[i]));
    largest = std::max(largest, w[i]);
  }
  out.extra["largest_weight"] = largest;
  trainControl(c, out, ex, "reweighted-sft-init");
}

}  // namespace ef
