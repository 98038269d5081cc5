// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Causal self-attention of one sequence and one head for the fast path's training step
// (model/fast_trainer.h), forward and backward, as plain loops that the compiler vectorises
// (docs/engine.md, "The fast path"). Queries, keys and values are read from the sequence's rows
// of the fused projection qkv ([T x 3d]: queries, keys, values, heads side by side in each third).
namespace ef::fast {

// y (row stride d) = softmax(Q K^T / sqrt(head_dim), causal) V for head `head`; P [T x T]
// receives the attention weights (zero above the diagonal), which the backward needs.
void causalAttentionForward(const float* qkv, int T, int d, int head, int head_dim, float* P,
                            float* y);

// The backward of causalAttentionForward: from dy (row stride d) and the saved P, writes the
// head's columns of dq, dk and dv in dqkv ([T x 3d], the layout of qkv).
void causalAttentionBackward(const float* qkv, const float* P, const float* dy, int T, int d,
                             int head, int head_dim, float* dqkv);

// Decoding: one new token's attention over its cache row. q: the token's queries (all heads side
// by side, d floats); K and V: the row's cached keys and values ([keys x d], the token's own
// included); scores: scratch of at least `keys` floats; y (d floats) receives every head's output.
void attendCache(const float* q, const float* K, const float* V, int keys, int d, int heads,
                 int head_dim, float* scores, float* y);

}  // namespace ef::fast
