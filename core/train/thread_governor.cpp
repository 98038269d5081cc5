// SPDX-License-Identifier: GPL-3.0-or-later
#include "train/thread_governor.h"

#include <algorithm>

namespace ef {

ThreadGovernor::ThreadGovernor(int max, bool adapt, int start, int period, int probe)
    : max_(std::max(1, max)),
      period_(std::max(1, period)),
      probe_(std::max(1, probe)),
      adapt_(adapt),
      current_(start > 0 && start < max ? std::max(1, max / 2) : std::max(1, max)),
      wait_(std::max(1, probe)) {}

int ThreadGovernor::alternative() const {
  return current_ == max_ ? std::max(1, max_ / 2) : max_;
}

double ThreadGovernor::median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

void ThreadGovernor::record(double seconds) {
  if (max_ == 1 || !adapt_) return;
  if (probing_) {
    trial_.push_back(seconds);
    // One probe step twice as slow as the current median has lost already: on a busy machine a
    // step at all threads can be several times slower, and the rest of the probe would only add
    // to that.
    const bool lost_early = seconds > 2.0 * median(recent_);
    if (!lost_early && static_cast<int>(trial_.size()) < probe_) return;
    // Switch only for a clear gain (10%): timings of a busy machine are noisy.
    if (!lost_early && median(trial_) < 0.9 * median(recent_)) {
      current_ = alternative();
      ++switches_;
      recent_ = trial_;
      wait_ = period_;
    } else {
      // A probe that lost cost its steps: probe less often while nothing changes (at most every
      // 16 periods), so that a long run under steady load loses little to probing.
      wait_ = std::min(wait_ * 2, period_ * 16);
    }
    trial_.clear();
    probing_ = false;
    since_probe_ = 0;
    return;
  }
  recent_.push_back(seconds);
  if (static_cast<int>(recent_.size()) > probe_) recent_.erase(recent_.begin());
  if (++since_probe_ >= wait_ && static_cast<int>(recent_.size()) == probe_) probing_ = true;
}

bool ThreadGovernor::changed() {
  if (!adapt_) return false;
  const int t = threads();
  if (t == applied_) return false;
  applied_ = t;
  return true;
}

}  // namespace ef
