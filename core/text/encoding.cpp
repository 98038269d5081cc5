// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/encoding.h"

namespace ef {

std::vector<int> encodePrompt(const Tokenizer& tok, const std::string& prompt,
                              const std::string& solution_prefix) {
  // The prompt is encoded step-wise too: task prompts end with the separator, so a pair's prompt
  // (problem + first steps as one text) gets the same tokens as problem and prefix apart.
  std::vector<int> ids{tok.bos()};
  const auto p = tok.encodeSteps(prompt);
  ids.insert(ids.end(), p.begin(), p.end());
  if (!solution_prefix.empty()) {
    const auto s = tok.encodeSteps(solution_prefix);
    ids.insert(ids.end(), s.begin(), s.end());
  }
  return ids;
}

Example encodeExample(const Tokenizer& tok, const std::string& prompt, const std::string& solution,
                      bool complete) {
  Example e;
  e.tokens = encodePrompt(tok, prompt);
  e.prompt_len = static_cast<int>(e.tokens.size());
  const auto s = tok.encodeSteps(solution);
  e.tokens.insert(e.tokens.end(), s.begin(), s.end());
  if (complete) e.tokens.push_back(tok.eos());
  return e;
}

}  // namespace ef
