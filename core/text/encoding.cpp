#include "text/encoding.h"

namespace ef {

std::vector<int> encodePrompt(const Tokenizer& tok, const std::string& prompt) {
  std::vector<int> ids{Tokenizer::kBos};
  const auto p = tok.encode(prompt);
  ids.insert(ids.end(), p.begin(), p.end());
  return ids;
}

Example encodeExample(const Tokenizer& tok, const std::string& prompt, const std::string& solution,
                      bool complete) {
  Example e;
  e.tokens = encodePrompt(tok, prompt);
  e.prompt_len = static_cast<int>(e.tokens.size());
  const auto s = tok.encode(solution);
  e.tokens.insert(e.tokens.end(), s.begin(), s.end());
  if (complete) e.tokens.push_back(Tokenizer::kEos);
  return e;
}

}  // namespace ef
