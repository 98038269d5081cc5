// SPDX-License-Identifier: GPL-3.0-or-later
// tokenize and export: the bridge to other tools (docs/models.md, "Exports").
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "experiment/tools/dataset_export.h"
#include "experiment/tools/model_export.h"
#include "experiment/tools/model_probe.h"
#include "model/checkpoint.h"
#include "store/run_store.h"
#include "text/tokenizer_files.h"
#include "util/config_error.h"

namespace ef::cli {

int cmdTokenize(const std::string& dir, bool json) {
  std::unique_ptr<Tokenizer> tok;
  try {
    tok = readTokenizer(dir, "\n");
  } catch (const std::exception& e) {
    return fail(kExitBadInput, e.what());
  }
  const std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
  const auto t0 = std::chrono::steady_clock::now();
  const auto ids = tok->encode(text);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "tokenize: %zu bytes -> %zu tokens in %.3f s (%.0f tokens/s)\n", text.size(),
               ids.size(), s, s > 0 ? static_cast<double>(ids.size()) / s : 0.0);
  if (json) {
    std::cout << nlohmann::json(ids).dump() << "\n";
    return 0;
  }
  for (std::size_t i = 0; i < ids.size(); ++i)
    std::cout << (i ? " " : "") << ids[i];
  std::cout << "\n";
  return 0;
}

int cmdModel(const std::string& dir, const std::string& prompt, int new_tokens,
             const std::string& device, bool json) {
  try {
    const ModelProbe p = probeModelFolder(dir, prompt, new_tokens, device);
    nlohmann::ordered_json j;
    j["dir"] = dir;
    j["model"] = p.model.describe();
    j["parameters"] = p.model.parameterCount();
    j["vocab"] = p.model.vocab;
    j["n_positions"] = p.model.positionRows();
    j["tokenizer"] = p.tokenizer;
    j["tokenizer_vocab"] = p.tokenizer_vocab;
    j["weights_dtype"] = p.weights_dtype;
    j["load_s"] = p.load_s;
    j["rss_before_mib"] = p.rss_before_mib;
    j["peak_rss_mib"] = p.peak_rss_mib;
    j["prompt_ids"] = p.prompt_ids;
    j["generated_ids"] = p.generated;
    j["continuation"] = p.continuation;
    j["generate_s"] = p.generate_s;
    if (json) {
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::printf(
          "%s\n%s tokenizer (%d tokens), weights %s\nloaded in %.3f s, peak RSS %.0f MiB"
          "\ngreedy continuation: %s\n",
          p.model.describe().c_str(), p.tokenizer.c_str(), p.tokenizer_vocab,
          p.weights_dtype.c_str(), p.load_s, p.peak_rss_mib, p.continuation.c_str());
    }
    return 0;
  } catch (const std::exception& e) {
    return fail(kExitBadInput, e.what());
  }
}

int cmdExportDataset(const ExportArgs& a) {
  try {
    const RunStore store(workspace(a.db), RunStore::Mode::ReadOnly);
    std::ofstream file;
    if (!a.out.empty()) {
      file.open(a.out, std::ios::binary | std::ios::trunc);
      if (!file) return fail(kExitBadInput, a.out + ": cannot write");
    }
    std::ostream& out = a.out.empty() ? std::cout : file;
    ExportCount n;
    if (a.what == "pairs") {
      if (a.format != "trl-dpo") return fail(kExitBadInput, "export pairs: --format trl-dpo");
      n = exportTrlDpo(store, a.run, out);
    } else if (a.what == "steps") {
      if (a.format != "trl-prm") return fail(kExitBadInput, "export steps: --format trl-prm");
      n = exportTrlPrm(store, a.run, a.soft, out);
    } else {
      n = exportSamples(store, a.run, out);
    }
    out.flush();
    if (!out) return fail(kExitFailed, "writing the export failed (disk full?)");
    if (n.labels_from != 0)
      std::fprintf(stderr, "export steps: run %lld's step labels are its π_sft cell's, run %lld\n",
                   static_cast<long long>(a.run), static_cast<long long>(n.labels_from));
    std::fprintf(stderr, "export %s: %zu lines%s\n", a.what.c_str(), n.lines,
                 n.skipped ? (" (" + std::to_string(n.skipped) +
                              " analysed samples without an estimated step left out)")
                                 .c_str()
                           : "");
    return 0;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const std::exception& e) {
    return fail(kExitBadInput, e.what());
  }
}

int cmdExportModel(const ExportArgs& a) {
  try {
    RunStore store(workspace(a.db), RunStore::Mode::ReadWrite);
    TensorDtype dtype = TensorDtype::F32;
    if (!parseDtype(a.dtype, dtype) ||
        (dtype != TensorDtype::F32 && dtype != TensorDtype::F16 && dtype != TensorDtype::BF16)) {
      return fail(kExitBadInput, "--dtype must be F32, F16 or BF16");
    }
    const ModelExport m = exportModel(store, a.run, a.stage, a.out, dtype);
    std::fprintf(stderr, "export model: run %lld, stage %s at step %lld, %s, %s tokenizer -> %s\n",
                 static_cast<long long>(a.run), m.stage.c_str(), static_cast<long long>(m.step),
                 m.model.describe().c_str(), m.tokenizer.c_str(), m.dir.c_str());
    return 0;
  } catch (const StoreError& e) {
    return fail(kExitStore, e.what());
  } catch (const ExportError& e) {
    return fail(kExitBadInput, e.what());
  } catch (const ConfigError& e) {
    return fail(kExitBadInput, e.what());
  } catch (const std::exception& e) {
    return fail(kExitFailed, e.what());
  }
}

}  // namespace ef::cli
