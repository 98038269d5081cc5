// eightfold-cli: the headless front end (presets, run, sweep, tune, resume, runs, advantages,
// bench, tokenize, model, export, merge, slurm-status).
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "experiment/run_config.h"
#include "util/device_name.h"
#include "util/blas_tuning.h"
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

}  // namespace

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  using namespace ef::cli;
  CLI::App app{"Eightfold " + ef::eightfoldVersion() +
               ": RL on incorrect synthetic data (Setlur et al. 2024), headless"};
  app.require_subcommand(1);
  app.fallthrough();  // --log-level may also follow the subcommand
  std::string log_level = "info";
  app.add_option("--log-level", log_level, "stderr log level: debug, info, warning, error, off")
      ->check(CLI::IsMember({"debug", "info", "warning", "error", "off"}));
  const std::string db_help =
      "Workspace database (default: $EIGHTFOLD_DB or "
      "~/.local/share/eightfold/workspace.sqlite)";

  bool presets_json = false;
  auto* presets = app.add_subcommand("presets", "List the built-in run presets");
  presets->add_flag("--json", presets_json, "One JSON object per line");

  auto addRunOptions = [&](CLI::App* cmd, RunArgs& a) {
    auto* src = cmd->add_option_group("source", "what to run");
    src->add_option("--preset", a.preset, "Built-in preset name (see `presets`)");
    src->add_option("--config", a.config, "Run config JSON file");
    src->require_option(1);
    cmd->add_option("--db", a.db, db_help);
    cmd->add_option("--device", a.device, "auto, cpu, cuda or cuda:N (overrides the config)")
        ->check(deviceName());
    cmd->add_option("--seed", a.seed, "Seed (overrides the config)")->check(CLI::NonNegativeNumber);
    cmd->add_flag("--json", a.json, "Print the result as one JSON object on the last line");
    cmd->add_option("--set", a.settings,
                    "Change a config field before the run, PATH=VALUE (repeatable), e.g. "
                    "--set sft.stop_at_first_step=0.75 --set sweep.sizes=[4000,8000]")
        ->allow_extra_args(false);
  };
  RunArgs ra;
  SweepArgs sa;
  auto* run = app.add_subcommand("run", "Train and evaluate one run (SFT)");
  addRunOptions(run, ra);
  auto* sweep = app.add_subcommand("sweep", "Data-scaling sweep: sizes x methods x seeds");
  addRunOptions(sweep, sa.run);
  sweep->add_option("--threads", sa.run.threads, fieldHelp("threads") + ", 0 = all cores")
      ->check(fieldRange("threads"));
  sweep->add_option("--seeds", sa.run.sweep_seeds, "Cell seeds, e.g. 1,2,3 (overrides sweep.seeds)")
      ->delimiter(',')
      ->check(CLI::NonNegativeNumber);
  auto* slurm_opt = sweep->add_option(
      "--slurm", sa.slurm_dir,
      "Write a Slurm job array into this folder instead of running: one task per seed and size, "
      "each with its own shard (docs/cluster.md)");
  for (auto* o : {sweep->add_option("--partition", sa.partition, "Slurm partition"),
                  sweep->add_option("--gpus-per-task", sa.gpus_per_task, "GPUs per array task")
                      ->check(CLI::NonNegativeNumber),
                  sweep
                      ->add_option("--cpus-per-task", sa.cpus_per_task,
                                   "CPUs per array task (also each task's LibTorch threads)")
                      ->check(CLI::NonNegativeNumber),
                  sweep->add_option("--time", sa.time, "Time limit per task (e.g. 04:00:00)"),
                  sweep->add_option("--mem", sa.mem, "Memory per task (e.g. 16G)")})
    o->needs(slurm_opt);
  sweep->add_flag("--submit", sa.submit, "Submit the job array with sbatch")->needs(slurm_opt);
  auto* plan_opt =
      sweep->add_option("--plan", sa.plan, "Plan id of a split sweep (written by --slurm)");
  sweep
      ->add_option("--task", sa.task,
                   "Run only this task of the split sweep into --db (the job script's line)")
      ->check(CLI::NonNegativeNumber)
      ->needs(plan_opt)
      ->excludes(slurm_opt);

  std::string merge_db;
  std::vector<std::string> merge_shards;
  bool merge_json = false;
  auto* merge = app.add_subcommand(
      "merge", "Merge the shards of a split sweep (files or plan folders) into a workspace");
  merge->add_option("--db", merge_db, db_help);
  merge->add_option("shards", merge_shards, "Shard files or Slurm plan folders")->required();
  merge->add_flag("--json", merge_json, "Print the merge report as one JSON object");

  std::string status_dir;
  bool status_json = false;
  auto* slurm_status = app.add_subcommand(
      "slurm-status", "State of a Slurm plan's array tasks (squeue/sacct and the shards)");
  slurm_status->add_option("dir", status_dir, "Plan folder (written by sweep --slurm)")->required();
  slurm_status->add_flag("--json", status_json, "Print one JSON object");

  TuneArgs ta;
  auto* tune = app.add_subcommand(
      "tune", "Try a grid of the methods' hyperparameters on the validation split");
  addRunOptions(tune, ta.run);
  tune->add_option("--grid", ta.grid,
                   "FIELD=V1,V2,... (repeatable): a method field and its values, e.g. "
                   "dpo.beta=0.05,0.1,0.3")
      ->required();
  tune->add_option("--sizes", ta.sizes, "Training-set sizes, e.g. 2000,8000 (default: sweep.sizes)")
      ->delimiter(',')
      ->check(CLI::PositiveNumber);
  tune->add_option("--seeds", ta.seeds, "Cell seeds, e.g. 11,12,13 (default: sweep.seeds)")
      ->delimiter(',')
      ->check(CLI::NonNegativeNumber);
  tune->add_option("--methods", ta.methods,
                   "Methods to tune, e.g. dpo,step_dpo_full (default: sweep.methods)")
      ->delimiter(',');

  std::int64_t resume_id = 0;
  std::string resume_db;
  bool resume_json = false;
  auto* resume = app.add_subcommand("resume", "Continue an interrupted run or sweep");
  resume->add_option("id", resume_id, "Run or sweep id (see `runs`)")->required();
  resume->add_option("--db", resume_db, db_help);
  resume->add_flag("--json", resume_json, "Print the result as one JSON object on the last line");

  std::string runs_db;
  bool runs_json = false;
  auto* runs = app.add_subcommand("runs", "List runs and sweeps in a workspace");
  runs->add_option("--db", runs_db, db_help);
  runs->add_flag("--json", runs_json, "One JSON object per line");

  std::int64_t adv_run = 0;
  std::string adv_db;
  int adv_limit = -1;
  bool adv_json = false;
  auto* adv =
      app.add_subcommand("advantages", "Analysed negatives: per-step Q, A and the first pit");
  adv->add_option("--run", adv_run, "Run or sweep id")->required();
  adv->add_option("--db", adv_db, db_help);
  adv->add_option("--limit", adv_limit, "At most this many solutions")
      ->check(CLI::NonNegativeNumber);
  adv->add_flag("--json", adv_json, "One JSON object per line");

  ef::BenchOptions bo;
  bool bench_json = false;
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
  bench->add_flag("--json", bench_json, "Print one JSON object");
  ef::cli::BenchReferenceArgs bench_ref;
  bench->add_flag("--reference", bench_ref.run,
                  "Also run the same model and shapes in eager PyTorch (python3-torch) and print "
                  "ours / eager for training and sampling");
  bench->add_option("--python", bench_ref.python,
                    "Interpreter for --reference (default /usr/bin/python3, else python3)");

  std::string tok_dir;
  bool tok_json = false;
  auto* tokenize = app.add_subcommand(
      "tokenize", "Print the token ids of UTF-8 text read from stdin (GPT-2 BPE or characters)");
  tokenize
      ->add_option("--tokenizer", tok_dir,
                   "Folder with vocab.json + merges.txt, encoder.json + vocab.bpe, or "
                   "eightfold_tokenizer.json")
      ->required();
  tokenize->add_flag("--json", tok_json, "Print the ids as one JSON array on the last line");

  std::string model_dir, model_prompt = "", model_device = "auto";
  int model_new = 16;
  bool model_json = false;
  auto* model_cmd = app.add_subcommand(
      "model", "Load a model folder: its shape, load time, memory and a greedy continuation");
  model_cmd->add_option("dir", model_dir, "config.json + model.safetensors + tokenizer files")
      ->required();
  model_cmd->add_option("--prompt", model_prompt, "Text to continue (default: none)");
  model_cmd->add_option("--new-tokens", model_new, "Greedy tokens after the prompt")
      ->check(CLI::Range(0, 4096));
  model_cmd->add_option("--device", model_device, "auto, cpu, cuda or cuda:N")->check(deviceName());
  model_cmd->add_flag("--json", model_json, "Print one JSON object");

  ExportArgs ea;
  auto* exp = app.add_subcommand("export", "Write a run's model or data for other tools");
  exp->require_subcommand(1);
  auto addExportSource = [&](CLI::App* cmd) {
    cmd->add_option("--run", ea.run, "Run id (a sweep or tune id: all its cells' data)")
        ->required();
    cmd->add_option("--db", ea.db, db_help);
  };
  auto* ex_pairs = exp->add_subcommand("pairs", "Preference pairs as JSONL");
  addExportSource(ex_pairs);
  ex_pairs->add_option("--format", ea.format, "trl-dpo: {prompt, chosen, rejected, ...}")
      ->required()
      ->check(CLI::IsMember({"trl-dpo"}));
  ex_pairs->add_option("--out", ea.out, "File to write (default: stdout)");
  auto* ex_steps = exp->add_subcommand("steps", "Stepwise supervision from the Monte-Carlo values");
  addExportSource(ex_steps);
  ex_steps->add_option("--format", ea.format, "trl-prm: {prompt, completions, labels}")
      ->required()
      ->check(CLI::IsMember({"trl-prm"}));
  ex_steps->add_flag("--soft", ea.soft, "Labels are the estimates Q (else: any rollout succeeded)");
  ex_steps->add_option("--out", ea.out, "File to write (default: stdout)");
  auto* ex_samples = exp->add_subcommand("samples", "Self-samples with their verdicts as JSONL");
  addExportSource(ex_samples);
  ex_samples->add_option("--out", ea.out, "File to write (default: stdout)");
  auto* ex_model = exp->add_subcommand(
      "model", "A trained model as a Hugging Face GPT-2 folder (config.json, model.safetensors)");
  addExportSource(ex_model);
  ex_model->add_option("--stage", ea.stage, "Checkpoint stage (default: the run's latest)");
  ex_model->add_option("--dtype", ea.dtype, "F32, F16 or BF16")
      ->check(CLI::IsMember({"F32", "F16", "BF16"}));
  ex_model->add_option("dir", ea.out, "Folder to write")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  ef::setConsoleLogLevel(log_level);
  if (*presets) return cmdPresets(presets_json);
  if (*run) return cmdRun(ra);
  if (*sweep) return cmdSweep(sa);
  if (*tune) return cmdTune(ta);
  if (*merge) return cmdMerge(merge_db, merge_shards, merge_json);
  if (*slurm_status) return cmdSlurmStatus(status_dir, status_json);
  if (*resume) return cmdResume(resume_id, resume_db, resume_json);
  if (*runs) return cmdRuns(runs_db, runs_json);
  if (*adv) return cmdAdvantages(adv_run, adv_db, adv_limit, adv_json);
  if (*tokenize) return cmdTokenize(tok_dir, tok_json);
  if (*model_cmd) return cmdModel(model_dir, model_prompt, model_new, model_device, model_json);
  if (*exp) {
    for (auto* sub : {ex_pairs, ex_steps, ex_samples, ex_model})
      if (*sub) ea.what = sub->get_name();
    return ea.what == "model" ? cmdExportModel(ea) : cmdExportDataset(ea);
  }
  if (*bench) {
    if (bo.d_model % bo.heads != 0) return fail(kExitBadInput, "--heads must divide --d-model");
    // lengths against --context: checked by runBench, which names both values
    return cmdBench(bo, bench_json, bench_ref);
  }
  return kExitBadInput;
}
