// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Process memory: what the run logs report and what the stages give back (docs/architecture.md,
// "Memory"). glibc keeps the memory of freed tensors in its heaps for reuse; after a stage that
// allocated many differently sized tensors (sampling, rollouts: the batch shrinks as sequences
// finish) that cache is most of the resident set, so the stages that generate hand it back.
#include <cstdint>

namespace ef {

// Resident set size now and its peak so far, in bytes (0 where /proc/self/status is unavailable).
std::int64_t residentBytes();
std::int64_t peakResidentBytes();

// Returns the allocator's free pages to the system (glibc malloc_trim; a no-op elsewhere).
void releaseFreeMemory();

}  // namespace ef
