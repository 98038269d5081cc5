#include "experiment/run_config.h"

#include "experiment/config_reader.h"

namespace ef {
namespace {

using nlohmann::ordered_json;

ConfigError makeError(const std::string& field, const std::string& message) {
  return ConfigError(field, message);
}

void readArith(ConfigReader r, ArithConfig& a) {
  r.read("min_steps", a.min_steps, 1, 64);
  r.read("max_steps", a.max_steps, 1, 64);
  r.read("operand_min", a.operand_min, 0, 1000000);
  r.read("operand_max", a.operand_max, 0, 1000000);
  r.read("operators", a.operators);
  r.read("modulus", a.modulus, 0, 1000000);
  r.read("spurious_rate", a.spurious_rate, 0.0, 1.0);
  r.finish();
}

void readStarGraph(ConfigReader r, StarGraphConfig& s) {
  r.read("degree", s.degree, 2, 64);
  r.read("path_length", s.path_length, 2, 64);
  r.read("nodes", s.nodes, 2, 1000);
  r.finish();
}

void readJsonl(ConfigReader r, JsonlConfig& j) {
  r.read("train_file", j.train_file);
  r.read("test_file", j.test_file);
  r.read("skip_bad_lines", j.skip_bad_lines);
  r.finish();
}

void readTask(ConfigReader r, TaskConfig& t) {
  r.readChoice("kind", t.kind, {"arith", "stargraph", "jsonl"});
  r.read("train_size", t.train_size, 1, 100000000);
  r.read("test_size", t.test_size, 1, 10000000);
  readArith(r.child("arith"), t.arith);
  readStarGraph(r.child("stargraph"), t.stargraph);
  readJsonl(r.child("jsonl"), t.jsonl);
  r.finish();
}

void readModel(ConfigReader r, ModelConfig& m) {
  r.read("layers", m.layers, 1, 64);
  r.read("d_model", m.d_model, 8, 8192);
  r.read("heads", m.heads, 1, 128);
  r.read("context", m.context, 8, 65536);
  r.read("dropout", m.dropout, 0.0, 0.9);
  r.readChoice("position", m.position, {"learned", "rotary"});
  r.finish();
}

// The optimisation keys shared by "sft", "rft" and "dpo".
void readTraining(ConfigReader& r, SftConfig& s) {
  r.read("steps", s.steps, 0, 100000000);
  r.read("batch_size", s.batch_size, 1, 65536);
  r.readPositive("lr", s.lr);
  r.read("min_lr", s.min_lr, 0.0, 1.0);
  r.read("warmup_steps", s.warmup_steps, 0, 100000000);
  r.read("weight_decay", s.weight_decay, 0.0, 10.0);
  r.read("grad_clip", s.grad_clip, 0.0, 1e6);
  r.read("eval_every", s.eval_every, 0, 100000000);
}

void readSft(ConfigReader r, SftConfig& s) {
  readTraining(r, s);
  r.finish();
}

void readSample(ConfigReader r, SampleConfig& s) {
  r.read("samples_per_problem", s.samples_per_problem, 1, 4096);
  r.read("temperature", s.temperature, 0.0, 100.0);
  r.read("top_k", s.top_k, 0, 1000000);
  r.read("max_negatives", s.max_negatives, 0, 4096);
  r.read("max_positives", s.max_positives, 0, 4096);
  r.read("batch_size", s.batch_size, 1, 65536);
  r.finish();
}

void readRft(ConfigReader r, RftConfig& c) {
  r.readChoice("init", c.init, {"sft", "base"});
  readTraining(r, c.train);
  r.finish();
}

void readAdvantages(ConfigReader r, AdvantageConfig& a) {
  r.read("k_est", a.k_est, 1, 4096);
  r.read("k_bok", a.k_bok, 0, 4096);
  r.readChoice("search", a.search, {"linear", "binary"});
  r.read("estimate_value", a.estimate_value);
  r.read("last_step_can_be_pit", a.last_step_can_be_pit);
  r.read("analyze_positives", a.analyze_positives);
  r.read("temperature", a.temperature, 0.0, 100.0);
  r.read("max_steps", a.max_steps, 1, 10000);
  r.read("store_rollouts", a.store_rollouts, 0, 4096);
  r.read("batch_size", a.batch_size, 1, 65536);
  r.finish();
}

void readPairs(ConfigReader r, PairsConfig& p) {
  r.readChoice("chosen", p.chosen, {"self", "teacher"});
  r.finish();
}

void readDpo(ConfigReader r, DpoConfig& d) {
  r.readPositive("beta", d.beta);
  r.read("max_epochs", d.max_epochs, 0.0, 1000.0);
  readTraining(r, d.train);
  r.finish();
}

void readSweep(ConfigReader r, SweepConfig& s) {
  r.readList("sizes", s.sizes, 1, 100000000);
  r.readList("methods", s.methods, sweepMethods());
  r.readList("seeds", s.seeds);
  r.finish();
}

nlohmann::ordered_json trainingJson(const SftConfig& s) {
  return {{"steps", s.steps},
          {"batch_size", s.batch_size},
          {"lr", s.lr},
          {"min_lr", s.min_lr},
          {"warmup_steps", s.warmup_steps},
          {"weight_decay", s.weight_decay},
          {"grad_clip", s.grad_clip},
          {"eval_every", s.eval_every}};
}

template <typename T>
void checkUnique(const std::vector<T>& v, const char* field) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (v[i] == v[j]) {
        throw ConfigError(std::string(field) + "[" + std::to_string(i) + "]",
                          "repeats element " + std::to_string(j));
      }
    }
  }
}

