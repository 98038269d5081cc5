// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "store/run_store.h"

namespace ef {
namespace {

std::string errnoText(int err) {
  return std::strerror(err);
}

// flock that retries on EINTR; returns 0 or the errno.
int lockFd(int fd, int operation) {
  while (::flock(fd, operation) != 0) {
    if (errno != EINTR) return errno;
  }
  return 0;
}

void ensureParentDirectory(const std::string& path) {
  const auto slash = path.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return;
  const std::string dir = path.substr(0, slash);
  if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) {
    throw StoreError("cannot create lock directory '" + dir + "': " + errnoText(errno));
  }
}

}  // namespace

RunLock::RunLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}

RunLock::~RunLock() {
  if (fd_ >= 0) ::close(fd_);
}

std::unique_ptr<RunLock> RunLock::tryAcquire(const std::string& path, int retry_ms) {
  ensureParentDirectory(path);
  // O_CLOEXEC: a child process we exec must not keep the run looking alive after we die.
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) throw StoreError("cannot open lock file '" + path + "': " + errnoText(errno));

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(retry_ms);
  for (;;) {
    const int err = lockFd(fd, LOCK_EX | LOCK_NB);
    if (err == 0) return std::unique_ptr<RunLock>(new RunLock(path, fd));
    if (err != EWOULDBLOCK) {
      ::close(fd);
      throw StoreError("cannot lock '" + path + "': " + errnoText(err));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd);
      return nullptr;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

bool isLockHeld(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // no lock file: nobody ever locked it, or it cannot be read
  const int err = lockFd(fd, LOCK_SH | LOCK_NB);
  ::close(fd);  // releases the probe's shared lock, if it got one
  return err == EWOULDBLOCK;
}

}  // namespace ef
