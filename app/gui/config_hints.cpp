#include "config_hints.h"

#include <QCoreApplication>

#include "experiment/run_config.h"

namespace ef::gui {
namespace {

widgets::FieldHint hint(const QString& label, const QString& tooltip = {},
                        const QStringList& choices = {}) {
  widgets::FieldHint h;
  h.label = label;
  h.tooltip = tooltip;
  h.choices = choices;
  return h;
}

}  // namespace

QHash<QString, widgets::FieldHint> ConfigHints::build() {
  QHash<QString, widgets::FieldHint> h;
  // Sections (pages and group boxes).
  h["task"] = hint(tr("Task"));
  h["task.arith"] = hint(tr("Arithmetic chains"));
  h["task.stargraph"] = hint(tr("Star graph G(d, ℓ)"));
  h["task.jsonl"] = hint(tr("GSM8K-style JSONL import"));
  h["model"] = hint(tr("Model"));
  h["sft"] = hint(tr("SFT"));
  h["eval"] = hint(tr("Evaluation"));
  h["sample"] = hint(tr("Self-sampling"));
  h["rft"] = hint(tr("RFT"));
  h["advantages"] = hint(tr("Per-step advantages"));
  h["pairs"] = hint(tr("Pairs"));
  h["dpo"] = hint(tr("DPO"));
  h["sweep"] = hint(tr("Sweep"));

  h["name"] = hint(tr("Name"));
  h["description"] = hint(tr("Description"));
  h["seed"] = hint(tr("Seed"), tr("Same seed, same device: the same numbers"));
  h["device"] =
      hint(tr("Device"), tr("auto picks CUDA when LibTorch has it"), {"auto", "cpu", "cuda"});
  h["precision"] = hint(tr("Precision"),
                        tr("auto: bf16 on CUDA, fp32 on CPUs; bf16 = matmuls in bf16, losses and "
                           "optimizer state in fp32"),
                        {"auto", "fp32", "bf16"});
  h["threads"] = hint(tr("Threads"), tr("LibTorch intra-op threads; 0 = all logical CPUs"));

  h["task.kind"] = hint(tr("Kind"), {}, {"arith", "stargraph", "jsonl"});
  h["task.train_size"] =
      hint(tr("|D_syn| (training problems)"), tr("Problems with a teacher solution used for SFT"));
  h["task.test_size"] = hint(tr("Test problems"), tr("Held-out problems for evaluation"));
  h["task.arith.spurious_rate"] = hint(
      tr("Spurious step rate"), tr("Chance that the teacher inserts a correct but useless step"));
  h["task.arith.modulus"] = hint(tr("Modulus"), tr("0 = no modulus"));
  h["task.stargraph.degree"] = hint(tr("Degree d"), tr("Arms leaving the source node"));
  h["task.stargraph.path_length"] = hint(tr("Path length ℓ"));
  h["task.stargraph.nodes"] = hint(tr("Node labels N"));
  h["task.jsonl.skip_bad_lines"] = hint(
      tr("Skip bad lines"), tr("Skip (and report) lines that do not parse instead of stopping"));

  h["model.d_model"] = hint(tr("d_model"));
  h["model.position"] = hint(tr("Positions"), {}, {"learned", "rotary"});
  h["model.context"] = hint(tr("Context (tokens)"));

  h["eval.pass_k"] = hint(tr("k of pass@k"));
  h["eval.max_new_tokens"] = hint(tr("Max new tokens"), tr("0 = up to the model context"));
  h["eval.top_k"] = hint(tr("Top-k"), tr("0 = no top-k filter"));
  h["eval.train_problems"] = hint(
      tr("Training-set probe"),
      tr("Also evaluate greedily on this many training problems (0 = off): the gap to the test "
         "set shows memorisation"));

  h["sample.samples_per_problem"] = hint(tr("M (samples per problem)"));
  h["sample.max_negatives"] = hint(tr("Max negatives per problem"));
  h["sample.max_positives"] = hint(tr("Max positives per problem"));

  h["rft.init"] =
      hint(tr("Start from"), tr("sft: continue from π_sft; base: a fresh model"), {"sft", "base"});

  h["advantages.k_est"] = hint(tr("K_est (rollouts per prefix)"));
  h["advantages.k_bok"] =
      hint(tr("K_bok (Best-of-K)"), tr("> 0: Q on the Best-of-K scale 1 − (1 − Q̂)^K; 0 = off"));
  h["advantages.search"] =
      hint(tr("Pit search"),
           tr("linear: every prefix with early exit at the pit; binary: OmegaPRM-style bisection"),
           {"linear", "binary"});
  h["advantages.estimate_value"] = hint(tr("Estimate V(x)"), tr("Rollouts from the bare problem"));
  h["advantages.last_step_can_be_pit"] = hint(tr("Last step can be the pit"));
  h["advantages.analyze_positives"] =
      hint(tr("Analyse positives"), tr("Also roll out correct samples to flag spurious steps"));
  h["advantages.store_rollouts"] = hint(tr("Rollouts stored per prefix"), tr("0 = none"));
  h["advantages.max_steps"] = hint(tr("Max steps explored"));

  h["pairs.chosen"] =
      hint(tr("Chosen solution"), tr("self: a distinct correct self-sample (teacher if none)"),
           {"self", "teacher"});
  h["dpo.beta"] = hint(tr("β"), tr("DPO temperature of the implicit reward"));
  h["dpo.max_epochs"] =
      hint(tr("Max epochs over the pairs"),
           tr("Stops DPO early when the pairs are few: at most this many passes over them (0 = "
              "always run all steps)"));

  h["task.arith.min_steps"] = hint(tr("Min steps"), tr("Fewest operations in a chain"));
  h["task.arith.max_steps"] = hint(tr("Max steps"), tr("Most operations in a chain"));
  h["task.arith.operand_min"] = hint(tr("Smallest operand"));
  h["task.arith.operand_max"] = hint(tr("Largest operand"));
  h["task.arith.operators"] = hint(tr("Operators"), tr("Characters from + - * (e.g. \"+-*\")"));
  h["task.jsonl.train_file"] = hint(tr("Training file"));
  h["task.jsonl.test_file"] = hint(tr("Test file"));
  h["model.layers"] = hint(tr("Layers"));
  h["model.heads"] = hint(tr("Attention heads"), tr("Must divide d_model"));
  h["model.dropout"] = hint(tr("Dropout"));
  // The three training stages share their optimisation keys.
  for (const QString stage :
       {QStringLiteral("sft"), QStringLiteral("rft"), QStringLiteral("dpo")}) {
    h[stage + ".steps"] = hint(tr("Optimizer steps"));
    h[stage + ".batch_size"] = hint(tr("Batch size"));
    h[stage + ".lr"] = hint(tr("Learning rate"), tr("Peak learning rate after warmup"));
    h[stage + ".min_lr"] = hint(tr("Final learning rate"), tr("The cosine decays to this"));
    h[stage + ".warmup_steps"] = hint(tr("Warmup steps"));
    h[stage + ".weight_decay"] = hint(tr("Weight decay"), tr("AdamW decoupled weight decay"));
    h[stage + ".grad_clip"] = hint(tr("Gradient clipping"), tr("Global L2 norm; 0 = off"));
    h[stage + ".eval_every"] =
        hint(tr("Evaluate every"), tr("Steps between evaluations and checkpoints; 0 = at the end"));
  }
  h["eval.temperature"] = hint(tr("Temperature"), tr("Sampling temperature for pass@k"));
  h["eval.batch_size"] = hint(tr("Batch size"), tr("Problems per sampling batch"));
  h["sample.temperature"] = hint(tr("Temperature"));
  h["sample.top_k"] = hint(tr("Top-k"), tr("0 = no top-k filter"));
  h["sample.batch_size"] = hint(tr("Batch size"), tr("Problems per sampling batch"));
  h["advantages.temperature"] = hint(tr("Temperature"), tr("Sampling temperature of the rollouts"));
  h["advantages.batch_size"] =
      hint(tr("Batch size"), tr("Prefixes per rollout batch, each expanded K_est times"));

  h["sweep.sizes"] = hint(tr("|D_syn| sizes"), tr("Comma-separated; empty = task.train_size"));
  h["sweep.seeds"] = hint(tr("Seeds"), tr("Comma-separated; one cell per seed"));
  widgets::FieldHint methods = hint(tr("Methods"));
  for (const std::string& m : sweepMethods())
    methods.multi_choices << QString::fromStdString(m);
  h["sweep.methods"] = methods;
  return h;
}

QHash<QString, widgets::FieldHint> runConfigHints() {
  return ConfigHints::build();
}

}  // namespace ef::gui
