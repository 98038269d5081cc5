// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fast_parallel.h"

#include <algorithm>
#include <atomic>

// libgomp's entry points, as GCC's own OpenMP code calls them (the library's documented ABI,
// "Implementing the PARALLEL construct"). Eightfold is built with Clang, whose OpenMP targets
// LLVM's libomp; a second OpenMP runtime beside LibTorch's would bring a second pool of threads
// that spin against the first, so the fast path enters libgomp directly.
extern "C" {
void GOMP_parallel(void (*fn)(void*), void* data, unsigned num_threads, unsigned flags);
int omp_get_max_threads(void);
int omp_in_parallel(void);
void omp_set_num_threads(int);
}

namespace ef::fast {

namespace {

// Below this much work a parallel region (a few microseconds to wake the team) costs more than it
// saves.
constexpr double kParallelFlops = 2e5;

struct Job {
  const std::function<void(int)>* fn;
  int count;
  std::atomic<int> next{0};
};

void runPieces(void* data) {
  auto* job = static_cast<Job*>(data);
  for (int i = job->next.fetch_add(1); i < job->count; i = job->next.fetch_add(1))
    (*job->fn)(i);
}

}  // namespace

int parallelThreads() {
  return omp_in_parallel() ? 1 : std::max(1, omp_get_max_threads());
}

void parallelFor(int count, double flops, const std::function<void(int)>& fn) {
  if (count <= 0) return;
  const int team = parallelThreads();
  const int threads = count == 1 || flops < kParallelFlops ? 1 : team;
  if (threads < 2) {
    // Here too a BLAS call must run on one thread: the OpenMP build of OpenBLAS would otherwise
    // split a large product over the team, and its tiles at the split give other bits than one
    // thread's (the same batch gave gradients 3e-8 apart at 1 and 2 threads).
    if (team > 1) omp_set_num_threads(1);
    for (int i = 0; i < count; ++i)
      fn(i);
    if (team > 1) omp_set_num_threads(team);
    return;
  }
  Job job;
  job.fn = &fn;
  job.count = count;
  GOMP_parallel(&runPieces, &job, static_cast<unsigned>(std::min(threads, count)), 0);
}

}  // namespace ef::fast
