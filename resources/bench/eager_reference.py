#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The eager-PyTorch baseline of `eightfold-cli bench --reference` (docs/architecture.md, "Speed
# against eager PyTorch"): the same GPT as Eightfold's scratch model (token and learned position
# embeddings, pre-LayerNorm blocks with a fused qkv projection and a 4x GELU MLP, biases, a final
# LayerNorm, the output tied to the token embedding), written here from the architecture's
# description with torch.nn, on the same shapes and thread count, timed the way the C++ bench
# times itself (the median call after a warm-up). Prints one JSON object.
#
#   /usr/bin/python3 eager_reference.py --layers 4 --d-model 256 --heads 4 --context 128 \
#       --batch 32 --vocab 48 --prompt 32 --new-tokens 64 --threads 2
#
# Debian's python3-torch (apt-get install python3-torch): the same LibTorch and OpenBLAS as the
# C++ build, so the ratio measures the engines, not the libraries.
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc = nn.Linear(d, 4 * d)
        self.out = nn.Linear(4 * d, d)

    def attend(self, x, cache):
        b, t, d = x.shape
        h = self.heads
        q, k, v = self.qkv(x).split(d, dim=2)
        q, k, v = (z.view(b, t, h, d // h).transpose(1, 2) for z in (q, k, v))
        if cache is not None:
            if cache[0] is not None:
                k = torch.cat([cache[0], k], dim=2)
                v = torch.cat([cache[1], v], dim=2)
            cache[0], cache[1] = k, v
        s = k.shape[2]
        att = (q @ k.transpose(-2, -1)) / math.sqrt(d // h)
        # Causal: query i (at position s - t + i) sees keys up to its own position.
        mask = torch.ones(t, s, dtype=torch.bool).tril(diagonal=s - t)
        att = att.masked_fill(~mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, d)
        return self.proj(y)

    def forward(self, x, cache=None):
        x = x + self.attend(self.ln1(x), cache)
        return x + self.out(F.gelu(self.fc(self.ln2(x))))


class Gpt(nn.Module):
    def __init__(self, vocab, context, layers, d, heads):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(context, d)
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(layers))
        self.ln = nn.LayerNorm(d)

    def forward(self, idx, start=0, caches=None):
        t = idx.shape[1]
        x = self.tok(idx) + self.pos(torch.arange(start, start + t))
        for i, block in enumerate(self.blocks):
            x = block(x, None if caches is None else caches[i])
        return self.ln(x) @ self.tok.weight.t()


def median_call(fn, min_seconds, min_calls):
    fn()
    times = []
    t0 = time.perf_counter()
    while len(times) < min_calls or time.perf_counter() - t0 < min_seconds:
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def train_tokens_per_s(a):
    torch.manual_seed(1)
    model = Gpt(a.vocab, a.context, a.layers, a.d_model, a.heads)
    decay = [p for p in model.parameters() if p.dim() >= 2]
    other = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": other, "weight_decay": 0.0}],
                            lr=1e-4, betas=(0.9, 0.95), eps=1e-8)
    data = torch.randint(3, a.vocab, (a.batch, a.context + 1))
    x, y = data[:, :-1], data[:, 1:]

    def step():
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x).reshape(-1, a.vocab), y.reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()

    step()
    return a.batch * a.context / median_call(step, 1.0, a.steps)


@torch.no_grad()
def sample_tokens_per_s(a):
    torch.manual_seed(2)
    model = Gpt(a.vocab, a.context, a.layers, a.d_model, a.heads).eval()
    prompts = torch.randint(3, a.vocab, (a.batch, a.prompt))
    gen = torch.Generator().manual_seed(3)

    def sample():
        caches = [[None, None] for _ in range(a.layers)]
        logits = model(prompts, 0, caches)[:, -1]
        for i in range(a.new_tokens):
            nxt = torch.multinomial(logits.softmax(dim=-1), 1, generator=gen)
            if i + 1 == a.new_tokens:
                break
            logits = model(nxt, a.prompt + i, caches)[:, -1]

    return a.batch * a.new_tokens / median_call(sample, 1.0, 2)


def matmul_gflops(n=1024):
    x, y = torch.randn(n, n), torch.randn(n, n)
    return 2.0 * n ** 3 / median_call(lambda: torch.mm(x, y), 0.5, 3) / 1e9


def main():
    p = argparse.ArgumentParser()
    for name, default in [("layers", 4), ("d-model", 256), ("heads", 4), ("context", 128),
                          ("batch", 32), ("vocab", 48), ("prompt", 32), ("new-tokens", 64),
                          ("steps", 8), ("threads", 1)]:
        p.add_argument("--" + name, type=int, default=default)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    out = {"torch": torch.__version__, "threads": torch.get_num_threads(),
           "matmul_fp32_gflops": matmul_gflops(),
           "train_fp32_tokens_per_s": train_tokens_per_s(a),
           "sample_cached_tokens_per_s": sample_tokens_per_s(a)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
