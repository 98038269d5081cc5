#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads a folder that `eightfold-cli export model` wrote with an independent GPT-2 forward
# (Debian's python3-torch, float64; Hugging Face's GPT-2 semantics: Conv1D [in, out] matrices,
# tied head unless tie_word_embeddings is false) and greedily continues the given token ids.
# Compare with `eightfold-cli model DIR --json` (its prompt_ids and generated_ids):
#
#   /usr/bin/python3 tests/bench/check_export.py DIR NEW_TOKENS ID ID ...
#
# Prints the generated ids as a JSON array. Rotary models ("eightfold_position") are refused.
import json
import math
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

DT = {"F32": np.float32, "F16": np.float16}


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        b, end = e["data_offsets"]
        raw = data[b:end]
        if e["dtype"] == "BF16":
            a = (np.frombuffer(raw, np.uint16).astype(np.uint32) << 16).view(np.float32)
        else:
            a = np.frombuffer(raw, DT[e["dtype"]])
        key = name[len("transformer."):] if name.startswith("transformer.") else name
        out[key] = torch.from_numpy(a.astype(np.float64).reshape(e["shape"]))
    return out


def main():
    d, new = sys.argv[1], int(sys.argv[2])
    ids = [int(x) for x in sys.argv[3:]]
    cfg = json.load(open(os.path.join(d, "config.json")))
    if cfg.get("eightfold_position", "learned") != "learned":
        sys.exit("rotary models have no GPT-2 forward")
    W = read_safetensors(os.path.join(d, "model.safetensors"))
    L, H, eps = cfg["n_layer"], cfg["n_head"], cfg.get("layer_norm_epsilon", 1e-5)
    tanh = cfg.get("activation_function", "gelu_new") in ("gelu_new", "gelu_pytorch_tanh")
    head = W["wte.weight"] if cfg.get("tie_word_embeddings", True) else W["lm_head.weight"]

    def ln(x, p):
        return F.layer_norm(x, (x.shape[-1],), W[p + ".weight"], W[p + ".bias"], eps)

    def gelu(x):
        if tanh:
            return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
        return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))

    def logits(seq):
        T = len(seq)
        h = W["wte.weight"][seq] + W["wpe.weight"][:T]
        for i in range(L):
            p = f"h.{i}."
            a = ln(h, p + "ln_1") @ W[p + "attn.c_attn.weight"] + W[p + "attn.c_attn.bias"]
            q, k, v = a.split(a.shape[-1] // 3, dim=-1)
            q, k, v = (t.view(T, H, -1).transpose(0, 1) for t in (q, k, v))
            s = q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1])
            s = s.masked_fill(torch.triu(torch.ones(T, T, dtype=torch.bool), 1), float("-inf"))
            y = (s.softmax(-1) @ v).transpose(0, 1).reshape(T, -1)
            h = h + y @ W[p + "attn.c_proj.weight"] + W[p + "attn.c_proj.bias"]
            m = gelu(ln(h, p + "ln_2") @ W[p + "mlp.c_fc.weight"] + W[p + "mlp.c_fc.bias"])
            h = h + m @ W[p + "mlp.c_proj.weight"] + W[p + "mlp.c_proj.bias"]
        return ln(h, "ln_f") @ head.T

    seq, out = list(ids), []
    for _ in range(new):
        t = int(logits(seq)[-1].argmax())
        out.append(t)
        seq.append(t)
        if t == cfg.get("eos_token_id"):
            break
    print(json.dumps(out))


if __name__ == "__main__":
    main()
