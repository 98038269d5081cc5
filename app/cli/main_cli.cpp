// SPDX-License-Identifier: GPL-3.0-or-later
// eightfold-cli: the headless front end (presets, run, sweep, tune, resume, runs, advantages,
// bench, tokenize, model, export, merge, slurm-status).
#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "experiment/config/run_config.h"
#include "util/device_name.h"
#include "util/blas_tuning.h"
#include "util/licence.h"
#include "util/log.h"
#include "util/versions.h"

namespace {

// A run config field's range as a CLI11 check: ranges live in the field table only.
CLI::Range fieldRange(const char* path) {
  const ef::FieldSpec& f = ef::runConfigField(path);
  return CLI::Range(f.min, f.max);
}

// A length in tokens: at least 1, at most the longest model.context.
CLI::Range tokenLength() {
  return CLI::Range(1.0, ef::runConfigField("model.context").max);
}

// auto, cpu, cuda or cuda:N, checked by the one device-name parser.
CLI::Validator deviceName() {
  return CLI::Validator(
      [](std::string& s) { return ef::parseDeviceName(s) ? std::string() : ef::deviceNameRule(s); },
      "DEVICE");
}

std::string fieldHelp(const char* path) {
  return ef::runConfigField(path).help + " (" + path + ")";
}

using namespace ef::cli;

const char* const kDbHelp =
    "Workspace database (default: $EIGHTFOLD_DB or ~/.local/share/eightfold/workspace.sqlite)";

// A subcommand: its CLI11 node, and what runs when it was chosen (its options are bound to state
// the closure owns). main() adds the groups below, parses, and runs the chosen one.
struct Subcommand {
  CLI::App* cmd = nullptr;
  std::function<int()> run;
};
using Subcommands = std::vector<Subcommand>;

template <typename State>
std::shared_ptr<State> state() {
  return std::make_shared<State>();
}

void addRunOptions(CLI::App* cmd, RunArgs& a) {
  auto* src = cmd->add_option_group("source", "what to run");
  src->add_option("--preset", a.preset, "Built-in preset name (see `presets`)");
  src->add_option("--config", a.config, "Run config JSON file");
  src->require_option(1);
  cmd->add_option("--db", a.db, kDbHelp);
  cmd->add_option("--device", a.device, "auto, cpu, cuda or cuda:N (overrides the config)")
      ->check(deviceName());
  cmd->add_option("--seed", a.seed, "Seed (overrides the config)")->check(CLI::NonNegativeNumber);
  cmd->add_flag("--json", a.json, "Print the result as one JSON object on the last line");
  cmd->add_option("--set", a.settings,
                  "Change a config field before the run, PATH=VALUE (repeatable), e.g. "
                  "--set sft.stop_at_first_step=0.75 --set sweep.sizes=[4000,8000]")
      ->allow_extra_args(false);
}

// presets, run
void addRunCommand(CLI::App& app, Subcommands& out) {
  auto presets_json = state<bool>();
  auto* presets = app.add_subcommand("presets", "List the built-in run presets");
  presets->add_flag("--json", *presets_json, "One JSON object per line");
  out.push_back({presets, [presets_json] { return cmdPresets(*presets_json); }});
  auto ra = state<RunArgs>();
  auto* run = app.add_subcommand("run", "Train and evaluate one run (SFT)");
  addRunOptions(run, *ra);
  out.push_back({run, [ra] { return cmdRun(*ra); }});
}

void addSweepCommand(CLI::App& app, Subcommands& out) {
  auto sa = state<SweepArgs>();
  auto* sweep = app.add_subcommand("sweep", "Data-scaling sweep: sizes x methods x seeds");
  addRunOptions(sweep, sa->run);
  sweep->add_option("--threads", sa->run.threads, fieldHelp("threads") + ", 0 = all cores")
      ->check(fieldRange("threads"));
  sweep
      ->add_option("--seeds", sa->run.sweep_seeds, "Cell seeds, e.g. 1,2,3 (overrides sweep.seeds)")
      ->delimiter(',')
      ->check(CLI::NonNegativeNumber);
  auto* slurm_opt = sweep->add_option(
      "--slurm", sa->slurm_dir,
      "Write a Slurm job array into this folder instead of running: one task per seed and size, "
      "each with its own shard (docs/cluster.md)");
  for (auto* o : {sweep->add_option("--partition", sa->partition, "Slurm partition"),
                  sweep->add_option("--gpus-per-task", sa->gpus_per_task, "GPUs per array task")
                      ->check(CLI::NonNegativeNumber),
                  sweep
                      ->add_option("--cpus-per-task", sa->cpus_per_task,
                                   "CPUs per array task (also each task's LibTorch threads)")
                      ->check(CLI::NonNegativeNumber),
                  sweep->add_option("--time", sa->time, "Time limit per task (e.g. 04:00:00)"),
                  sweep->add_option("--mem", sa->mem, "Memory per task (e.g. 16G)")})
    o->needs(slurm_opt);
  sweep->add_flag("--submit", sa->submit, "Submit the job array with sbatch")->needs(slurm_opt);
  auto* plan_opt =
      sweep->add_option("--plan", sa->plan, "Plan id of a split sweep (written by --slurm)");
  sweep
      ->add_option("--task", sa->task,
                   "Run only this task of the split sweep into --db (the job script's line)")
      ->check(CLI::NonNegativeNumber)
      ->needs(plan_opt)
      ->excludes(slurm_opt);
  out.push_back({sweep, [sa] { return cmdSweep(*sa); }});
}

void addTuneCommand(CLI::App& app, Subcommands& out) {
  auto ta = state<TuneArgs>();
  auto* tune = app.add_subcommand(
      "tune", "Try a grid of the methods' hyperparameters on the validation split");
  addRunOptions(tune, ta->run);
  tune->add_option("--grid", ta->grid,
                   "FIELD=V1,V2,... (repeatable): a method field and its values, e.g. "
                   "dpo.beta=0.05,0.1,0.3")
      ->required();
  tune->add_option("--sizes", ta->sizes,
                   "Training-set sizes, e.g. 2000,8000 (default: sweep.sizes)")
      ->delimiter(',')
      ->check(CLI::PositiveNumber);
  tune->add_option("--seeds", ta->seeds, "Cell seeds, e.g. 11,12,13 (default: sweep.seeds)")
      ->delimiter(',')
      ->check(CLI::NonNegativeNumber);
  tune->add_option("--methods", ta->methods,
                   "Methods to tune, e.g. dpo,step_dpo_full (default: sweep.methods)")
      ->delimiter(',');
  out.push_back({tune, [ta] { return cmdTune(*ta); }});
}

// merge, slurm-status
void addClusterCommands(CLI::App& app, Subcommands& out) {
  struct MergeArgs {
    std::string db;
    std::vector<std::string> shards;
    bool json = false;
  };
  auto m = state<MergeArgs>();
  auto* merge = app.add_subcommand(
      "merge", "Merge the shards of a split sweep (files or plan folders) into a workspace");
  merge->add_option("--db", m->db, kDbHelp);
  merge->add_option("shards", m->shards, "Shard files or Slurm plan folders")->required();
  merge->add_flag("--json", m->json, "Print the merge report as one JSON object");
  out.push_back({merge, [m] { return cmdMerge(m->db, m->shards, m->json); }});

  struct StatusArgs {
    std::string dir;
    bool json = false;
  };
  auto st = state<StatusArgs>();
  auto* status = app.add_subcommand(
      "slurm-status", "State of a Slurm plan's array tasks (squeue/sacct and the shards)");
  status->add_option("dir", st->dir, "Plan folder (written by sweep --slurm)")->required();
  status->add_flag("--json", st->json, "Print one JSON object");
  out.push_back({status, [st] { return cmdSlurmStatus(st->dir, st->json); }});
}

// resume, runs, advantages
void addWorkspaceCommands(CLI::App& app, Subcommands& out) {
  struct ResumeArgs {
    std::int64_t id = 0;
    std::string db;
    bool json = false;
  };
  auto r = state<ResumeArgs>();
  auto* resume = app.add_subcommand("resume", "Continue an interrupted run or sweep");
  resume->add_option("id", r->id, "Run or sweep id (see `runs`)")->required();
  resume->add_option("--db", r->db, kDbHelp);
  resume->add_flag("--json", r->json, "Print the result as one JSON object on the last line");
  out.push_back({resume, [r] { return cmdResume(r->id, r->db, r->json); }});

  struct RunsArgs {
    std::string db;
    bool json = false;
  };
  auto l = state<RunsArgs>();
  auto* runs = app.add_subcommand("runs", "List runs and sweeps in a workspace");
  runs->add_option("--db", l->db, kDbHelp);
  runs->add_flag("--json", l->json, "One JSON object per line");
  out.push_back({runs, [l] { return cmdRuns(l->db, l->json); }});

  struct CompactArgs {
    std::string db;
    std::int64_t run = 0;
    bool json = false;
  };
  auto k = state<CompactArgs>();
  auto* compact = app.add_subcommand(
      "compact",
      "Drop the optimizer state from finished runs' checkpoints (it only serves a resume)");
  compact->add_option("--db", k->db, kDbHelp);
  compact->add_option("--run", k->run, "Only this run or sweep (default: the whole workspace)")
      ->check(CLI::PositiveNumber);
  compact->add_flag("--json", k->json, "Print the result as one JSON object");
  out.push_back({compact, [k] { return cmdCompact(k->db, k->run, k->json); }});

  struct AdvantagesArgs {
    std::int64_t run = 0;
    std::string db;
    int limit = -1;
    bool json = false;
  };
  auto a = state<AdvantagesArgs>();
  auto* adv =
      app.add_subcommand("advantages", "Analysed negatives: per-step Q, A and the first pit");
  adv->add_option("--run", a->run, "Run or sweep id")->required();
  adv->add_option("--db", a->db, kDbHelp);
  adv->add_option("--limit", a->limit, "At most this many solutions")
      ->check(CLI::NonNegativeNumber);
  adv->add_flag("--json", a->json, "One JSON object per line");
  out.push_back({adv, [a] { return cmdAdvantages(a->run, a->db, a->limit, a->json); }});
}

void addBenchCommand(CLI::App& app, Subcommands& out) {
  struct BenchArgs {
    ef::BenchOptions o;
    bool json = false;
    BenchReferenceArgs reference;
  };
  auto b = state<BenchArgs>();
  ef::BenchOptions& bo = b->o;
  auto* bench = app.add_subcommand("bench", "Measure training and sampling speed on this machine");
  bench->add_option("--layers", bo.layers, fieldHelp("model.layers"))
      ->check(fieldRange("model.layers"));
  bench->add_option("--d-model", bo.d_model, fieldHelp("model.d_model"))
      ->check(fieldRange("model.d_model"));
  bench->add_option("--heads", bo.heads, fieldHelp("model.heads"))
      ->check(fieldRange("model.heads"));
  bench->add_option("--context", bo.context, "Training sequence length (model.context)")
      ->check(fieldRange("model.context"));
  bench->add_option("--batch", bo.batch, fieldHelp("sft.batch_size"))
      ->check(fieldRange("sft.batch_size"));
  bench->add_option("--steps", bo.steps, "Timed training steps per precision")
      ->check(CLI::Range(1, 100000));
  bench->add_option("--prompt", bo.prompt, "Sampling prompt length")->check(tokenLength());
  bench->add_option("--new-tokens", bo.new_tokens, "Tokens generated per row")
      ->check(tokenLength());
  bench->add_option("--rollouts", bo.rollouts, fieldHelp("advantages.k_est"))
      ->check(fieldRange("advantages.k_est"));
  bench
      ->add_option("--rollout-prefix", bo.rollout_prefix,
                   "Prefix length of a rollout: problem plus the steps before it")
      ->check(tokenLength());
  bench->add_option("--rollout-new-tokens", bo.rollout_new_tokens, "Tokens each rollout writes")
      ->check(tokenLength());
  bench->add_option("--threads", bo.threads, fieldHelp("threads") + ", 0 = all cores")
      ->check(fieldRange("threads"));
  bench->add_option("--device", bo.device, "auto, cpu, cuda or cuda:N")->check(deviceName());
  bench->add_flag("--json", b->json, "Print one JSON object");
  bench->add_flag("--reference", b->reference.run,
                  "Also run the same model and shapes in eager PyTorch (python3-torch) and print "
                  "ours / eager for training and sampling");
  bench->add_option("--python", b->reference.python,
                    "Interpreter for --reference (default /usr/bin/python3, else python3)");
  out.push_back({bench, [b] {
                   if (b->o.d_model % b->o.heads != 0)
                     return fail(kExitBadInput, "--heads must divide --d-model");
                   // lengths against --context: checked by runBench, which names both values
                   return cmdBench(b->o, b->json, b->reference);
                 }});
}

// tokenize, model
void addModelCommands(CLI::App& app, Subcommands& out) {
  struct TokenizeArgs {
    std::string dir;
    bool json = false;
  };
  auto t = state<TokenizeArgs>();
  auto* tokenize = app.add_subcommand(
      "tokenize", "Print the token ids of UTF-8 text read from stdin (GPT-2 BPE or characters)");
  tokenize
      ->add_option("--tokenizer", t->dir,
                   "Folder with vocab.json + merges.txt, encoder.json + vocab.bpe, or "
                   "eightfold_tokenizer.json")
      ->required();
  tokenize->add_flag("--json", t->json, "Print the ids as one JSON array on the last line");
  out.push_back({tokenize, [t] { return cmdTokenize(t->dir, t->json); }});

  struct ModelArgs {
    std::string dir, prompt, device = "auto";
    int new_tokens = 16;
    bool json = false;
  };
  auto m = state<ModelArgs>();
  auto* model_cmd = app.add_subcommand(
      "model", "Load a model folder: its shape, load time, memory and a greedy continuation");
  model_cmd->add_option("dir", m->dir, "config.json + model.safetensors + tokenizer files")
      ->required();
  model_cmd->add_option("--prompt", m->prompt, "Text to continue (default: none)");
  model_cmd->add_option("--new-tokens", m->new_tokens, "Greedy tokens after the prompt")
      ->check(CLI::Range(0, 4096));
  model_cmd->add_option("--device", m->device, "auto, cpu, cuda or cuda:N")->check(deviceName());
  model_cmd->add_flag("--json", m->json, "Print one JSON object");
  out.push_back(
      {model_cmd, [m] { return cmdModel(m->dir, m->prompt, m->new_tokens, m->device, m->json); }});
}

void addExportCommand(CLI::App& app, Subcommands& out) {
  auto ea = state<ExportArgs>();
  auto* exp = app.add_subcommand("export", "Write a run's model or data for other tools");
  exp->require_subcommand(1);
  auto addExportSource = [&](CLI::App* cmd) {
    cmd->add_option("--run", ea->run, "Run id (a sweep or tune id: all its cells' data)")
        ->required();
    cmd->add_option("--db", ea->db, kDbHelp);
  };
  auto* ex_pairs = exp->add_subcommand("pairs", "Preference pairs as JSONL");
  addExportSource(ex_pairs);
  ex_pairs->add_option("--format", ea->format, "trl-dpo: {prompt, chosen, rejected, ...}")
      ->required()
      ->check(CLI::IsMember({"trl-dpo"}));
  ex_pairs->add_option("--out", ea->out, "File to write (default: stdout)");
  auto* ex_steps = exp->add_subcommand("steps", "Stepwise supervision from the Monte-Carlo values");
  addExportSource(ex_steps);
  ex_steps->add_option("--format", ea->format, "trl-prm: {prompt, completions, labels}")
      ->required()
      ->check(CLI::IsMember({"trl-prm"}));
  ex_steps->add_flag("--soft", ea->soft,
                     "Labels are the estimates Q (else: any rollout succeeded)");
  ex_steps->add_option("--out", ea->out, "File to write (default: stdout)");
  auto* ex_samples = exp->add_subcommand("samples", "Self-samples with their verdicts as JSONL");
  addExportSource(ex_samples);
  ex_samples->add_option("--out", ea->out, "File to write (default: stdout)");
  auto* ex_model = exp->add_subcommand(
      "model", "A trained model as a Hugging Face GPT-2 folder (config.json, model.safetensors)");
  addExportSource(ex_model);
  ex_model->add_option("--stage", ea->stage, "Checkpoint stage (default: the run's latest)");
  ex_model->add_option("--dtype", ea->dtype, "F32, F16 or BF16")
      ->check(CLI::IsMember({"F32", "F16", "BF16"}));
  ex_model->add_option("dir", ea->out, "Folder to write")->required();
  const std::vector<CLI::App*> formats{ex_pairs, ex_steps, ex_samples, ex_model};
  out.push_back({exp, [ea, formats] {
                   for (auto* sub : formats)
                     if (*sub) ea->what = sub->get_name();
                   return ea->what == "model" ? cmdExportModel(*ea) : cmdExportDataset(*ea);
                 }});
}

}  // namespace

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  CLI::App app{"Eightfold " + ef::eightfoldVersion() +
               ": RL on incorrect synthetic data (Setlur et al. 2024), headless"};
  app.set_version_flag("--version",
                       "eightfold-cli " + ef::eightfoldVersion() + "\n" + ef::licenceNotice());
  app.require_subcommand(1);
  app.fallthrough();  // --log-level may also follow the subcommand
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "stderr log level: debug, info, warning, error, off")
      ->check(CLI::IsMember({"debug", "info", "warning", "error", "off"}));
  Subcommands commands;
  // In the order `--help` lists them.
  addRunCommand(app, commands);
  addSweepCommand(app, commands);
  addClusterCommands(app, commands);
  addTuneCommand(app, commands);
  addWorkspaceCommands(app, commands);
  addBenchCommand(app, commands);
  addModelCommands(app, commands);
  addExportCommand(app, commands);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  ef::setConsoleLogLevel(log_level);
  for (const Subcommand& c : commands)
    if (*c.cmd) return c.run();
  return kExitBadInput;
}
