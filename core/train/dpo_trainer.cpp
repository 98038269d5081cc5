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

namespace {

std::vector<double> toDoubles(const torch::Tensor& t) {
  const auto d = t.detach().to(torch::kCPU, torch::kDouble).contiguous();
  return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}

// −log σ(m) and σ(−m) without overflow.
double negLogSigmoid(double m) {
  return m > 0 ? std::log1p(std::exp(-m)) : -m + std::log1p(std::exp(m));
}
double sigmoidOfMinus(double m) {
  return m > 0 ? std::exp(-m) / (1.0 + std::exp(-m)) : 1.0 / (1.0 + std::exp(m));
}

double mean(const std::vector<double>& v) {
  double s = 0;
  for (const double x : v)
    s += x;
  return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

}  // namespace

DpoTrainer::DpoTrainer(Gpt policy, Gpt reference, const DpoConfig& cfg, std::vector<DpoPair> pairs,
                       std::uint64_t seed, double nll_weight)
    : policy_(std::move(policy)),
      cfg_(cfg),
      pairs_(std::move(pairs)),
      seed_(seed),
      nll_weight_(nll_weight) {
  if (pairs_.empty()) throw std::invalid_argument("DPO needs at least one preference pair");
  for (const auto& p : pairs_) {
    const auto n = static_cast<double>(p.chosen.tokens.size()) - p.chosen.prompt_len;
    chosen_tokens_.push_back(std::max(1.0, n));
  }
  {
    torch::NoGradGuard ng;
    const bool was_training = reference->is_training();
    reference->eval();
    for (std::size_t b = 0; b < pairs_.size(); b += kRefBatch) {
      std::vector<std::size_t> idx(std::min(kRefBatch, pairs_.size() - b));
      std::iota(idx.begin(), idx.end(), b);
      std::vector<double> c, r;
      pairLogProbs(reference, idx, c, r);
      ref_chosen_.insert(ref_chosen_.end(), c.begin(), c.end());
      ref_rejected_.insert(ref_rejected_.end(), r.begin(), r.end());
    }
    reference->train(was_training);
  }
  opt_ = makeAdamW(policy_, cfg.train);
}

Batch DpoTrainer::pairBatch(const std::vector<std::size_t>& idx, const at::Device& device) const {
  std::vector<Example> seqs;
  seqs.reserve(2 * idx.size());
  for (auto i : idx)
    seqs.push_back(pairs_[i].chosen);
  for (auto i : idx)
    seqs.push_back(pairs_[i].rejected);
  std::vector<std::size_t> all(seqs.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  return makeBatch(seqs, all, device);
}

std::pair<torch::Tensor, torch::Tensor> DpoTrainer::logProbs(Gpt& model,
                                                             const std::vector<std::size_t>& idx) {
  const Batch b = pairBatch(idx, model->device());
  const auto mask = b.target.ne(-100);
  const auto lp = sequenceLogProbs(model->forward(b.input), b.target, mask);
  const auto n = static_cast<std::int64_t>(idx.size());
  return {lp.narrow(0, 0, n), lp.narrow(0, n, n)};
}

std::vector<double> DpoTrainer::fastLogProbs(Gpt& model, const Batch& b) {
  const FastWeights w = model->fastWeights();
  if (!fast_) fast_ = std::make_unique<FastLanguageModelGrad>(w);
  fast_->setWeights(w);
  const auto input = b.input.contiguous(), target = b.target.contiguous();
  return fast_->rowLogProbs(input.data_ptr<std::int64_t>(), target.data_ptr<std::int64_t>(),
                            static_cast<int>(input.size(0)), static_cast<int>(input.size(1)));
}

void DpoTrainer::pairLogProbs(Gpt& model, const std::vector<std::size_t>& idx,
                              std::vector<double>& chosen, std::vector<double>& rejected) {
  std::vector<double> lp;
  if (model->fastTrainingApplies()) {
    lp = fastLogProbs(model, pairBatch(idx, model->device()));
  } else {
    torch::NoGradGuard ng;
    auto [c, r] = logProbs(model, idx);
    lp = toDoubles(torch::cat({c, r}));
  }
  const auto n = static_cast<std::ptrdiff_t>(idx.size());
  chosen.assign(lp.begin(), lp.begin() + n);
  rejected.assign(lp.begin() + n, lp.end());
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

DpoTrainer::Terms DpoTrainer::termsOf(const std::vector<std::size_t>& idx,
                                      const std::vector<double>& chosen,
                                      const std::vector<double>& rejected,
                                      std::vector<double>* coef) const {
  const std::size_t n = idx.size();
  const double inv_n = 1.0 / static_cast<double>(n);
  Terms t;
  if (coef) coef->assign(2 * n, 0.0);
  double loss = 0, nll = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = idx[k];
    const double cr = cfg_.beta * (chosen[k] - ref_chosen_[i]);
    const double rr = cfg_.beta * (rejected[k] - ref_rejected_[i]);
    const double m = cr - rr;
    t.chosen_reward.push_back(cr);
    t.rejected_reward.push_back(rr);
    t.margin.push_back(m);
    t.chosen_nll.push_back(-chosen[k] / chosen_tokens_[i]);
    loss += negLogSigmoid(m);
    nll += t.chosen_nll.back();
    if (coef) {
      // d/dm −log σ(m) = −σ(−m); m = β(log π(c) − log π(r)) + const.
      const double s = sigmoidOfMinus(m);
      (*coef)[k] = inv_n * (-cfg_.beta * s - nll_weight_ / chosen_tokens_[i]);
      (*coef)[n + k] = inv_n * cfg_.beta * s;
    }
  }
  t.loss = loss * inv_n + (nll_weight_ != 0.0 ? nll_weight_ * nll * inv_n : 0.0);
  return t;
}

torch::Tensor DpoTrainer::lossOf(const std::vector<std::size_t>& idx, const torch::Tensor& pc,
                                 const torch::Tensor& pr) const {
  std::vector<double> rc, rr, len;
  for (const auto i : idx) {
    rc.push_back(ref_chosen_[i]);
    rr.push_back(ref_rejected_[i]);
    len.push_back(chosen_tokens_[i]);
  }
  const auto dev = pc.device();
  const auto f32 = [&](const std::vector<double>& v) {
    return torch::tensor(v, torch::kDouble).to(dev, torch::kFloat32);
  };
  const auto margin = cfg_.beta * ((pc - f32(rc)) - (pr - f32(rr)));
  auto l = -torch::log_sigmoid(margin).mean();
  if (nll_weight_ != 0.0) l = l + nll_weight_ * (-pc / f32(len)).mean();
  return l;
}

torch::Tensor DpoTrainer::loss(const std::vector<std::size_t>& idx) {
  auto [pc, pr] = logProbs(policy_, idx);
  return lossOf(idx, pc, pr);
}

DpoTrainer::Terms DpoTrainer::autogradGradient(const std::vector<std::size_t>& idx, double share) {
  auto [pc, pr] = logProbs(policy_, idx);
  const auto l = lossOf(idx, pc, pr);
  Terms t = termsOf(idx, toDoubles(pc), toDoubles(pr), nullptr);
  t.loss = l.item<double>();
  if (std::isfinite(t.loss)) (l * share).backward();
  return t;
}

DpoTrainer::Terms DpoTrainer::fastGradient(const std::vector<std::size_t>& idx, double share) {
  const Batch b = pairBatch(idx, policy_->device());
  const auto lp = fastLogProbs(policy_, b);
  const auto n = static_cast<std::ptrdiff_t>(idx.size());
  std::vector<double> coef;
  Terms t = termsOf(idx, {lp.begin(), lp.begin() + n}, {lp.begin() + n, lp.end()}, &coef);
  if (!std::isfinite(t.loss)) return t;
  for (auto& c : coef)
    c *= share;
  const auto input = b.input.contiguous();
  fast_->backwardRowLogProbs(input.data_ptr<std::int64_t>(), coef, policy_->fastGrads());
  return t;
}

DpoTrainer::Terms DpoTrainer::accumulateGradient(const std::vector<std::size_t>& idx,
                                                 double share) {
  return policy_->fastTrainingApplies() ? fastGradient(idx, share) : autogradGradient(idx, share);
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
  Terms all;
  for (const auto& rows : microBatches(idx, t.micro_batch_size)) {
    const double share = static_cast<double>(rows.size()) / static_cast<double>(idx.size());
    Terms tm = accumulateGradient(rows, share);
    st.loss += tm.loss * share;
    if (!std::isfinite(st.loss)) {
      throw TrainingDiverged("non-finite DPO loss (" + std::to_string(st.loss) + ") at step " +
                             std::to_string(st.step));
    }
    const auto append = [](std::vector<double>& to, const std::vector<double>& from) {
      to.insert(to.end(), from.begin(), from.end());
    };
    append(all.chosen_reward, tm.chosen_reward);
    append(all.rejected_reward, tm.rejected_reward);
    append(all.margin, tm.margin);
    append(all.chosen_nll, tm.chosen_nll);
  }
  st.grad_norm = torch::nn::utils::clip_grad_norm_(policy_->parameters(),
                                                   t.grad_clip > 0 ? t.grad_clip : 1e30);
  opt_->step();
  st.chosen_reward = mean(all.chosen_reward);
  st.rejected_reward = mean(all.rejected_reward);
  st.margin = mean(all.margin);
  double wins = 0;
  for (const double m : all.margin)
    wins += m > 0 ? 1.0 : 0.0;
  st.accuracy = wins / static_cast<double>(all.margin.size());
  st.chosen_nll = mean(all.chosen_nll);
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
    std::vector<double> c, r;
    pairLogProbs(policy_, idx, c, r);
    for (std::size_t k = 0; k < idx.size(); ++k) {
      const double m = cfg_.beta * ((c[k] - ref_chosen_[idx[k]]) - (r[k] - ref_rejected_[idx[k]]));
      loss += negLogSigmoid(m);
      margin += m;
    }
  }
  policy_->train(was_training);
  const double n = static_cast<double>(pairs_.size());
  return {loss / n, margin / n};
}

}  // namespace ef
