#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a randomly initialised GPT-2 in the real Hugging Face layout, for measuring how long
# `eightfold-cli model DIR` takes to load a full-size checkpoint and how much memory it needs
# (docs/models.md). Not a test fixture: the folder is large (124M parameters: ~500 MB in F32).
#
#   /usr/bin/python3 tests/bench/make_random_gpt2.py OUTDIR [--dtype F32|F16|BF16] [--size 124M]
#   build/release/app/eightfold-cli model OUTDIR --prompt "Natalia sold" --json
#
# Shapes are GPT-2's (openai-community/gpt2 config.json); the weights are N(0, 0.02^2) with
# LayerNorm weights 1, biases 0, written with the hub's names (wte.weight, h.0.attn.c_attn.weight,
# ...; Conv1D matrices [in, out]; no lm_head: tied). The tokenizer files are GPT-2's real ones,
# copied from tests/data/gpt2/tokenizer. Needs numpy only.
import json
import os
import shutil
import struct
import sys

import numpy as np

SIZES = {  # n_layer, n_embd, n_head
    "124M": (12, 768, 12),
    "355M": (24, 1024, 16),
}


def to_dtype(a, dtype):
    a = a.astype(np.float32)
    if dtype == "F32":
        return a.tobytes()
    if dtype == "F16":
        return a.astype(np.float16).tobytes()
    bits = a.view(np.uint32)  # BF16: round to nearest even on the upper 16 bits
    bits = (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16
    return bits.astype(np.uint16).tobytes()


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit("usage: make_random_gpt2.py OUTDIR [--dtype F32|F16|BF16] [--size 124M|355M]")
    out = args[0]
    dtype = args[args.index("--dtype") + 1] if "--dtype" in args else "F32"
    size = args[args.index("--size") + 1] if "--size" in args else "124M"
    n_layer, d, n_head = SIZES[size]
    vocab, n_pos = 50257, 1024
    rng = np.random.default_rng(0)
    shapes = [("wte.weight", (vocab, d), "w"), ("wpe.weight", (n_pos, d), "w")]
    for i in range(n_layer):
        p = f"h.{i}."
        shapes += [
            (p + "ln_1.weight", (d,), "one"), (p + "ln_1.bias", (d,), "zero"),
            (p + "attn.c_attn.weight", (d, 3 * d), "w"), (p + "attn.c_attn.bias", (3 * d,), "zero"),
            (p + "attn.c_proj.weight", (d, d), "w"), (p + "attn.c_proj.bias", (d,), "zero"),
            (p + "ln_2.weight", (d,), "one"), (p + "ln_2.bias", (d,), "zero"),
            (p + "mlp.c_fc.weight", (d, 4 * d), "w"), (p + "mlp.c_fc.bias", (4 * d,), "zero"),
            (p + "mlp.c_proj.weight", (4 * d, d), "w"), (p + "mlp.c_proj.bias", (d,), "zero"),
        ]
    shapes += [("ln_f.weight", (d,), "one"), ("ln_f.bias", (d,), "zero")]
    width = {"F32": 4, "F16": 2, "BF16": 2}[dtype]
    header, offset = {}, 0
    for name, shape, _ in shapes:
        n = int(np.prod(shape)) * width
        header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [offset, offset + n]}
        offset += n
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - (8 + len(text)) % 8) % 8)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "model.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for name, shape, kind in shapes:
            if kind == "w":
                a = rng.standard_normal(shape, dtype=np.float32) * 0.02
            elif kind == "one":
                a = np.ones(shape, np.float32)
            else:
                a = np.zeros(shape, np.float32)
            f.write(to_dtype(a, dtype))
    config = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": vocab,
              "n_positions": n_pos, "n_ctx": n_pos, "n_embd": d, "n_layer": n_layer,
              "n_head": n_head, "n_inner": None, "activation_function": "gelu_new",
              "layer_norm_epsilon": 1e-5, "bos_token_id": 50256, "eos_token_id": 50256}
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    here = os.path.dirname(os.path.abspath(__file__))
    tok = os.path.join(here, "..", "data", "gpt2", "tokenizer")
    for name in ("encoder.json", "vocab.bpe"):
        shutil.copy(os.path.join(tok, name), os.path.join(out, name))
    print(f"{out}: GPT-2 {size} ({sum(int(np.prod(s)) for _, s, _ in shapes)} parameters), {dtype}")


if __name__ == "__main__":
    main()
