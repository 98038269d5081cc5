// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain data for the advantage inspector (docs/method.md, "Per-step credit"). The app fills these
// from the store; the views never compute Q or A themselves, so what is shown is exactly what was
// estimated.
#include <QString>
#include <QVector>
#include <QtGlobal>
#include <cmath>

namespace ef::widgets {

// One step of a solution. Q̂ is the Monte-Carlo success rate of rollouts started after this step,
// advantage A_i = Q̂_i − Q̂_{i−1}.
struct StepRow {
  int index = 0;  // 1-based; 0 = the bare problem V(x)
  QString text;
  double q = NAN, advantage = NAN;  // NaN = not estimated (e.g. after the pit's early exit)
  int rollouts = 0, successes = 0;
  bool pit = false, spurious = false;
  // The task's own rule labels the step useless (a restatement or a result nothing uses; the arith
  // teacher inserts such steps): shown beside the A ≤ 0 flag, which is what credit measured.
  bool labelled = false;
};

// One sampled solution as listed in the inspector.
struct SolutionRow {
  qint64 sample_id = 0;
  int problem_index = 0;
  QString prompt;
  QString verdict;  // correct | wrong | unparseable
  int steps = 0;
  int pit = 0;  // 1-based step of the first pit, 0 = none
  double min_advantage = NAN;
  int spurious = 0;
};

// One rollout (completion) sampled from a step prefix.
struct RolloutRow {
  int prefix_len = 0;  // number of solution steps in the prefix
  QString text;
  QString verdict;
};

// One preference pair built from a solution.
struct PairRow {
  QString kind, prompt, chosen, rejected;
  int pit = 0;
};

// One solution's steps evaluated under several policies (the inspector's step history,
// docs/method.md, "Step history"). Row i is prefix i (0 = the bare problem); per policy Q̂_i and
// A_i = Q̂_i − Q̂_{i−1} (NaN for row 0).
struct StepHistoryData {
  QVector<QString> steps;              // step texts; steps[0] is step 1
  QVector<QString> policies;           // column group titles, in lineage order
  QVector<QVector<double>> q;          // [policy][0 .. L]
  QVector<QVector<double>> advantage;  // [policy][1 .. L] stored at index i − 1
  QVector<int> pit;                    // [policy]: 1-based first pit, 0 = none
  int k = 0;                           // rollouts per prefix
};

}  // namespace ef::widgets
