// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/dpo_trainer.h"

#include <torch/torch.h>

#include <cmath>
#include <numeric>

#include "train/batching.h"
#include "train/lr_schedule.h"
#include "util/random.h"

namespace ef {
namespace {

constexpr std::size_t kRefBatch = 64;

}  // namespace

DpoTrainer::DpoTrainer(Gpt policy, Gpt reference, const DpoConfig& cfg, std::vector<DpoPair> pairs,
                       std::uint64_t seed, double nll_weight)
    : policy_(std::move(policy)),
      cfg_(cfg),
      pairs_(std::move(pairs)),
      seed_(seed),
      nll_weight_(nll_weight) {
  if (pairs_.empty()) throw std::invalid_argument("DPO needs at least one preference pair");
  std::vector<double> lengths;
  for (const auto& p : pairs_) {
    const auto n = static_cast<double>(p.chosen.tokens.size()) - p.chosen.prompt_len;
    lengths.push_back(std::max(1.0, n));
  }
  chosen_tokens_ = torch::tensor(lengths, torch::kDouble).to(torch::kFloat32);
  {
    torch::NoGradGuard ng;
    const bool was_training = reference->is_training();
    reference->eval();
    std::vector<torch::Tensor> rc, rr;
    for (std::size_t b = 0; b < pairs_.size(); b += kRefBatch) {
      std::vector<std::size_t> idx(std::min(kRefBatch, pairs_.size() - b));
      std::iota(idx.begin(), idx.end(), b);
      auto [c, r] = logProbs(reference, idx);
      rc.push_back(c);
      rr.push_back(r);
    }
    ref_chosen_ = torch::cat(rc);
    ref_rejected_ = torch::cat(rr);
    reference->train(was_training);
  }
  opt_ = makeAdamW(policy_, cfg.train);
}

std::pair<torch::Tensor, torch::Tensor> DpoTrainer::logProbs(Gpt& model,
                                                             const std::vector<std::size_t>& idx) {
  // Chosen and rejected completions of the batch in one forward: rows [0, n) and [n, 2n).
  std::vector<Example> seqs;
  seqs.reserve(2 * idx.size());
  for (auto i : idx)
    seqs.push_back(pairs_[i].chosen);
  for (auto i : idx)
    seqs.push_back(pairs_[i].rejected);
  std::vector<std::size_t> all(seqs.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  const Batch b = makeBatch(seqs, all, model->device());
  const auto mask = b.target.ne(-100);
  const auto lp = sequenceLogProbs(model->forward(b.input), b.target, mask);
  const auto n = static_cast<std::int64_t>(idx.size());
  return {lp.narrow(0, 0, n), lp.narrow(0, n, n)};
}

std::vector<std::size_t> DpoTrainer::batchIndices(std::int64_t step) const {
  const auto n = static_cast<std::int64_t>(pairs_.size());
  const auto bs =
      static_cast<std::int64_t>(std::min<std::size_t>(cfg_.train.batch_size, pairs_.size()));
  std::vector<std::size_t> out;
  std::int64_t cached_epoch = -1;
  std::vector<std::size_t> order;
  for (std::int64_t k = step * bs; k < (step + 1) * bs; ++k) {
    const std::int64_t epoch = k / n;
    if (epoch != cached_epoch) {
      order = shuffledIndices(pairs_.size(),
                              deriveSeed(seed_, "dpo-epoch", static_cast<std::uint64_t>(epoch)));
      cached_epoch = epoch;
    }
    out.push_back(order[static_cast<std::size_t>(k % n)]);
  }
  return out;
}

DpoTrainer::Terms DpoTrainer::terms(const std::vector<std::size_t>& idx) {
  auto sel = torch::tensor(std::vector<std::int64_t>(idx.begin(), idx.end()), torch::kLong);
  auto [pc, pr] = logProbs(policy_, idx);
  const auto dev = pc.device();
  Terms t;
  t.chosen_reward = cfg_.beta * (pc - ref_chosen_.index_select(0, sel).to(dev));
  t.rejected_reward = cfg_.beta * (pr - ref_rejected_.index_select(0, sel).to(dev));
  t.margin = t.chosen_reward - t.rejected_reward;
  t.chosen_nll = -pc / chosen_tokens_.index_select(0, sel).to(dev);
  t.loss = -torch::log_sigmoid(t.margin).mean();
  if (nll_weight_ != 0.0) t.loss = t.loss + nll_weight_ * t.chosen_nll.mean();
  return t;
}

torch::Tensor DpoTrainer::loss(const std::vector<std::size_t>& idx) {
  return terms(idx).loss;
}

DpoStepStats DpoTrainer::step() {
  policy_->train();
  DpoStepStats st;
  st.step = steps_done_ + 1;
  const auto& t = cfg_.train;
  st.lr = learningRateAt(steps_done_, t.steps, t.warmup_steps, t.lr, t.min_lr);
  for (auto& group : opt_->param_groups()) {
    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(st.lr);
  }
  const auto idx = batchIndices(steps_done_);
  for (const auto i : idx)
    st.tokens += static_cast<std::int64_t>(pairs_[i].chosen.tokens.size() +
                                           pairs_[i].rejected.tokens.size());
  policy_->clearGradients();
  // One forward/backward per micro-batch: the loss is a mean over pairs, so each chunk's mean is
  // weighted by its share of the batch and the accumulated gradient is the full batch's.
  st.loss = 0;
  std::vector<torch::Tensor> chosen, rejected, margins, nlls;
  for (const auto& rows : microBatches(idx, t.micro_batch_size)) {
    const Terms tm = terms(rows);
    const auto loss =
        tm.loss * (static_cast<double>(rows.size()) / static_cast<double>(idx.size()));
    st.loss += loss.item<double>();
    if (!std::isfinite(st.loss)) {
      throw TrainingDiverged("non-finite DPO loss (" + std::to_string(st.loss) + ") at step " +
                             std::to_string(st.step));
    }
    loss.backward();
    chosen.push_back(tm.chosen_reward.detach());
    rejected.push_back(tm.rejected_reward.detach());
    margins.push_back(tm.margin.detach());
    nlls.push_back(tm.chosen_nll.detach());
  }
  st.grad_norm = torch::nn::utils::clip_grad_norm_(policy_->parameters(),
                                                   t.grad_clip > 0 ? t.grad_clip : 1e30);
  opt_->step();
  {
    torch::NoGradGuard ng;
    const auto margin = torch::cat(margins);
    st.chosen_reward = torch::cat(chosen).mean().item<double>();
    st.rejected_reward = torch::cat(rejected).mean().item<double>();
    st.margin = margin.mean().item<double>();
    st.accuracy = margin.gt(0).to(torch::kFloat32).mean().item<double>();
    st.chosen_nll = torch::cat(nlls).mean().item<double>();
  }
  ++steps_done_;
  return st;
}

std::pair<double, double> DpoTrainer::evaluateAll() {
  torch::NoGradGuard ng;
  const bool was_training = policy_->is_training();
  policy_->eval();
  double loss = 0, margin = 0;
  for (std::size_t b = 0; b < pairs_.size(); b += kRefBatch) {
    std::vector<std::size_t> idx(std::min(kRefBatch, pairs_.size() - b));
    std::iota(idx.begin(), idx.end(), b);
    auto [pc, pr] = logProbs(policy_, idx);
    auto m = cfg_.beta * ((pc - ref_chosen_.narrow(0, b, idx.size()).to(pc.device())) -
                          (pr - ref_rejected_.narrow(0, b, idx.size()).to(pc.device())));
    loss += (-torch::log_sigmoid(m)).sum().item<double>();
    margin += m.sum().item<double>();
  }
  policy_->train(was_training);
  const double n = static_cast<double>(pairs_.size());
  return {loss / n, margin / n};
}

}  // namespace ef
