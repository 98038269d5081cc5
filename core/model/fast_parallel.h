// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Threads for the CPU fast path (docs/engine.md, "Threads of the fast path"). The work is cut into
// pieces whose bounds depend only on the shapes, never on the thread count, and every number is
// computed inside exactly one piece: the results are bit for bit the same with 1 thread or 16.
// The pieces run on the OpenMP team of GCC's libgomp, the pool LibTorch and the OpenMP build of
// OpenBLAS already run on (at::set_num_threads sets its size), so no second pool competes for
// the cores, and a BLAS call inside a piece runs single-threaded.
#include <functional>

namespace ef::fast {

// Calls fn(i) for every i in [0, count). When `flops` (a rough count of the floating-point work of
// all pieces together) is worth a parallel region, the pieces are spread over the team, each
// taken by the next free thread; otherwise, or inside a parallel region already, they run here in
// order. fn must not throw: check inputs before.
void parallelFor(int count, double flops, const std::function<void(int)>& fn);

// The threads parallelFor would use from this thread (libgomp's omp_get_max_threads).
int parallelThreads();

// [begin, end) of piece i when `total` items are cut into pieces of `size`.
struct Piece {
  int begin, end;
};
inline int pieces(int total, int size) {
  return (total + size - 1) / size;
}
inline Piece piece(int i, int total, int size) {
  const int b = i * size;
  return {b, b + size < total ? b + size : total};
}

}  // namespace ef::fast
