// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Training and rollouts share the CPU cores with the GUI thread. On Linux the nice value is a
// per-thread attribute that threads inherit when they are created, so a worker that lowers its
// own priority before it first runs LibTorch also lowers the OpenMP threads LibTorch starts from
// it. The GUI thread then wins the cores whenever it has work (docs/architecture.md, "Threads").
namespace ef::gui {

// Background work runs at this nice value (0 is normal; 19 the lowest priority).
constexpr int kBackgroundNice = 10;

// Lowers the calling thread's scheduling priority to kBackgroundNice. Returns false where the
// platform has no per-thread priority (the work then runs at normal priority).
bool lowerThisThreadPriority();

}  // namespace ef::gui
