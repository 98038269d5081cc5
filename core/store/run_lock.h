// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the store: the lock file that marks a run as alive (run_store.h). The process running
// a run holds an exclusive flock on "<db>.locks/run-<id>.lock"; the OS drops it when the process
// dies, so a "running" run whose lock is free was left behind by a dead process.
//
// flock locks belong to the open file description: a second open() of the same file, even in the
// same process, conflicts with a lock held through another descriptor.
#include <memory>
#include <string>

namespace ef {

class RunLock {
 public:
  // Creates the lock file (and its directory, one level) if needed and takes an exclusive,
  // non-blocking flock on it. Returns nullptr when someone else holds the lock. Because
  // isLockHeld() briefly takes a shared lock, a refusal is retried for up to `retry_ms` before
  // giving up. Throws StoreError on I/O errors.
  static std::unique_ptr<RunLock> tryAcquire(const std::string& path, int retry_ms = 100);

  ~RunLock();  // closes the descriptor, which releases the lock; the file stays
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

  const std::string& path() const { return path_; }

 private:
  RunLock(std::string path, int fd);

  std::string path_;
  int fd_ = -1;
};

// True if some open file description holds an exclusive lock on `path` (including another
// descriptor of this process). A missing file means not held. Probes with LOCK_SH|LOCK_NB on a
// fresh descriptor and releases at once, so concurrent probes do not see each other.
bool isLockHeld(const std::string& path);

}  // namespace ef
