// SPDX-License-Identifier: GPL-3.0-or-later
// The preference pairs of a cell (docs/method.md, "Pairs"): shared by the DPO and RPO methods, the
// matched SFT controls and iterated per-step DPO.
#include "experiment/methods/train/cell_pairs.h"

#include "experiment/config/run_config.h"
#include "util/log.h"
#include "util/random.h"

namespace ef {

std::vector<PreferencePair> cellPairs(const CellContext& c, const SelfSamples& samples,
                                      const Credit* credit, PairKind kind,
                                      nlohmann::ordered_json& extra) {
  const auto size = static_cast<std::uint64_t>(c.size);
  const PairBuilder builder(c.data.task->stepSeparator(), deriveSeed(c.seed, "pairs", size));
  const std::vector<NegativeSample> uncredited;
  const auto& credited = credit ? credit->negatives : uncredited;
  PairStats ps;
  auto pairs = builder.build(
      kind, pairInputs(c.train, samples, credited, c.cfg.section<PairsConfig>()), &ps);
  extra["pairs"] = ps.pairs;
  extra["negatives"] = ps.negatives;
  extra["skipped_without_pit"] = ps.skipped_without_pit;
  extra["teacher_as_positive"] = ps.without_positive;
  if (kind == PairKind::StepAlternative) extra["without_alternative"] = ps.without_alternative;
  if (credit) {
    extra["rollouts_per_negative"] = credit->stats.rollouts_per_negative;
    extra["mean_pit_step"] = credit->stats.mean_pit_step;
    if (credit->stats.on_shortcut_problems > 0) {
      extra["negatives_on_shortcut_problems"] = credit->stats.on_shortcut_problems;
      extra["shortcut_pits"] = credit->stats.shortcut_pits;
    }
    if (credit->stats.labelled_spurious > 0)
      extra["spurious_step_advantage"] = credit->stats.spurious_advantage;
    if (credit->stats.labelled_other > 0)
      extra["other_step_advantage"] = credit->stats.other_advantage;
  }
  c.rec.log(LogLevel::Info, c.method.name + " n=" + std::to_string(c.size) + ": " +
                                std::to_string(ps.pairs) + " pairs (" +
                                std::to_string(ps.skipped_without_pit) +
                                " negatives without a pit skipped)");
  return pairs;
}

}  // namespace ef
