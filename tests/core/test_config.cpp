// SPDX-License-Identifier: GPL-3.0-or-later
// Run config parsing and validation, presets, and the learning-rate schedule.
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

#include <cmath>
#include <set>

#include "train/dpo_config.h"
#include "experiment/methods/rft_config.h"
#include "tasks/arith_task.h"
#include "tasks/stargraph_task.h"
#include "experiment/config/config_migrations.h"
#include "experiment/config/presets.h"
#include "experiment/config/run_config.h"
#include "tasks/jsonl_task.h"
#include "experiment/pipeline/task_data.h"
#include "tasks/task_registry.h"
#include "experiment/config/work_estimate.h"
#include "util/field_json.h"
#include "util/json_settings.h"

using namespace ef;

namespace {

// Parses text and returns {field, message} of the ConfigError ("", "" if it parsed).
std::pair<QString, QString> errorOf(const std::string& json) {
  try {
    parseRunConfig(json);
    return {};
  } catch (const ConfigError& e) {
    return {QString::fromStdString(e.field()), QString::fromStdString(e.what())};
  }
}

// A valid value of the field's type that differs from `current` (within range and choices).
void setOtherValue(const BoundField& f) {
  const FieldSpec& s = *f.spec;
  switch (s.type) {
    case FieldType::Section:
      break;
    case FieldType::Int: {
      int& v = *std::get<int*>(f.ref);
      v = v != static_cast<int>(s.max) ? static_cast<int>(s.max) : static_cast<int>(s.min);
      break;
    }
    case FieldType::Double: {
      double& v = *std::get<double*>(f.ref);
      const double hi = std::isfinite(s.max) ? s.max : v * 3 + 1;
      v = v != hi ? hi : (s.above_min ? hi / 2 : s.min);
      break;
    }
    case FieldType::Bool:
      *std::get<bool*>(f.ref) = !*std::get<bool*>(f.ref);
      break;
    case FieldType::UInt64:
      *std::get<std::uint64_t*>(f.ref) += 12345678901ull;
      break;
    case FieldType::Text:
      *std::get<std::string*>(f.ref) += "·" + s.key();
      break;
    case FieldType::Choice: {
      std::string& v = *std::get<std::string*>(f.ref);
      v = v != s.choices.back() ? s.choices.back() : s.choices.front();
      break;
    }
    case FieldType::IntList:
      *std::get<std::vector<int>*>(f.ref) = {static_cast<int>(s.max), static_cast<int>(s.min)};
      break;
    case FieldType::UInt64List:
      *std::get<std::vector<std::uint64_t>*>(f.ref) = {3, 18446744073709551615ull};
      break;
    case FieldType::ChoiceList: {
      auto& v = *std::get<std::vector<std::string>*>(f.ref);
      v = {s.choices.back(), s.choices.front()};
      break;
    }
  }
}

}  // namespace

class TestConfig : public QObject {
  Q_OBJECT

 private slots:
  void emptyObjectGivesDefaults() {
    const RunConfig c = parseRunConfig("{}");
    QCOMPARE(c.task.kind, std::string("arith"));
    QCOMPARE(c.sft.lr, 3e-4);
    QCOMPARE(c.model.heads, 4);
    QCOMPARE(c.seed, std::uint64_t{1});
  }

