#include "train/batching.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

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

std::vector<Example> encodeProblems(const Tokenizer& tok, const Task& task,
                                    const std::vector<Problem>& problems, int context) {
  std::vector<Example> out;
  out.reserve(problems.size());
  for (std::size_t i = 0; i < problems.size(); ++i) {
    out.push_back(encodeExample(tok, problems[i].prompt, task.solutionText(problems[i])));
    if (static_cast<int>(out.back().tokens.size()) > context) {
      throw std::length_error("problem " + std::to_string(i) + " needs " +
                              std::to_string(out.back().tokens.size()) +
                              " tokens, more than model.context = " + std::to_string(context));
    }
  }
  return out;
}

Batch makeBatch(const std::vector<Example>& examples, const std::vector<std::size_t>& indices,
                const at::Device& device) {
  std::size_t T = 0;
  for (auto i : indices)
    T = std::max(T, examples[i].tokens.size() - 1);
  const auto B = static_cast<std::int64_t>(indices.size());
  std::vector<std::int64_t> in(B * T, Tokenizer::kPad), tg(B * T, -100);
  Batch b;
  for (std::int64_t r = 0; r < B; ++r) {
    const auto& e = examples[indices[r]];
    for (std::size_t t = 0; t + 1 < e.tokens.size(); ++t) {
      in[r * T + t] = e.tokens[t];
      if (static_cast<int>(t + 1) >= e.prompt_len) {
        tg[r * T + t] = e.tokens[t + 1];
        ++b.loss_tokens;
      }
    }
    b.tokens += static_cast<std::int64_t>(e.tokens.size() - 1);
  }
  const auto Tl = static_cast<std::int64_t>(T);
  b.input = torch::tensor(in, torch::kLong).view({B, Tl}).to(device);
  b.target = torch::tensor(tg, torch::kLong).view({B, Tl}).to(device);
  return b;
}

}  // namespace ef
