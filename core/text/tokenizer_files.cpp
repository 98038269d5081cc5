// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tokenizer_files.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "text/bpe_tokenizer.h"
#include "text/char_tokenizer.h"

namespace ef {

namespace fs = std::filesystem;

namespace {

constexpr const char* kCharFile = "eightfold_tokenizer.json";

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

nlohmann::json readJson(const fs::path& p) {
  try {
    return nlohmann::json::parse(readAll(p));
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(p.string() + ": not JSON (" + e.what() + ")");
  }
}

BpeVocabulary readBpe(const fs::path& vocab_file, const fs::path& merges_file) {
  BpeVocabulary v;
  v.source = vocab_file.string();
  const auto j = readJson(vocab_file);
  if (!j.is_object()) throw std::runtime_error(v.source + ": not a JSON object of token: id");
  v.tokens.assign(j.size(), std::string());
  std::vector<bool> seen(j.size(), false);
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_number_integer())
      throw std::runtime_error(v.source + ": the id of '" + it.key() + "' is not an integer");
    const auto id = it.value().get<long long>();
    if (id < 0 || id >= static_cast<long long>(j.size()) || seen[static_cast<std::size_t>(id)]) {
      throw std::runtime_error(v.source + ": ids must be 0.." + std::to_string(j.size() - 1) +
                               " each once; '" + it.key() + "' has " + std::to_string(id));
    }
    seen[static_cast<std::size_t>(id)] = true;
    v.tokens[static_cast<std::size_t>(id)] = it.key();
  }
  std::istringstream lines(readAll(merges_file));
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || (number == 1 && line.rfind("#version", 0) == 0)) continue;
    const auto space = line.find(' ');
    if (space == std::string::npos || space == 0 || space + 1 == line.size() ||
        line.find(' ', space + 1) != std::string::npos) {
      throw std::runtime_error(merges_file.string() + ":" + std::to_string(number) +
                               ": expected two tokens separated by one space");
    }
    v.merges.emplace_back(line.substr(0, space), line.substr(space + 1));
  }
  return v;
}

}  // namespace

std::unique_ptr<Tokenizer> readTokenizer(const std::string& dir, const std::string& separator) {
  const fs::path d(dir);
  try {
    if (fs::exists(d / "vocab.json") && fs::exists(d / "merges.txt"))
      return std::make_unique<BpeTokenizer>(readBpe(d / "vocab.json", d / "merges.txt"), separator);
    if (fs::exists(d / "encoder.json") && fs::exists(d / "vocab.bpe"))
      return std::make_unique<BpeTokenizer>(readBpe(d / "encoder.json", d / "vocab.bpe"),
                                            separator);
    if (fs::exists(d / kCharFile)) {
      const auto j = readJson(d / kCharFile);
      if (!j.is_object() || j.value("kind", "") != "chars" || !j.contains("symbols") ||
          !j["symbols"].is_array()) {
        throw std::runtime_error((d / kCharFile).string() +
                                 ": expected {\"kind\": \"chars\", \"symbols\": [...]}");
      }
      return std::make_unique<CharTokenizer>(j["symbols"].get<std::vector<std::string>>(),
                                             separator);
    }
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(dir + ": " + e.what());
  }
  throw std::runtime_error(dir +
                           ": no tokenizer files (vocab.json + merges.txt, encoder.json + "
                           "vocab.bpe, or eightfold_tokenizer.json)");
}

void writeTokenizer(const Tokenizer& tok, const std::string& dir) {
  const fs::path d(dir);
  fs::create_directories(d);
  auto write = [&](const char* name, const std::string& text) {
    std::ofstream out(d / name, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error((d / name).string() + ": cannot write");
  };
  if (const auto* bpe = dynamic_cast<const BpeTokenizer*>(&tok)) {
    nlohmann::ordered_json vocab = nlohmann::ordered_json::object();
    const auto& v = bpe->vocabulary();
    for (std::size_t i = 0; i < v.tokens.size(); ++i)
      vocab[v.tokens[i]] = i;
    write("vocab.json", vocab.dump());
    std::string merges = "#version: 0.2\n";
    for (const auto& [a, b] : v.merges)
      merges += a + " " + b + "\n";
    write("merges.txt", merges);
    return;
  }
  if (const auto* chars = dynamic_cast<const CharTokenizer*>(&tok)) {
    const nlohmann::json j{{"kind", "chars"}, {"symbols", chars->symbols()}};
    write(kCharFile, j.dump(1));
    return;
  }
  throw std::logic_error("writeTokenizer: unknown tokenizer kind");
}

}  // namespace ef
