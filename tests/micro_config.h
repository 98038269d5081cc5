// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The test-only micro configuration (tests/data/presets/micro-sweep.json; docs/testing.md, "The
// micro configuration"): a one-layer model, a few dozen steps and every stage of the pipeline,
// for tests that check paths rather than learning. ctest passes its path in EF_MICRO_CONFIG and
// the shared reference sweep of it (seeds 1 and 2) in EF_REFERENCE_SWEEP.
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <stdexcept>
#include <string>

#include "experiment/config/run_config.h"

namespace ef::test {

inline std::string microConfigPath() {
  const QString p = qEnvironmentVariable("EF_MICRO_CONFIG");
  if (p.isEmpty()) throw std::runtime_error("EF_MICRO_CONFIG is not set (ctest sets it)");
  return p.toStdString();
}

inline RunConfig microConfig() {
  QFile f(QString::fromStdString(microConfigPath()));
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + microConfigPath());
  return parseRunConfig(f.readAll().toStdString());
}

// The reference sweep's workspace (the micro sweep, seeds 1 and 2, run once by the ctest
// fixture reference_sweep); tests copy it before they write to it.
inline std::string referenceSweepDb() {
  const QString dir = qEnvironmentVariable("EF_REFERENCE_SWEEP");
  if (dir.isEmpty()) throw std::runtime_error("EF_REFERENCE_SWEEP is not set (ctest sets it)");
  return (dir + "/reference.sqlite").toStdString();
}

}  // namespace ef::test
