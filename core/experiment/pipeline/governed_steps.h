// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer steps of a training stage, each run with the thread count the governor chooses
// (train/thread_governor.h; docs/engine.md, "Threads") and timed: supervised and preference
// training share it. With adaptive threads the stage starts where the last one ended (a busy
// machine stays busy) and the stages between, sampling and evaluation, run with that count too.
#include "model/device.h"
#include "train/thread_governor.h"
#include "util/timing.h"

namespace ef {

class GovernedSteps {
 public:
  // adaptive: the run allows it (RunConfig::adaptive_threads) and the model trains on the fast
  // path, whose numbers do not depend on the thread count (docs/engine.md, "Threads"); otherwise
  // the stage runs with the configured count.
  explicit GovernedSteps(bool adaptive)
      : governor_(configuredThreadCount(), adaptive, adaptive ? currentThreadCount() : 0) {}

  // Runs step() (one optimizer step) and returns what it returns.
  template <class Step>
  auto run(Step&& step) {
    if (governor_.changed()) useThreads(governor_.threads());
    const auto t = Clock::now();
    auto stats = step();
    const double seconds = secondsSince(t);
    governor_.record(seconds);
    seconds_ += seconds;
    return stats;
  }

  double seconds() const { return seconds_; }  // the steps' wall time so far
  int switches() const { return governor_.switches(); }

 private:
  ThreadGovernor governor_;
  double seconds_ = 0;
};

}  // namespace ef
