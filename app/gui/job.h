// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One unit of work for a run worker: a new run, a new sweep, or the resumption of a stored run or
// sweep. Plain data, passed by value through queued signals; a new run or sweep carries its
// config typed and immutable, validated once by the setup page (the store keeps its JSON).
#include <QMetaType>
#include <QString>

#include <memory>

#include "experiment/config/run_config.h"

namespace ef::gui {

struct Job {
  enum class Kind { Run, Sweep, Resume };
  Kind kind = Kind::Run;
  std::shared_ptr<const RunConfig> config;  // Run, Sweep
  qint64 resume_id = 0;                     // Resume
  QString label;                            // shown while queued
  QString device;       // queue key: "cpu", "cuda", ... (worker threads are per device)
  qint64 queue_id = 0;  // assigned by the RunQueue
};

}  // namespace ef::gui

Q_DECLARE_METATYPE(ef::gui::Job)
