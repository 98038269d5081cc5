// SPDX-License-Identifier: GPL-3.0-or-later
#include "background_priority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ef::gui {

bool lowerThisThreadPriority() {
#if defined(__linux__)
  // PRIO_PROCESS with a thread id sets that thread's nice value (Linux: setpriority(2), BUGS).
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  return setpriority(PRIO_PROCESS, tid, kBackgroundNice) == 0;
#else
  return false;
#endif
}

}  // namespace ef::gui
