// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fair share on a shared machine (docs/engine.md, "Threads"): LibTorch's parallel regions wait at
// every barrier for their slowest thread, so with all cores busy elsewhere a step that asks for
// every core runs many times slower than its share. The governor measures instead of guessing:
// as soon as it has timed `probe` steps, and then every `period` steps, it runs `probe` steps with
// the other thread count (all the job's threads, or half of them) and keeps whichever gave the
// shorter median step; a probe step twice as slow as the current median ends the probe at once,
// and after a probe that lost it waits twice as long for the next (up to 16 periods). The first
// probe comes early because a busy machine makes every step at the wrong count several times
// slower. Alone on the machine that is all threads; beside two busy processes on 2 cores it is 1.
// Torch-free: the trainer applies threads() (at::set_num_threads) when changed() says so.
#include <vector>

namespace ef {

class ThreadGovernor {
 public:
  // max: the job's thread count (>= 1); with 1 there is nothing to choose and it never probes.
  // Without adapt it never changes anything (the run's numbers then do not depend on the load).
  // start: the count to begin with (the last stage's choice; 0 = max).
  explicit ThreadGovernor(int max, bool adapt = true, int start = 0, int period = 40,
                          int probe = 4);

  int threads() const { return probing_ ? alternative() : current_; }
  // The wall time of the step just run with threads().
  void record(double seconds);
  // threads() differs from what it was at the last call (true on the first call when the job's
  // count is not what the trainer runs with; the caller sets it either way).
  bool changed();
  int switches() const { return switches_; }

 private:
  int alternative() const;
  static double median(std::vector<double> v);

  int max_, period_, probe_;
  bool adapt_;
  int current_;
  bool probing_ = false;
  int wait_;  // steps between probes: period, doubled after each probe that lost
  int since_probe_ = 0;
  int applied_ = -1;
  int switches_ = 0;
  std::vector<double> recent_;  // the last `probe` steps at current_
  std::vector<double> trial_;   // the probe's steps at alternative()
};

}  // namespace ef