void readEval(ConfigReader r, EvalConfig& e) {
  r.read("pass_k", e.pass_k, 1, 1024);
  r.read("temperature", e.temperature, 0.0, 100.0);
  r.read("top_k", e.top_k, 0, 1000000);
  r.read("max_new_tokens", e.max_new_tokens, 0, 65536);
  r.read("batch_size", e.batch_size, 1, 65536);
  r.read("train_problems", e.train_problems, 0, 1000000);
  r.finish();
}

bool validDevice(const std::string& d) {
  if (d == "auto" || d == "cpu" || d == "cuda") return true;
  if (d.rfind("cuda:", 0) != 0 || d.size() == 5) return false;
  for (std::size_t i = 5; i < d.size(); ++i) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

}  // namespace

const std::vector<std::string>& sweepMethods() {
  static const std::vector<std::string> m{"sft",      "rft",           "dpo",
                                          "edit_dpo", "step_dpo_full", "step_dpo_prefix"};
  return m;
}

ConfigError::ConfigError(std::string field, const std::string& message)
    : std::runtime_error(field.empty() ? "config: " + message
                                       : "config field '" + field + "': " + message),
      field_(std::move(field)) {}

RunConfig parseRunConfig(const std::string& json_text) {
  const nlohmann::json doc = parseJsonText(json_text);
  RunConfig cfg;
  ConfigReader r(doc, "");
  r.read("name", cfg.name);
  r.read("description", cfg.description);
  r.read("seed", cfg.seed);
  r.read("device", cfg.device);
  r.readChoice("precision", cfg.precision, {"auto", "fp32", "bf16"});
  r.read("threads", cfg.threads, 0, 1024);
  readTask(r.child("task"), cfg.task);
  readModel(r.child("model"), cfg.model);
  readSft(r.child("sft"), cfg.sft);
  readEval(r.child("eval"), cfg.eval);
  readSample(r.child("sample"), cfg.sample);
  readRft(r.child("rft"), cfg.rft);
  readAdvantages(r.child("advantages"), cfg.advantages);
  readPairs(r.child("pairs"), cfg.pairs);
  readDpo(r.child("dpo"), cfg.dpo);
  readSweep(r.child("sweep"), cfg.sweep);
  r.finish();
  validate(cfg);
  return cfg;
}

