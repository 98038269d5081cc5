// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the task tests (test_tasks.cpp, test_lookup.cpp).
#include <QtTest>

#include <initializer_list>
#include <string>
#include <vector>

#include "tasks/stargraph_task.h"
#include "tasks/task.h"

#define SCOMPARE(a, b) QCOMPARE(QString::fromStdString(a), QString::fromStdString(b))

namespace ef::checks {

// A star graph's settings by name (a positional initialiser would shift with a new member).
inline StarGraphConfig starGraph(int degree, int path_length, int nodes) {
  StarGraphConfig c;
  c.degree = degree;
  c.path_length = path_length;
  c.nodes = nodes;
  return c;
}

inline std::vector<std::string> prompts(const std::vector<Problem>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps)
    out.push_back(p.prompt);
  return out;
}

// Every output gets the expected verdict (the failing output is named).
inline void expectVerdicts(const Task& task, const Problem& p, Verdict expected,
                           std::initializer_list<const char*> outputs) {
  for (const char* out : outputs) {
    const Verdict v = task.verify(out, p);
    QVERIFY2(v == expected, (std::string("'") + out + "' -> " + verdictName(v)).c_str());
  }
}

}  // namespace ef::checks