  void valuesAreRead() {
    const RunConfig c = parseRunConfig(
        R"({"name":"x","seed":7,"task":{"kind":"stargraph","stargraph":{"degree":3,"path_length":4}},
            "model":{"d_model":96,"heads":3},"sft":{"lr":0.01,"steps":5},"eval":{"pass_k":8}})");
    QCOMPARE(c.name, std::string("x"));
    QCOMPARE(c.seed, std::uint64_t{7});
    QCOMPARE(c.task.section<StarGraphConfig>().degree, 3);
    QCOMPARE(c.task.section<StarGraphConfig>().path_length, 4);
    QCOMPARE(c.model.d_model, 96);
    QCOMPARE(c.sft.lr, 0.01);
    QCOMPARE(c.eval.pass_k, 8);
  }

  void errorsNameTheField_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown top-level key") << R"({"sedd": 3})"
                                           << "sedd"
                                           << "unknown key";
    QTest::newRow("unknown nested key") << R"({"sft": {"lrr": 0.1}})"
                                        << "sft.lrr"
                                        << "unknown key";
    QTest::newRow("unknown task key") << R"({"task": {"arith": {"spurious": 0.1}}})"
                                      << "task.arith.spurious"
                                      << "unknown key";
    QTest::newRow("wrong type string") << R"({"sft": {"lr": "fast"}})"
                                       << "sft.lr"
                                       << "expected a number, got a string";
    QTest::newRow("wrong type float for int") << R"({"model": {"layers": 2.5}})"
                                              << "model.layers"
                                              << "expected an integer";
    QTest::newRow("object expected") << R"({"model": 3})"
                                     << "model"
                                     << "expected an object";
    QTest::newRow("negative lr") << R"({"sft": {"lr": -1}})"
                                 << "sft.lr"
                                 << "must be > 0 (got -1)";
    QTest::newRow("zero layers") << R"({"model": {"layers": 0}})"
                                 << "model.layers"
                                 << "must be between 1 and 64 (got 0)";
    QTest::newRow("rate above one") << R"({"task": {"arith": {"spurious_rate": 1.5}}})"
                                    << "task.arith.spurious_rate"
                                    << "must be between 0 and 1";
    QTest::newRow("bad precision") << R"({"precision": "fp8"})"
                                   << "precision"
                                   << "must be one of auto, fp32, bf16";
    QTest::newRow("bad task kind") << R"({"task": {"kind": "chess"}})"
                                   << "task.kind"
                                   << "must be one of arith, stargraph, lookup, hint, jsonl";
    QTest::newRow("negative dpo epochs") << R"({"dpo": {"max_epochs": -1}})"
                                         << "dpo.max_epochs"
                                         << "must be between 0 and";
    QTest::newRow("negative train probe") << R"({"eval": {"train_problems": -5}})"
                                          << "eval.train_problems"
                                          << "must be between 0 and";
    QTest::newRow("negative seed") << R"({"seed": -4})"
                                   << "seed"
                                   << "must be >= 0";
    QTest::newRow("bad device") << R"({"device": "tpu"})"
                                << "device"
                                << "must be auto, cpu";
    QTest::newRow("heads do not divide") << R"({"model": {"d_model": 100, "heads": 3}})"
                                         << "model.heads"
                                         << "must divide model.d_model";
    QTest::newRow("max below min steps")
        << R"({"task": {"arith": {"min_steps": 4, "max_steps": 2}}})"
        << "task.arith.max_steps"
        << "must be >= task.arith.min_steps";
    QTest::newRow("bad operator") << R"({"task": {"arith": {"operators": "+/"}}})"
                                  << "task.arith.operators"
                                  << "unknown operator '/'";
    QTest::newRow("too few labels")
        << R"({"task": {"kind": "stargraph", "stargraph": {"degree": 5, "path_length": 5, "nodes": 10}}})"
        << "task.stargraph.nodes"
        << "at least 1 + degree*(path_length-1) = 21";
    QTest::newRow("jsonl without files") << R"({"task": {"kind": "jsonl"}})"
                                         << "task.jsonl.train_file"
                                         << "is required";
    QTest::newRow("list element type") << R"({"sweep": {"sizes": [100, "x"]}})"
                                       << "sweep.sizes[1]"
                                       << "expected an integer, got a string";
    QTest::newRow("list element choice") << R"({"sweep": {"methods": ["sft", "ppo"]}})"
                                         << "sweep.methods[1]"
                                         << "must be one of sft, more_sft, reweighted_sft, rft";
    QTest::newRow("controls min_lr above lr") << R"({"controls": {"lr": 0.0001, "min_lr": 0.001}})"
                                              << "controls.min_lr"
                                              << "must be <= controls.lr";
    QTest::newRow("controls match") << R"({"controls": {"match": "awr"}})"
                                    << "controls.match"
                                    << "must be one of dpo, edit_dpo";
    QTest::newRow("stop at first step") << R"({"sft": {"stop_at_first_step": 1.5}})"
                                        << "sft.stop_at_first_step"
                                        << "1.5";
    QTest::newRow("stop split") << R"({"sft": {"stop_split": "test"}})"
                                << "sft.stop_split"
                                << "must be one of valid, train";
    QTest::newRow("stop without validation")
        << R"({"task": {"valid_size": 0}, "sft": {"stop_at_first_step": 0.5}})"
        << "sft.stop_at_first_step"
        << "needs a validation split";
    QTest::newRow("stop on train without probe")
        << R"({"task": {"valid_size": 100}, "eval": {"train_problems": 0},
              "sft": {"stop_at_first_step": 0.5, "stop_split": "train"}})"
        << "sft.stop_split"
        << "needs a training probe";
    QTest::newRow("lookup hint rate") << R"({"task": {"lookup": {"hint_rate": -0.1}}})"
                                      << "task.lookup.hint_rate"
                                      << "-0.1";
    QTest::newRow("hint hops") << R"({"task": {"kind": "hint", "hint": {"max_hops": 8}}})"
                               << "task.hint.max_hops"
                               << "must be below alphabet";
    QTest::newRow("repeated size") << R"({"sweep": {"sizes": [100, 200, 100]}})"
                                   << "sweep.sizes[2]"
                                   << "repeats element 0";
    QTest::newRow("not a list") << R"({"sweep": {"seeds": 3}})"
                                << "sweep.seeds"
                                << "expected an array, got a number";
    QTest::newRow("search mode") << R"({"advantages": {"search": "ternary"}})"
                                 << "advantages.search"
                                 << "must be one of linear, binary";
    QTest::newRow("rft init") << R"({"rft": {"init": "random"}})"
                              << "rft.init"
                              << "must be one of sft, base";
    QTest::newRow("dpo beta") << R"({"dpo": {"beta": 0}})"
                              << "dpo.beta"
                              << "must be > 0 (got 0)";
    QTest::newRow("dpo min_lr") << R"({"dpo": {"lr": 1e-5, "min_lr": 1e-4}})"
                                << "dpo.min_lr"
                                << "must be <= dpo.lr";
    QTest::newRow("unknown rft key") << R"({"rft": {"stepz": 3}})"
                                     << "rft.stepz"
                                     << "unknown key";
    QTest::newRow("min_lr above lr") << R"({"sft": {"lr": 0.001, "min_lr": 0.01}})"
                                     << "sft.min_lr"
                                     << "must be <= sft.lr";
  }

  void errorsNameTheField() {
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto [f, what] = errorOf(json.toStdString());
    QCOMPARE(f, field);
    QVERIFY2(what.contains(message), qPrintable(what));
    QVERIFY2(what.contains("'" + field + "'"), qPrintable(what));
  }

  void pipelineSectionsAreRead() {
    const RunConfig c = parseRunConfig(
        R"({"sample": {"samples_per_problem": 8, "max_negatives": 4},
            "rft": {"init": "base", "steps": 77},
            "advantages": {"k_est": 3, "k_bok": 5, "search": "binary"},
            "dpo": {"beta": 0.3, "lr": 1e-5, "min_lr": 1e-6, "steps": 40, "max_epochs": 1.5},
            "eval": {"train_problems": 50},
            "sweep": {"sizes": [100, 200], "methods": ["sft", "step_dpo_prefix"], "seeds": [1, 2]}})");
    QCOMPARE(c.sample.samples_per_problem, 8);
    QCOMPARE(c.sample.max_negatives, 4);
    QCOMPARE(c.section<RftConfig>().init, std::string("base"));
    QCOMPARE(c.section<RftConfig>().train.steps, 77);
    QCOMPARE(c.advantages.k_bok, 5);
    QCOMPARE(c.advantages.search, std::string("binary"));
    QCOMPARE(c.section<DpoConfig>().beta, 0.3);
    QCOMPARE(c.section<DpoConfig>().train.steps, 40);
    QCOMPARE(c.section<DpoConfig>().max_epochs, 1.5);
    QCOMPARE(c.eval.train_problems, 50);
    QCOMPARE(c.sweep.sizes, (std::vector<int>{100, 200}));
    QCOMPARE(c.sweep.methods, (std::vector<std::string>{"sft", "step_dpo_prefix"}));
    QCOMPARE(c.sweep.seeds, (std::vector<std::uint64_t>{1, 2}));
    QCOMPARE(toJson(parseRunConfig(toJson(c))), toJson(c));
  }

  // Stored configs carry their version; older ones are brought forward by numbered migrations,
  // newer or malformed versions are refused naming the field.
  void configVersionIsWrittenAndChecked() {
    RunConfig c;
    const auto j = nlohmann::ordered_json::parse(toJson(c));
    QCOMPARE(j.begin().key(), std::string("config_version"));
    QCOMPARE(j["config_version"].get<int>(), kConfigVersion);
    // A config written before versions existed reads as version 1.
    auto old = j;
    old.erase("config_version");
    old["sft"]["lr"] = 0.004;
    QCOMPARE(parseRunConfig(old.dump()).sft.lr, 0.004);
    for (const auto& [bad, words] :
         std::vector<std::pair<std::string, std::string>>{{"99", "written by a newer Eightfold"},
                                                          {"0", "whole number >= 1"},
                                                          {"\"1\"", "whole number >= 1"}}) {
      auto v = j;
      v["config_version"] = nlohmann::ordered_json::parse(bad);
      try {
        parseRunConfig(v.dump());
        QFAIL("accepted a bad config_version");
      } catch (const ConfigError& e) {
        QCOMPARE(e.field(), std::string("config_version"));
        QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
      }
    }
  }

  void configMigrationsRunInOrder() {
    // A chain of two: 2 renames sft.learning_rate to sft.lr, 3 moves "notes" to "description".
    const std::vector<ConfigMigration> chain{
        {2, "rename sft.learning_rate",
         [](nlohmann::ordered_json& c) {
           c["sft"]["lr"] = c["sft"]["learning_rate"];
           c["sft"].erase("learning_rate");
         }},
        {3, "notes become the description", [](nlohmann::ordered_json& c) {
           c["description"] = c["notes"];
           c.erase("notes");
         }}};
    auto v1 = nlohmann::ordered_json::parse(
        R"({"name": "old", "notes": "kept", "sft": {"learning_rate": 0.01}})");
    migrateConfig(v1, chain, 3);
    QCOMPARE(v1["sft"]["lr"].get<double>(), 0.01);
    QVERIFY(!v1["sft"].contains("learning_rate"));
    QCOMPARE(v1["description"].get<std::string>(), std::string("kept"));
    QVERIFY(!v1.contains("config_version"));
    QCOMPARE(parseRunConfig(v1.dump()).sft.lr, 0.01);  // today's reader takes the result
    // A version-2 config runs only the third migration.
    auto v2 = nlohmann::ordered_json::parse(
        R"({"config_version": 2, "notes": "n", "sft": {"lr": 0.02}})");
    migrateConfig(v2, chain, 3);
    QCOMPARE(v2["sft"]["lr"].get<double>(), 0.02);
    QCOMPARE(v2["description"].get<std::string>(), std::string("n"));
    // A gap in the chain is an error, not a silent skip.
    auto v1b = nlohmann::ordered_json::parse(R"({"sft": {"learning_rate": 0.01}})");
    QVERIFY_THROWS_EXCEPTION(ConfigError, migrateConfig(v1b, {chain[1]}, 3));
  }

  // Every declared field survives the writer and the reader with a value other than its default,
  // so no field can be missing from either (the declarations are the only list of fields).
  void everyFieldRoundTrips() {
    const auto& fields = runConfigFields();
    const RunConfig defaults;
    RunConfig a;
    const auto bound = fields.bind(a);
    const auto before = fields.bind(const_cast<RunConfig&>(defaults));
    int leaves = 0;
    for (std::size_t i = 0; i < bound.size(); ++i) {
      if (bound[i].spec->type == FieldType::Section) continue;
      ++leaves;
      setOtherValue(bound[i]);
      QVERIFY2(fieldValueJson(bound[i]) != fieldValueJson(before[i]), bound[i].spec->path.c_str());
    }
    QVERIFY(leaves >= 70);
    RunConfig b;
    readFieldsJson(fields.bind(b), writeFieldsJson(bound));
    const auto after = fields.bind(b);
    for (std::size_t i = 0; i < bound.size(); ++i) {
      QVERIFY2(fieldValueJson(after[i]) == fieldValueJson(bound[i]),
               qPrintable(QString("%1: %2 vs %3")
                              .arg(QString::fromStdString(bound[i].spec->path),
                                   QString::fromStdString(fieldValueJson(after[i])),
                                   QString::fromStdString(fieldValueJson(bound[i])))));
    }
  }

  // Labels and help for the form and --help; numbers bounded; sections in pipeline order.
  void everyFieldIsDescribed() {
    QStringList sections;
    for (const auto& e : runConfigFields().entries()) {
      const FieldSpec& s = e.spec;
      QVERIFY2(!s.label.empty(), s.path.c_str());
      if (s.type != FieldType::Section || s.path.find('.') == std::string::npos)
        QVERIFY2(!s.help.empty(), s.path.c_str());
      if (s.type == FieldType::Int || s.type == FieldType::IntList)
        QVERIFY2(std::isfinite(s.min) && std::isfinite(s.max), s.path.c_str());
      if (s.type == FieldType::Double)
        QVERIFY2(std::isfinite(s.min) && (std::isfinite(s.max) || s.above_min), s.path.c_str());
      if (s.type == FieldType::Choice || s.type == FieldType::ChoiceList)
        QVERIFY2(s.choices.size() >= 2, s.path.c_str());
      if (s.type == FieldType::Section && s.path.find('.') == std::string::npos)
        sections << QString::fromStdString(s.path);
    }
    // The pipeline's sections and every registered method section once, in JSON order: the
    // built-in ones in this order (a method registered later adds its own in between), "sweep"
    // last.
    QCOMPARE(sections.size(),
             static_cast<int>(pipelineSections().size() + 1 + registeredSections().size()));
    for (const ConfigSection* m : registeredSections())
      QCOMPARE(sections.count(QString::fromStdString(m->key)), 1);
    int at = 0;
    for (const char* key : {"task", "model", "sft", "eval", "sample", "rft", "advantages", "pairs",
                            "dpo", "awr", "controls", "iterated"}) {
      const int i = sections.indexOf(key, at);
      QVERIFY2(i >= at, key);
      at = i + 1;
    }
    QCOMPARE(sections.back(), QString("sweep"));
    QCOMPARE(runConfigField("threads").specialMeaning(0), std::string("all cores"));
    QCOMPARE(runConfigField("sft.steps").unit, std::string("steps"));
    QCOMPARE(runConfigField("model.layers").max, 64.0);
    bool threw = false;
    try {
      runConfigField("sft.nope");
    } catch (const std::out_of_range&) {
      threw = true;
    }
    QVERIFY(threw);
  }

  void methodRegistry() {
    const auto& methods = registeredMethods();
    QVERIFY(methods.size() >= 6);
    QVERIFY(methods.front()->baseline);
    QCOMPARE(&baselineMethod(), methods.front());
    QStringList names;
    for (const Method* m : methods) {
      const QString name = QString::fromStdString(m->name);
      QVERIFY2(!names.contains(name), qPrintable(name));
      names << name;
      QVERIFY2(!m->label.empty() && !m->description.empty(), qPrintable(name));
      QVERIFY2(m->work, qPrintable(name));
      QVERIFY2(isTrainingStage(m->stage), qPrintable(name));
      QVERIFY2(m == methods.front() || !m->baseline, qPrintable(name));
      QCOMPARE(findMethod(m->name), m);
      QVERIFY(m->work(RunConfig{}).optimizer_steps > 0);
    }
    QVERIFY(!findMethod("ppo"));
    // The config's choice and default are the registry.
    QCOMPARE(runConfigField("sweep.methods").choices, registeredMethodNames());
    QCOMPARE(RunConfig{}.sweep.methods, registeredMethodNames());
    // The baseline always runs; unknown names are left to the config reader.
    const auto some = methodsFor({"step_dpo_full", "rft"});
    QCOMPARE(some.size(), std::size_t(3));
    QCOMPARE(some[0], &baselineMethod());
    QCOMPARE(QString::fromStdString(some[1]->name), QString("rft"));  // registry order
    QCOMPARE(QString::fromStdString(some[2]->name), QString("step_dpo_full"));
    QVERIFY(findMethod("step_dpo_full")->needs_credit && !findMethod("dpo")->needs_credit);
    // The metric catalog: loss and the evaluation first, each method's metrics once.
    const auto catalog = metricCatalog();
    QCOMPARE(QString::fromStdString(catalog[0].name), QString("loss"));
    QVERIFY(catalog[0].stage.empty());
    int margins = 0;
    for (const MetricInfo& m : catalog)
      margins += m.name == "margin";
    QCOMPARE(margins, 1);
  }

  void unknownMethodIsRejectedByName() {
    const auto [f, what] = errorOf(R"({"sweep": {"methods": ["rft", "grpo"]}})");
    QCOMPARE(f, QString("sweep.methods[1]"));
    std::string known;
    for (const auto& n : registeredMethodNames())
      known += (known.empty() ? "" : ", ") + n;
    QVERIFY2(what.contains(QString::fromStdString("must be one of " + known + " (got \"grpo\")")),
             qPrintable(what));
  }

  void brokenJsonGivesLineAndColumn() {
    const auto [f, what] = errorOf("{\n  \"seed\": 1,\n  \"name\": \n}");
    QCOMPARE(f, QString());
    QVERIFY2(what.contains("line 4, column 1"), qPrintable(what));
    QVERIFY2(what.contains("invalid JSON"), qPrintable(what));
  }

  // Found by fuzz_config: a number beyond double ended the process (nlohmann's out_of_range
  // escaped the reader; the setup page catches ConfigError only). Hostile documents: nesting
  // 10 000 deep, 100 MB, NUL bytes and invalid UTF-8 are ConfigErrors too.
  void hostileJsonIsAConfigError() {
    for (const std::string& doc :
         {std::string("1e9696"), std::string("{\"sft\": {\"lr\": 1e9696}}"),
          std::string(10000, '[') + std::string(10000, ']'),
          "{\"sft\": " + std::string(10000, '[') + std::string(10000, ']') + "}",
          std::string("{\"sft\": {\"lr\": 0.1}}") + std::string(1, '\0'),
          std::string("{\"name\": \"\xff\xfe\"}")}) {
      try {
        parseRunConfig(doc);
        QFAIL(qPrintable(QString::fromStdString(doc.substr(0, 40)) + " was accepted"));
      } catch (const ConfigError& e) {
        QVERIFY(std::string(e.what()).size() > 0);
      }
    }
    const auto [f, what] = errorOf("{\"sft\": {\"lr\": 1e9696}}");
    QVERIFY2(what.contains("invalid JSON") && what.contains("number overflow"), qPrintable(what));
    // 100 MB of a valid document's padding: read (and refused for what it holds) in one pass.
    std::string big = "{\"description\": \"" + std::string(100u << 20, 'x') + "\", \"nope\": 1}";
    const auto [bf, bwhat] = errorOf(big);
    QCOMPARE(bf, QString("nope"));
  }

  void toJsonRoundTrips() {
    for (const auto& p : builtinPresets()) {
      const RunConfig a = parseRunConfig(p.json);
      const std::string once = toJson(a);
      const RunConfig b = parseRunConfig(once);
      QCOMPARE(toJson(b), once);
    }
  }

  void presetsShipped() {
    QStringList names;
    for (const auto& p : builtinPresets()) {
      names << QString::fromStdString(p.name);
      QVERIFY2(!p.description.empty(), p.name.c_str());
      const RunConfig c = loadPreset(p.name);
      QCOMPARE(QString::fromStdString(c.name), QString::fromStdString(p.name));
      if (p.name == "gsm8k-gpt2") {
        // The user's own GSM8K copy and GPT-2 folder: until they are there, the errors name the
        // field and say what to download.
        try {
          makeTask(c.task);
          QFAIL("gsm8k-gpt2 found its files");
        } catch (const ConfigError& e) {
          QCOMPARE(QString::fromStdString(e.field()), QString("task.jsonl.train_file"));
          QVERIFY2(QString(e.what()).contains("github.com/openai/grade-school-math"), e.what());
        }
        try {
          resolveGptConfig(c.model, 50257);
          QFAIL("gsm8k-gpt2 found its model");
        } catch (const ConfigError& e) {
          QCOMPARE(QString::fromStdString(e.field()), QString("model.init"));
          QVERIFY2(QString(e.what()).contains("huggingface.co/openai-community/gpt2"), e.what());
        }
        continue;
      }
      makeTask(c.task);  // every preset's task can be built
    }
    for (const char* required : {"arith-tiny", "arith-small", "stargraph-small"}) {
      QVERIFY2(names.contains(required), required);
    }
    QVERIFY(names.contains(QString::fromStdString(defaultPresetName())));
  }

  // --set PATH=VALUE (CLI): values read as JSON, else as strings; missing objects created; the
  // parser then checks the result as it checks a file.
  void settingsChangeFieldsBeforeParsing() {
    const std::string base = R"({"name": "x", "sft": {"lr": 0.01}})";
    const RunConfig cfg = parseRunConfig(applyJsonSettings(
        base, {"sft.stop_at_first_step=0.75", "sweep.sizes=[400,800]", "device=cpu",
               "task.stargraph.path_length=3", "sft.lr=0.002", "sft.lr=0.003"}));
    QCOMPARE(cfg.sft.stop_at_first_step, 0.75);
    QCOMPARE(cfg.sweep.sizes, (std::vector<int>{400, 800}));
    QCOMPARE(cfg.device, std::string("cpu"));
    QCOMPARE(cfg.task.section<StarGraphConfig>().path_length, 3);
    QCOMPARE(cfg.sft.lr, 0.003);  // the last setting of a path wins
    QCOMPARE(cfg.name, std::string("x"));
    QCOMPARE(applyJsonSettings(base, {}), base);  // no settings: the text unchanged
    auto fieldOf = [&](const std::vector<std::string>& settings) {
      try {
        parseRunConfig(applyJsonSettings(base, settings));
      } catch (const ConfigError& e) {
        return QString::fromStdString(e.field());
      }
      return QString("(no error)");
    };
    QCOMPARE(fieldOf({"sft.lr"}), QString("--set"));
    QCOMPARE(fieldOf({"=1"}), QString("--set"));
    QCOMPARE(fieldOf({"sft..lr=1"}), QString("--set"));
    QCOMPARE(fieldOf({"sft.lr.x=1"}), QString("sft.lr"));
    QCOMPARE(fieldOf({"sft.stepz=1"}), QString("sft.stepz"));
    QCOMPARE(fieldOf({"sft.steps=abc"}), QString("sft.steps"));
    QCOMPARE(fieldOf({"sft.stop_at_first_step=1.5"}), QString("sft.stop_at_first_step"));
  }

  void unknownPresetListsKnownOnes() {
    try {
      loadPreset("nope");
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QCOMPARE(QString::fromStdString(e.field()), QString("preset"));
      QVERIFY(QString(e.what()).contains("arith-tiny"));
    }
  }

  void workEstimateCountsTheBaselineEvenWhenNotListed() {
    RunConfig c = loadPreset("arith-scaling-tiny");
    c.sweep.methods = {"rft"};  // SFT runs anyway: every other method starts from it
    const WorkEstimate w = estimateWork(c, true);
    QCOMPARE(w.cells, 2 * 2);
    QCOMPARE(w.optimizer_steps, qint64(2 * (150 + 60)));
    QCOMPARE(w.max_rollouts, qint64(0));  // no method needs credit
    QCOMPARE(w.samples, qint64(600 * 4));
  }

  void workEstimateCountsTheSweep() {
    const RunConfig c = loadPreset("arith-scaling-tiny");
    // 2 sizes (200, 400) x 6 methods x 1 seed; sft 150 steps (eval every 50), rft 60, dpo 20.
    const WorkEstimate w = estimateWork(c, true);
    QCOMPARE(w.cells, 12);
    QCOMPARE(w.sft_models, 2);
    QCOMPARE(w.train_problems, qint64(600));
    QCOMPARE(w.optimizer_steps, qint64(2 * (150 + 60 + 4 * 20)));
    QCOMPARE(w.evaluations, qint64(2 * (4 + 1 + 4)));
    QCOMPARE(w.samples, qint64(600 * 4));
    QCOMPARE(w.max_negatives, qint64(600 * 2));
    // negatives and (analyze_positives) positives, 20 prefixes + V(x), K_est = 3
    QCOMPARE(w.max_rollouts, qint64((1200 + 1200) * 21 * 3));
    const WorkEstimate run = estimateWork(c, false);
    QCOMPARE(run.cells, 1);
    QCOMPARE(run.train_problems, qint64(400));
    QCOMPARE(run.optimizer_steps, qint64(150));
    QCOMPARE(run.max_rollouts, qint64(0));
  }

  // dpo.max_epochs counts passes over the pairs, with the batch a step really trains on.
  void dpoStepsCapPassesOverThePairs() {
    DpoConfig d;
    d.max_epochs = 3;
    d.train.steps = 150;
    d.train.batch_size = 32;
    QCOMPARE(dpoSteps(d, 190), 18);     // ceil(3 * 190 / 32)
    QCOMPARE(dpoSteps(d, 10000), 150);  // dpo.steps caps it
    QCOMPARE(dpoSteps(d, 10), 3);       // fewer pairs than a batch: 3 steps of all 10 = 3 passes
    QCOMPARE(dpoSteps(d, 1), 3);
    d.max_epochs = 0.1;
    QCOMPARE(dpoSteps(d, 10), 1);  // at least one step
    d.max_epochs = 0;
    QCOMPARE(dpoSteps(d, 10), 150);  // no cap
  }

  void epochBudgetGivesStepsPerSize() {
    TrainingConfig t;
    t.steps = 500;
    t.batch_size = 64;
    QCOMPARE(stageSteps(t, 1000), 500);  // no epoch budget: the step count
    t.epochs = 10;
    QCOMPARE(stageSteps(t, 1000), 157);  // ceil(10 * 1000 / 64)
    QCOMPARE(stageSteps(t, 4000), 625);  // four times the data, four times the steps
    QCOMPARE(stageSteps(t, 1), 1);
    DpoConfig d;
    d.train.batch_size = 32;
    d.train.epochs = 2;
    d.max_epochs = 0;
    QCOMPARE(dpoSteps(d, 100), 7);  // ceil(2 * 100 / 32)
    d.max_epochs = 1;
    QCOMPARE(dpoSteps(d, 100), 4);  // max_epochs caps the budget
  }

  void bestValidNeedsAValidationSplit() {
    const auto [f, what] =
        errorOf(R"({"task": {"valid_size": 0}, "rft": {"select": "best_valid"}})");
    QCOMPARE(f, QString("rft.select"));
    QVERIFY2(what.contains("task.valid_size"), qPrintable(what));
    const auto [g, why] = errorOf(R"({"sft": {"select": "best"}})");
    QCOMPARE(g, QString("sft.select"));
    QVERIFY(parseRunConfig(R"({"sft": {"select": "best_valid", "patience": 3}})").sft.patience ==
            3);
  }

  // Validation problems never repeat a training or test prompt, even when the task has few distinct
  // prompts and the independent streams collide; asking for more than remain names the field.
  void validationSplitIsDisjointFromTrainAndTest() {
    RunConfig c;
    c.task.section<ArithConfig>().min_steps = 1;
    c.task.section<ArithConfig>().max_steps = 2;
    c.task.section<ArithConfig>().operand_max = 5;  // 6*6 + 6*6*6 = 252 distinct prompts
    c.task.section<ArithConfig>().operators = "+";
    c.task.test_size = 50;
    c.task.valid_size = 40;
    const TaskData d = prepareTaskData(c, 100);
    QCOMPARE(d.valid.size(), std::size_t(40));
    std::set<std::string> train, test, valid;
    for (const auto& p : d.train)
      train.insert(p.prompt);
    for (const auto& p : d.test)
      test.insert(p.prompt);
    for (const auto& p : d.valid) {
      QVERIFY2(!train.count(p.prompt) && !test.count(p.prompt), p.prompt.c_str());
      QVERIFY(valid.insert(p.prompt).second);  // and no repeats inside the split
    }
    // The raw streams do collide here (the filter matters).
    int collisions = 0;
    for (const auto& p : makeTask(c.task)->problems("valid", 40, c.seed))
      collisions += train.count(p.prompt) + test.count(p.prompt);
    QVERIFY(collisions > 0);
    QCOMPARE(prepareTaskData(c, 100).valid.front().prompt, d.valid.front().prompt);  // determinism
    c.task.valid_size = 200;
    try {
      prepareTaskData(c, 100);
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QCOMPARE(QString::fromStdString(e.field()), QString("task.valid_size"));
    }
  }

  // A task with fewer training problems than asked for is a config error naming the size field.
  void shortImportNamesTheSizeField() {
    RunConfig c;
    c.task.kind = "jsonl";
    const std::string data = qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString();
    c.task.section<JsonlConfig>().train_file = data + "/jsonl/good.jsonl";
    c.task.section<JsonlConfig>().test_file = data + "/jsonl/good_test.jsonl";
    c.model.context = 512;
    c.task.valid_size = 0;  // the validation split would come from the end of the same file
    const TaskData all = prepareTaskData(c, 4);  // good.jsonl holds 4 problems
    QCOMPARE(all.train.size(), std::size_t(4));
    for (const auto& [size_field, expected] :
         {std::pair<std::string, QString>{"task.train_size", "task.train_size"},
          {"sweep.sizes", "sweep.sizes"}}) {
      try {
        prepareTaskData(c, 5, size_field);
        QFAIL("no error");
      } catch (const ConfigError& e) {
        QCOMPARE(QString::fromStdString(e.field()), expected);
        QVERIFY2(QString(e.what()).contains("asks for 5 training problems, but the jsonl task has "
                                            "only 4"),
                 e.what());
      }
    }
  }

  void jsonlTaskErrorNamesFileAndLine() {
    TaskConfig t;
    t.kind = "jsonl";
    const std::string data = qEnvironmentVariable("EIGHTFOLD_TEST_DATA").toStdString();
    t.section<JsonlConfig>().train_file = data + "/jsonl/missing_field.jsonl";
    t.section<JsonlConfig>().test_file = data + "/jsonl/good.jsonl";
    try {
      makeTask(t);
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QCOMPARE(QString::fromStdString(e.field()), QString("task.jsonl"));
      QVERIFY2(QString(e.what()).contains("missing_field.jsonl:"), e.what());
    }
  }

  // Hostile JSONL: a 10 MB line is read; a NUL byte and invalid UTF-8 each fail with their line
  // number and the file's name; with skip_bad_lines both are listed and the rest imported.
  void hostileJsonlLinesAreNamed() {
    QTemporaryDir dir;
    const std::string path = dir.filePath("hostile.jsonl").toStdString();
    {
      std::ofstream f(path, std::ios::binary);
      f << "{\"question\": \"2+3?\", \"answer\": \"2+3 = 5\\n#### 5\"}\n";
      f << "{\"question\": \"" << std::string(10u << 20, 'q')
        << "\", \"answer\": \"1+1 = 2\\n#### 2\"}\n";
      f << "{\"question\": \"a" << '\0' << "b\", \"answer\": \"#### 1\"}\n";
      f << "{\"question\": \"\xff\xfe\", \"answer\": \"#### 1\"}\n";
    }
    try {
      importJsonl(path, false);
      QFAIL("a NUL byte was accepted");
    } catch (const JsonlError& e) {
      QCOMPARE(e.line(), std::size_t(3));
      QVERIFY2(QString(e.what()).contains("hostile.jsonl"), e.what());
    }
    ImportReport report;
    const auto problems = importJsonl(path, true, &report);
    QCOMPARE(problems.size(), std::size_t(2));
    QCOMPARE(problems[1].prompt.size() > (10u << 20), true);
    QCOMPARE(report.skipped.size(), std::size_t(2));
    QCOMPARE(report.skipped[0].line, std::size_t(3));
    QCOMPARE(report.skipped[1].line, std::size_t(4));
  }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "test_config.moc"
