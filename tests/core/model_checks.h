// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free entry points into the model, sampler and checkpoint code, for the Qt tests
// (model_checks.cpp holds the tensor work; Qt translation units never include LibTorch).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/gpt_config.h"

namespace ef::checks {

GptConfig smallConfig();  // vocab 20, context 32, 2 layers, d_model 32, 4 heads

std::vector<std::int64_t> logitsShape(const GptConfig& g, int batch, int seq);
std::int64_t moduleParameterCount(const GptConfig& g);  // counted from the torch module

// Max |logit difference| between (a) one full causal forward per sequence and (b) a left-padded
// batch of prompts of different lengths prefilled into the KV cache and then decoded one token at
// a time, over every position of every row.
double kvCacheMaxDiff(const GptConfig& g, Precision p, std::uint64_t seed);

// Max |logit difference| between a prompt prefilled once and expanded K times in the cache and
// K separate prefills of the same prompt, after decoding a few identical tokens.
double expandedPrefixMaxDiff(const GptConfig& g, std::uint64_t seed);

// Greedy sampling with and without the KV cache produces exactly the same tokens.
bool greedyCachedEqualsUncached(const GptConfig& g, std::uint64_t seed, int rows, int prompt_len,
                                int new_tokens);

// Tokens generated per row by greedy sampling of `rows` prompts of different lengths, batched,
// compared with each prompt sampled alone: true when identical.
bool batchedGreedyEqualsSingle(const GptConfig& g, std::uint64_t seed);

// The CPU fast path against LibTorch's full forward on the same (perturbed) weights: ragged
// prompts prefilled, then decoded token by token, every position of every row compared. Returns
// max |logit diff| / max |logit| (fast_decoder_checks.cpp).
double fastPathRelativeDiff(const GptConfig& g, std::uint64_t seed);
// Greedy generation through the fast path and through LibTorch's cached forward: identical tokens,
// stops and counts, for prompts of different lengths, num_samples copies each, some rows stopping.
struct GreedyCheck {
  bool identical = false;  // tokens, stops and generated counts
  int rows = 0, stopped = 0, tokens = 0;
};
// fast_cache_bytes: the fast path's KV-cache bound (SampleOptions; 1 = each prompt its own group).
GreedyCheck fastGreedyEqualsLibTorch(const GptConfig& g, std::uint64_t seed, int num_samples,
                                     std::size_t fast_cache_bytes = std::size_t{32} << 20);

// The fast training path's gradient of scale * Σ weight · cross-entropy against LibTorch's autograd
// on the same perturbed weights and batch (some positions without loss; weighted or not): per
// parameter tensor, max |diff| / max |autograd gradient|, the largest over the tensors.
struct GradCheck {
  double loss = 0, loss_ref = 0;
  double max_relative = 0;
  double smallest_scale = 1e30;  // the smallest max |gradient| of a tensor (none is all zero)
  int tensors = 0;
};
// A batch of `batch` sequences of T tokens (T <= context).
GradCheck fastGradientsVsAutograd(const GptConfig& g, std::uint64_t seed, bool weighted,
                                  int batch = 3, int T = 12);
// DPO's (RPO's, alpha > 0) gradient through the fast path (DpoTrainer::accumulateGradient) against
// LibTorch's autograd of DpoTrainer::loss, for pairs of different lengths, π ≠ π_ref.
GradCheck fastDpoGradientsVsAutograd(const GptConfig& g, std::uint64_t seed, double alpha);
// The fast path's loss and gradients (random loss weights) with 1 thread against `threads`
// threads on the same batch:
// the largest difference over the loss and every gradient (the pieces do not depend on the thread
// count, so 0 is expected).
double fastGradientsThreadDifference(const GptConfig& g, std::uint64_t seed, int batch, int T,
                                     int threads);

// The packed products of the fast path (model/fast_panels.h) on random a [n x k], B [k x cols]:
// every kernel this CPU runs, packed as B and as a weight's transpose, with and without bias, added
// to another array and accumulated in place (the same bits), against LibTorch's matmul in double; 1
// against 2 threads; packed again with fewer columns (fast_panels_checks.cpp).
struct PanelCheck {
  int kernels = 0;
  double scale = 0;               // largest |value| of the reference
  double max_diff = 0;            // largest |difference| from the reference, over every case
  double kernels_max_diff = 0;    // largest difference between two kernels' results
  bool add_is_accumulate = true;  // adding another array gave the bits accumulating in place gave
  bool threads_identical = false;
};
PanelCheck panelProducts(std::uint64_t seed, int n, int k, int cols);

struct RoundTrip {
  double output_max_diff = -1;            // logits of saved vs loaded model
  double param_max_diff_after_step = -1;  // one AdamW step after reload vs without reload
  std::int64_t step = -1;
  std::string stage;
};
RoundTrip checkpointRoundTrip(const GptConfig& g, const std::string& dir);

// The tiny GPT-2 folder written by PyTorch (tests/data/gpt2/make_tiny_gpt2.py) against the
// logits its independent forward computed: full forward, and token by token through the KV cache.
struct ReferenceLogits {
  int sequences = 0;
  double full_max_diff = -1, cached_max_diff = -1, fast_max_diff = -1, max_abs_logit = 0;
};
ReferenceLogits tinyGpt2Logits(const std::string& gpt2_data_dir);

// A random model of shape g written as a model folder (weights in `dtype`: "F32", "F16", "BF16")
// and read back with readModelConfig + loadModelWeights.
struct FolderRoundTrip {
  bool config_equal = false;       // every architecture field of GptConfig
  bool weights_identical = false;  // bit for bit (F32), or equal to the rounded values (F16/BF16)
  double max_diff_to_fp32 = -1;    // largest |loaded - original| over all parameters
};
FolderRoundTrip modelFolderRoundTrip(const GptConfig& g, const std::string& dir,
                                     const std::string& dtype);
// The error of loading DIR/model.safetensors into a model of shape g ("" if it loaded).
std::string modelWeightsLoadError(const GptConfig& g, const std::string& dir);

// Error message of loading `path` into a model of shape g ("" if it loaded).
std::string checkpointLoadError(const std::string& path, const GptConfig& g);
// Writes a valid checkpoint of shape g to path.
void writeCheckpoint(const std::string& path, const GptConfig& g);
// Writes the weights of a model of shape `weights` under metadata that claims shape `claimed`.
void writeMislabelledCheckpoint(const std::string& path, const GptConfig& weights,
                                const GptConfig& claimed);

// Checkpoints the workspace vouches for (experiment/pipeline/checkpoint_records.h), in a fresh
// store under dir: a save records the file's SHA-256; a changed byte is refused; a save interrupted
// between recording and renaming is finished by the next load.
struct RecordedCheckpoints {
  bool recorded_hash_matches = false;  // the store's hash equals the file's after a save
  bool temporary_removed = false;      // no .tmp file left after a save
  std::string path;
  std::string changed_error;                 // loading after one byte was flipped
  std::int64_t step_after_interrupted = -1;  // loaded step once the rename was finished
  bool temporary_gone_after_interrupted = false;
  bool unrecorded_loads = false;  // a file with no record is loaded unchecked
};
RecordedCheckpoints recordedCheckpoints(const std::string& dir);

// compactCheckpoints on a store under dir with a finished run, a sweep's finished cell and a
// failed run, each with a checkpoint holding AdamW's state, and a step history cached under the
// run's checkpoint; then compacted a second time and for the failed run alone.
struct CompactionCheck {
  bool had_optimizer = false;
  int rewritten = 0, unfinished = 0;
  std::uintmax_t bytes_before = 0, bytes_after = 0;
  bool hash_matches = false;      // the recorded hash is the new file's
  bool optimizer_gone = false;    // readCheckpointInfo: no optimizer state
  bool history_follows = false;   // the cached step history is under the new hash, not the old
  bool failed_untouched = false;  // the failed run's file: same bytes, optimizer state kept
  bool weights_equal = false;     // every parameter loaded before and after, bit for bit
  bool rng_kept = false;          // the saved RNG state loads as before
  int second_rewritten = -1, second_already = -1, only_failed = -1;
};
CompactionCheck compaction(const std::string& dir);

// Losses of `steps` SFT steps on random token data (rows of different lengths, batch 8) with the
// given seed, precision and training.micro_batch_size.
std::vector<double> trainLosses(std::uint64_t seed, int steps, Precision p, int micro_batch = 0);

// DPO steps on five pairs of different lengths (batch 5) with and without micro-batches of
// `micro_batch`: the largest difference of the step losses and of the final parameters.
struct MicroBatchDiff {
  double loss = 0, parameters = 0, moved = 0;  // moved: largest parameter change (not zero)
};
MicroBatchDiff dpoMicroBatchDiff(int micro_batch, int steps);

// Max |logit| difference between fp32 and bf16 forwards relative to the max |logit|.
double bf16RelativeDiff(const GptConfig& g, std::uint64_t seed);

// RolloutEngine under greedy decoding: k rollouts of a (problem, solution prefix) computed through
// the shared-prefix cache equal greedy generation from scratch on prompt + prefix, token for token
// (the logits after expansion are checked by expandedPrefixMaxDiff).
bool rolloutsMatchScratch();

struct DpoCheck {
  double initial_loss = 0;    // π = π_ref: log 2
  double initial_margin = 0;  // 0
  double margin_after = 0;    // after one step on the pair
  double loss_after = 0;
  double step_accuracy = 0;
};
// A policy and a reference initialised identically, one toy pair (chosen/rejected completions
// of a shared prompt, rejected partial), DPO steps with beta.
DpoCheck dpoOnToyPair(double beta, int steps);

// RPO against DPO on a toy pair, policy = reference (docs/method.md, "RPO").
struct RpoCheck {
  double dpo_loss = 0;            // log 2 at π = π_ref
  double rpo_loss = 0;            // RPO with α: dpo_loss + α · NLL
  double nll = 0;                 // mean token NLL of the chosen completion (computed by hand here)
  double grad_identity_diff = 0;  // max |(∇RPO(α) − ∇DPO) − α ∇NLL| over all parameters
  double same_pair_grad_diff = 0;  // chosen = rejected: max |∇RPO(α) − α ∇NLL| (DPO's is 0)
  double nll_grad_norm = 0;        // so the comparisons above are not between zeros
};
RpoCheck rpoOnToyPair(double beta, double alpha);

// The weighted language-model loss on one sequence with per-token weights equals
// Σ_t w_t · (−log p_t) / (number of solution tokens), computed by hand from the logits.
double weightedLossMaxDiff(std::uint64_t seed);

// `draws` draws of pickTokens (temperature, top_k) from three fixed rows of eight logits: how
// many fell outside each row's k most likely tokens, and the largest |frequency − probability|
// against softmax(logits / T) renormalised over those k, computed in double (sampler_checks.cpp).
struct TopKCheck {
  int draws = 0;
  int outside_top_k = 0;
  double max_freq_error = 0;
};
TopKCheck topKSampling(int top_k, double temperature, int draws, std::uint64_t seed,
                       bool fast = false);

}  // namespace ef::checks
