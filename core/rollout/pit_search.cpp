// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollout/pit_search.h"

#include <cmath>
#include <stdexcept>

namespace ef {

double bestOfK(double p, int k) {
  return 1.0 - std::pow(1.0 - p, k);
}

PitSearch::PitSearch(int num_steps, const PitOptions& options)
    : num_steps_(num_steps),
      opt_(options),
      q_(num_steps + 1),
      rollouts_(num_steps + 1, 0),
      successes_(num_steps + 1, 0) {
  if (num_steps < 1) throw std::invalid_argument("PitSearch: a solution has at least one step");
  if (options.k_est < 1) throw std::invalid_argument("PitSearch: k_est must be >= 1");
  q_[num_steps] = 0.0;  // the negative itself: its final answer is wrong
  hi_ = num_steps;
  advance();
}

std::vector<int> PitSearch::pending() const {
  std::vector<int> out;
  if (done_) return out;
  if (opt_.estimate_value && !evaluated(0)) out.push_back(0);
  if (!search_done_) {
    out.push_back(opt_.mode == PitSearchMode::Linear ? next_ : (lo_ + hi_ - 1) / 2);
  }
  return out;
}

void PitSearch::record(int prefix_len, int successes, int rollouts) {
  if (prefix_len < 0 || prefix_len >= num_steps_ || rollouts < 1 || successes < 0 ||
      successes > rollouts) {
    throw std::invalid_argument("PitSearch::record: bad prefix or counts");
  }
  rollouts_[prefix_len] += rollouts;
  successes_[prefix_len] += successes;
  const double p = static_cast<double>(successes_[prefix_len]) / rollouts_[prefix_len];
  q_[prefix_len] = opt_.k_bok > 0 ? bestOfK(p, opt_.k_bok) : p;
  if (prefix_len > 0 && !search_done_) {
    const bool none = successes_[prefix_len] == 0;
    if (opt_.mode == PitSearchMode::Linear) {
      if (prefix_len == next_) {
        if (none) {
          pit_ = prefix_len;
          search_done_ = true;
        } else {
          ++next_;
        }
      }
    } else if (none) {
      hi_ = prefix_len;
    } else {
      lo_ = prefix_len + 1;
    }
  }
  advance();
}

void PitSearch::advance() {
  if (!search_done_) {
    if (opt_.mode == PitSearchMode::Linear) {
      search_done_ = next_ >= num_steps_;
    } else if (lo_ >= hi_) {
      search_done_ = true;
      if (hi_ < num_steps_) pit_ = hi_;
    }
    if (search_done_ && !pit_ && opt_.last_step_can_be_pit) pit_ = num_steps_;
  }
  done_ = search_done_ && (!opt_.estimate_value || evaluated(0));
}

std::vector<std::optional<double>> PitSearch::advantages() const {
  std::vector<std::optional<double>> a(num_steps_);
  for (int i = 1; i <= num_steps_; ++i) {
    if (q_[i] && q_[i - 1]) a[i - 1] = *q_[i] - *q_[i - 1];
  }
  return a;
}

int PitSearch::rolloutsUsed() const {
  int n = 0;
  for (int r : rollouts_)
    n += r;
  return n;
}

}  // namespace ef