void validate(const RunConfig& c) {
  if (c.name.empty()) throw makeError("name", "must not be empty");
  if (!validDevice(c.device)) {
    throw makeError("device", "must be auto, cpu, cuda or cuda:N (got \"" + c.device + "\")");
  }
  const auto& a = c.task.arith;
  if (a.max_steps < a.min_steps) {
    throw makeError("task.arith.max_steps",
                    "must be >= task.arith.min_steps (" + std::to_string(a.min_steps) + ")");
  }
  if (a.operand_max < a.operand_min) {
    throw makeError("task.arith.operand_max",
                    "must be >= task.arith.operand_min (" + std::to_string(a.operand_min) + ")");
  }
  if (a.operators.empty()) throw makeError("task.arith.operators", "must not be empty");
  for (char op : a.operators) {
    if (op != '+' && op != '-' && op != '*') {
      throw makeError("task.arith.operators",
                      std::string("unknown operator '") + op + "' (allowed: + - *)");
    }
  }
  if (a.modulus == 1) throw makeError("task.arith.modulus", "must be 0 (none) or >= 2");
  const auto& s = c.task.stargraph;
  if (1 + s.degree * (s.path_length - 1) > s.nodes) {
    throw makeError("task.stargraph.nodes", "must be at least 1 + degree*(path_length-1) = " +
                                                std::to_string(1 + s.degree * (s.path_length - 1)) +
                                                " (got " + std::to_string(s.nodes) + ")");
  }
  if (c.task.kind == "jsonl") {
    if (c.task.jsonl.train_file.empty()) {
      throw makeError("task.jsonl.train_file", "is required when task.kind is \"jsonl\"");
    }
    if (c.task.jsonl.test_file.empty()) {
      throw makeError("task.jsonl.test_file", "is required when task.kind is \"jsonl\"");
    }
  }
  if (c.model.d_model % c.model.heads != 0) {
    throw makeError("model.heads",
                    "must divide model.d_model (" + std::to_string(c.model.d_model) + ")");
  }
  if (c.model.position == "rotary" && (c.model.d_model / c.model.heads) % 2 != 0) {
    throw makeError("model.position", "rotary needs an even head width d_model/heads (got " +
                                          std::to_string(c.model.d_model / c.model.heads) + ")");
  }
  for (const auto& [name, t] : {std::pair<const char*, const SftConfig*>{"sft", &c.sft},
                                {"rft", &c.rft.train},
                                {"dpo", &c.dpo.train}}) {
    if (t->min_lr > t->lr)
      throw makeError(std::string(name) + ".min_lr", "must be <= " + std::string(name) + ".lr");
  }
  checkUnique(c.sweep.sizes, "sweep.sizes");
  checkUnique(c.sweep.methods, "sweep.methods");
  checkUnique(c.sweep.seeds, "sweep.seeds");
  if (c.sweep.seeds.empty()) throw makeError("sweep.seeds", "needs at least one seed");
  if (c.sweep.methods.empty()) throw makeError("sweep.methods", "needs at least one method");
}

std::string toJson(const RunConfig& c) {
  ordered_json j;
  j["name"] = c.name;
  j["description"] = c.description;
  j["seed"] = c.seed;
  j["device"] = c.device;
  j["precision"] = c.precision;
  j["threads"] = c.threads;
  const auto& t = c.task;
  j["task"] = {{"kind", t.kind},
               {"train_size", t.train_size},
               {"test_size", t.test_size},
               {"arith",
                {{"min_steps", t.arith.min_steps},
                 {"max_steps", t.arith.max_steps},
                 {"operand_min", t.arith.operand_min},
                 {"operand_max", t.arith.operand_max},
                 {"operators", t.arith.operators},
                 {"modulus", t.arith.modulus},
                 {"spurious_rate", t.arith.spurious_rate}}},
               {"stargraph",
                {{"degree", t.stargraph.degree},
                 {"path_length", t.stargraph.path_length},
                 {"nodes", t.stargraph.nodes}}},
               {"jsonl",
                {{"train_file", t.jsonl.train_file},
                 {"test_file", t.jsonl.test_file},
                 {"skip_bad_lines", t.jsonl.skip_bad_lines}}}};
  j["model"] = {{"layers", c.model.layers},   {"d_model", c.model.d_model},
                {"heads", c.model.heads},     {"context", c.model.context},
                {"dropout", c.model.dropout}, {"position", c.model.position}};
  j["sft"] = trainingJson(c.sft);
  j["eval"] = {{"pass_k", c.eval.pass_k},         {"temperature", c.eval.temperature},
               {"top_k", c.eval.top_k},           {"max_new_tokens", c.eval.max_new_tokens},
               {"batch_size", c.eval.batch_size}, {"train_problems", c.eval.train_problems}};
  const auto& s = c.sample;
  j["sample"] = {{"samples_per_problem", s.samples_per_problem},
                 {"temperature", s.temperature},
                 {"top_k", s.top_k},
                 {"max_negatives", s.max_negatives},
                 {"max_positives", s.max_positives},
                 {"batch_size", s.batch_size}};
  j["rft"] = {{"init", c.rft.init}};
  j["rft"].update(trainingJson(c.rft.train));
  const auto& a = c.advantages;
  j["advantages"] = {{"k_est", a.k_est},
                     {"k_bok", a.k_bok},
                     {"search", a.search},
                     {"estimate_value", a.estimate_value},
                     {"last_step_can_be_pit", a.last_step_can_be_pit},
                     {"analyze_positives", a.analyze_positives},
                     {"temperature", a.temperature},
                     {"max_steps", a.max_steps},
                     {"store_rollouts", a.store_rollouts},
                     {"batch_size", a.batch_size}};
  j["pairs"] = {{"chosen", c.pairs.chosen}};
  j["dpo"] = {{"beta", c.dpo.beta}, {"max_epochs", c.dpo.max_epochs}};
  j["dpo"].update(trainingJson(c.dpo.train));
  j["sweep"] = {{"sizes", c.sweep.sizes}, {"methods", c.sweep.methods}, {"seeds", c.sweep.seeds}};
  return j.dump(2);
}

}  // namespace ef
