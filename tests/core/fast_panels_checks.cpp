// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path's packed products (model/fast_panels.h) against LibTorch's matmul in double
// (declared in model_checks.h).
#include <torch/torch.h>

#include <algorithm>
#include <vector>

#include "core/model_checks.h"
#include "model/fast_panels.h"

namespace ef::checks {
namespace {

std::vector<float> valuesOf(const torch::Tensor& t) {
  const auto c = t.to(torch::kFloat).contiguous();
  return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

double maxDiff(const std::vector<float>& got, const torch::Tensor& want) {
  const auto w = torch::from_blob(const_cast<float*>(got.data()), want.sizes(), torch::kFloat);
  return (w.to(torch::kDouble) - want).abs().max().item<double>();
}

}  // namespace

PanelCheck panelProducts(std::uint64_t seed, int n, int k, int cols) {
  torch::manual_seed(static_cast<std::int64_t>(seed));
  const auto a = torch::randn({n, k}, torch::kDouble);
  const auto b = torch::randn({k, cols}, torch::kDouble);
  const auto bias = torch::randn({cols}, torch::kDouble);
  const auto start = torch::randn({n, cols}, torch::kDouble);
  const auto va = valuesOf(a), vb = valuesOf(b), vbias = valuesOf(bias), vstart = valuesOf(start);
  const auto wt = valuesOf(b.t());  // a weight [cols x k] whose transpose is b
  // Float inputs, double reference.
  const auto af = a.to(torch::kFloat).to(torch::kDouble),
             bf = b.to(torch::kFloat).to(torch::kDouble);
  const auto plain = af.matmul(bf);
  const auto with_bias = plain + bias.to(torch::kFloat).to(torch::kDouble);
  const auto accumulated = with_bias + start.to(torch::kFloat).to(torch::kDouble);
  PanelCheck c;
  c.scale = accumulated.abs().max().item<double>();
  fast::Panels packed, transposed;
  packed.pack(vb.data(), k, cols);
  transposed.packTransposed(wt.data(), cols, k);
  std::vector<float> first;
  for (const auto kernel : fast::panelKernelsOnThisCpu()) {
    std::vector<float> out(static_cast<std::size_t>(n) * cols, -7.0f);
    fast::multiply(va.data(), n, packed, nullptr, out.data(), nullptr, kernel);
    c.max_diff = std::max(c.max_diff, maxDiff(out, plain));
    fast::multiply(va.data(), n, transposed, vbias.data(), out.data(), nullptr, kernel);
    c.max_diff = std::max(c.max_diff, maxDiff(out, with_bias));
    // Added from another array (over stale values in out), then accumulated in place.
    fast::multiply(va.data(), n, transposed, vbias.data(), out.data(), vstart.data(), kernel);
    c.max_diff = std::max(c.max_diff, maxDiff(out, accumulated));
    const std::vector<float> added = out;
    out = vstart;
    fast::multiply(va.data(), n, transposed, vbias.data(), out.data(), out.data(), kernel);
    c.max_diff = std::max(c.max_diff, maxDiff(out, accumulated));
    if (out != added) c.add_is_accumulate = false;
    if (first.empty()) {
      first = out;
    } else {
      for (std::size_t i = 0; i < out.size(); ++i)
        c.kernels_max_diff =
            std::max(c.kernels_max_diff, static_cast<double>(std::abs(out[i] - first[i])));
    }
    ++c.kernels;
  }
  // The same product on 1 thread and on 2: bit for bit.
  const int before = torch::get_num_threads();
  std::vector<std::vector<float>> by_threads;
  for (const int t : {1, 2}) {
    torch::set_num_threads(t);
    std::vector<float> out = vstart;
    fast::multiply(va.data(), n, transposed, vbias.data(), out.data(), out.data());
    by_threads.push_back(out);
  }
  torch::set_num_threads(before);
  c.threads_identical = by_threads[0] == by_threads[1];
  // Packed again with fewer columns: the padding of the last panel must be zero again.
  const int fewer = std::max(1, cols - 21);
  const auto b2 = b.narrow(1, 0, fewer).contiguous();
  const auto vb2 = valuesOf(b2);
  packed.pack(vb2.data(), k, fewer);
  std::vector<float> out2(static_cast<std::size_t>(n) * fewer);
  fast::multiply(va.data(), n, packed, nullptr, out2.data());
  c.max_diff =
      std::max(c.max_diff, maxDiff(out2, af.matmul(b2.to(torch::kFloat).to(torch::kDouble))));
  return c;
}

}  // namespace ef::checks
