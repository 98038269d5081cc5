// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/sft_trainer.h"

#include <torch/torch.h>

#include <cmath>

#include "train/batching.h"
#include "train/lr_schedule.h"
#include "util/random.h"

namespace ef {

torch::Tensor languageModelLoss(const torch::Tensor& logits, const torch::Tensor& target) {
  return torch::nn::functional::cross_entropy(
      logits.reshape({-1, logits.size(-1)}), target.reshape({-1}),
      torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
}

torch::Tensor summedLanguageModelLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                      const torch::Tensor& weight) {
  const auto flat = logits.reshape({-1, logits.size(-1)}).to(torch::kFloat32);
  namespace F = torch::nn::functional;
  if (!weight.defined())
    return F::cross_entropy(flat, target.reshape({-1}),
                            F::CrossEntropyFuncOptions().ignore_index(-100).reduction(torch::kSum));
  const auto nll =
      F::cross_entropy(flat, target.reshape({-1}),
                       F::CrossEntropyFuncOptions().ignore_index(-100).reduction(torch::kNone));
  return (nll * weight.reshape({-1})).sum();
}

torch::Tensor weightedLanguageModelLoss(const torch::Tensor& logits, const torch::Tensor& target,
                                        const torch::Tensor& weight) {
  return summedLanguageModelLoss(logits, target, weight) /
         target.reshape({-1}).ne(-100).sum().clamp_min(1);
}

std::unique_ptr<torch::optim::AdamW> makeAdamW(Gpt& model, const TrainingConfig& cfg) {
  auto options = [&](double decay) {
    return std::make_unique<torch::optim::AdamWOptions>(
        torch::optim::AdamWOptions(cfg.lr).betas({0.9, 0.95}).weight_decay(decay));
  };
  std::vector<torch::optim::OptimizerParamGroup> groups;
  groups.emplace_back(model->decayParameters(), options(cfg.weight_decay));
  groups.emplace_back(model->noDecayParameters(), options(0.0));
  return std::make_unique<torch::optim::AdamW>(std::move(groups));
}

SftTrainer::SftTrainer(Gpt model, const TrainingConfig& cfg, const std::vector<Example>& data,
                       std::uint64_t seed)
    : model_(std::move(model)), cfg_(cfg), data_(data), seed_(seed) {
  if (data_.empty()) throw std::invalid_argument("SFT needs at least one training example");
  opt_ = makeAdamW(model_, cfg);
}

const std::vector<std::size_t>& SftTrainer::epochOrder(std::int64_t epoch) const {
  if (epoch != cached_epoch_) {
    cached_order_ = shuffledIndices(
        data_.size(), deriveSeed(seed_, "sft-epoch", static_cast<std::uint64_t>(epoch)));
    cached_epoch_ = epoch;
  }
  return cached_order_;
}

std::vector<std::size_t> SftTrainer::batchIndices(std::int64_t step) const {
  const auto n = static_cast<std::int64_t>(data_.size());
  const auto b = static_cast<std::int64_t>(cfg_.batch_size);
  std::vector<std::size_t> out;
  out.reserve(cfg_.batch_size);
  for (std::int64_t k = step * b; k < (step + 1) * b; ++k) {
    out.push_back(epochOrder(k / n)[static_cast<std::size_t>(k % n)]);
  }
  return out;
}

double SftTrainer::lossAndGradient(const std::vector<Batch>& chunks, double denom,
                                   std::int64_t step) {
  double total = 0;
  auto check = [&] {
    if (!std::isfinite(total)) {
      throw TrainingDiverged("non-finite loss (" + std::to_string(total) + ") at SFT step " +
                             std::to_string(step));
    }
  };
  if (model_->fastTrainingApplies()) {
    const FastWeights w = model_->fastWeights();
    const FastGrads g = model_->fastGrads();
    if (!fast_) fast_ = std::make_unique<FastLanguageModelGrad>(w);
    fast_->setWeights(w);
    for (const Batch& b : chunks) {
      const auto input = b.input.contiguous(), target = b.target.contiguous();
      const auto weight = b.weight.defined() ? b.weight.to(torch::kFloat32).contiguous() : b.weight;
      total += fast_->step(input.data_ptr<std::int64_t>(), target.data_ptr<std::int64_t>(),
                           weight.defined() ? weight.data_ptr<float>() : nullptr,
                           static_cast<int>(input.size(0)), static_cast<int>(input.size(1)),
                           1.0 / denom, g);
      check();
    }
    return total;
  }
  for (const Batch& b : chunks) {
    const auto logits = model_->forward(b.input);
    const auto loss = summedLanguageModelLoss(logits, b.target, b.weight) / denom;
    total += loss.item<double>();
    check();
    loss.backward();
  }
  return total;
}

StepStats SftTrainer::step() {
  model_->train();
  StepStats st;
  st.step = steps_done_ + 1;
  st.lr = learningRateAt(steps_done_, cfg_.steps, cfg_.warmup_steps, cfg_.lr, cfg_.min_lr);
  for (auto& group : opt_->param_groups()) {
    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(st.lr);
  }
  // One forward/backward per micro-batch; each chunk's summed token loss is divided by the whole
  // batch's loss tokens, so the accumulated gradient is the full batch's mean-loss gradient.
  std::vector<Batch> chunks;
  for (const auto& rows : microBatches(batchIndices(steps_done_), cfg_.micro_batch_size))
    chunks.push_back(makeBatch(data_, rows, model_->device()));
  std::int64_t loss_tokens = 0;
  for (const Batch& b : chunks) {
    st.tokens += b.tokens;
    loss_tokens += b.loss_tokens;
  }
  const double denom = static_cast<double>(std::max<std::int64_t>(loss_tokens, 1));
  model_->clearGradients();
  st.loss = lossAndGradient(chunks, denom, st.step);
  if (cfg_.grad_clip > 0) {
    st.grad_norm = torch::nn::utils::clip_grad_norm_(model_->parameters(), cfg_.grad_clip);
  } else {
    st.grad_norm = torch::nn::utils::clip_grad_norm_(model_->parameters(), 1e30);
  }
  if (!std::isfinite(st.grad_norm)) {
    throw TrainingDiverged("non-finite gradient norm at SFT step " + std::to_string(st.step));
  }
  opt_->step();
  st.loss_tokens = loss_tokens;
  ++steps_done_;
  return st;
}

}  // namespace ef
