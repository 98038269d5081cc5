#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the "tiny GPT-2" test fixture: a small random GPT-2 in Hugging Face
# layout plus reference logits computed by an independent float64 forward pass.
#
# Writes, under <outdir>:
#   tiny/vocab.json          cut-down GPT-2 byte-level BPE vocabulary (512 ids):
#                            the 256 byte symbols (GPT-2 ids 0..255), the tokens
#                            of the first 255 merges (ids 256..510) and
#                            <|endoftext|> (id 511)
#   tiny/merges.txt          "#version: 0.2" and those 255 merges, one "a b" a line
#   tiny/config.json         Hugging Face GPT2LMHeadModel config (n_embd 32,
#                            2 layers, 4 heads, 128 positions, tied lm_head)
#   tiny/model.safetensors   F32 weights, hub GPT-2 names (wte.weight, h.0.ln_1.weight,
#                            ...; Conv1D layout [in, out]; no lm_head), seed 1234
#   tiny_logits.json         {"sequences": [[ids...], ...]}: 4 token sequences of
#                            lengths 1, 7, 23 and 128, each starting with 511
#   tiny_logits.safetensors  F32 "logits.0".."logits.3", shape [T, 512]: the float64
#                            reference logits of those sequences, rounded to float32
#
# Regenerate (Debian's PyTorch; the pyenv python3 has no torch):
#   apt-get install python3-torch
#   /usr/bin/python3 tests/data/gpt2/make_tiny_gpt2.py tests/data/gpt2
# Needs the real GPT-2 tokenizer files <outdir>/tokenizer/encoder.json and
# <outdir>/tokenizer/vocab.bpe. No safetensors/transformers package is used:
# the safetensors format is written (and read back for a check) by hand.
#
# Self-checks (the script fails if one does not hold):
#   - the byte symbols have GPT-2 ids 0..255 and merge r has GPT-2 id 256+r;
#   - an incremental forward (one token at a time, with a key/value cache)
#     reproduces the full forward of the 128-token sequence to < 1e-9;
#   - the hand-written GELU and LayerNorm agree with torch's own to < 1e-12;
#   - both safetensors files read back bit-identical with a hand-written reader.

import json
import math
import os
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F

# ---------------------------------------------------------------- configuration

K_MERGES = 255                 # merges kept from vocab.bpe
VOCAB = 256 + K_MERGES + 1     # bytes + merges + <|endoftext|> = 512
EOT = "<|endoftext|>"
EOT_ID = VOCAB - 1             # 511
N_POS = 128
N_EMBD = 32
N_LAYER = 2
N_HEAD = 4
HEAD_DIM = N_EMBD // N_HEAD    # 8
N_INNER = 4 * N_EMBD           # 128 (n_inner null => 4 * n_embd)
LN_EPS = 1e-5
WEIGHT_SEED = 1234
SEQUENCE_SEED = 4321
SEQUENCE_LENGTHS = [1, 7, 23, N_POS]

CONFIG = {
    "model_type": "gpt2",
    "architectures": ["GPT2LMHeadModel"],
    "vocab_size": VOCAB,
    "n_positions": N_POS,
    "n_embd": N_EMBD,
    "n_layer": N_LAYER,
    "n_head": N_HEAD,
    "n_inner": None,
    "activation_function": "gelu_new",
    "layer_norm_epsilon": LN_EPS,
    "bos_token_id": EOT_ID,
    "eos_token_id": EOT_ID,
    "tie_word_embeddings": True,
    "resid_pdrop": 0.0,
    "embd_pdrop": 0.0,
    "attn_pdrop": 0.0,
    "scale_attn_weights": True,
}

# ---------------------------------------------------------------- safetensors I/O


def write_safetensors(path, tensors):
    """Writes an ordered list of (name, float32 tensor) as a safetensors file.

    Layout: u64 little-endian header length N, N bytes of JSON header (padded
    with spaces so the data region starts at a multiple of 8), then the tensors'
    bytes, contiguous, little-endian, row-major, in the order given.
    """
    header = {}
    blobs = []
    offset = 0
    for name, t in tensors:
        a = np.ascontiguousarray(t.detach().cpu().numpy().astype("<f4"))
        data = a.tobytes()
        header[name] = {"dtype": "F32", "shape": list(a.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - (8 + len(text)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for data in blobs:
            f.write(data)


def read_safetensors(path):
    """Reads a F32-only safetensors file: returns ({name: tensor}, [names in header order])."""
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    data = raw[8 + n:]
    assert (8 + n) % 8 == 0, "data region not 8-aligned"
    out, names, end = {}, [], 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", name
        begin, stop = info["data_offsets"]
        a = np.frombuffer(data[begin:stop], dtype="<f4").reshape(info["shape"])
        out[name] = torch.from_numpy(a.copy())
        names.append(name)
        end = max(end, stop)
    assert end == len(data), "data region size does not match the header"
    return out, names


def check_roundtrip(path, tensors):
    """Asserts that the file at path holds exactly the tensors given (bitwise, same order)."""
    back, names = read_safetensors(path)
    assert names == [n for n, _ in tensors], f"{path}: tensor order differs"
    for name, t in tensors:
        want = t.detach().to(torch.float32).numpy()
        got = back[name].numpy()
        assert want.shape == got.shape, f"{path}: {name} shape"
        assert np.array_equal(want.view(np.uint32), got.view(np.uint32)), f"{path}: {name} bytes"

# ---------------------------------------------------------------- tokenizer


def bytes_to_unicode():
    """GPT-2's reversible byte -> printable unicode character table."""
    bs = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
          + list(range(ord("®"), ord("ÿ") + 1)))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


def make_tokenizer(tokdir, outdir):
    """Writes vocab.json and merges.txt of the cut-down tokenizer; returns notes for the log."""
    with open(os.path.join(tokdir, "encoder.json"), encoding="utf-8") as f:
        encoder = json.load(f)
    with open(os.path.join(tokdir, "vocab.bpe"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0].startswith("#version"), "vocab.bpe: no #version line"
    merges = [tuple(l.split(" ")) for l in lines[1:] if l.strip()]
    merges = merges[:K_MERGES]
    assert len(merges) == K_MERGES and all(len(m) == 2 for m in merges)

    vocab = {}
    notes = []
    # The 256 byte symbols keep their GPT-2 ids, which must be exactly 0..255.
    symbols = bytes_to_unicode().values()
    ids = sorted(encoder[s] for s in symbols)
    assert ids == list(range(256)), "GPT-2 byte symbols are not ids 0..255"
    for s in symbols:
        vocab[s] = encoder[s]
    notes.append("byte symbols: GPT-2 ids 0..255 (verified)")
    # Merge rank r produces token 256 + r; check that GPT-2 agrees.
    mismatches = 0
    for r, (a, b) in enumerate(merges):
        assert a in vocab and b in vocab, f"merge {r} uses a token not yet in the vocabulary"
        token = a + b
        assert token not in vocab, f"merge {r} produces a duplicate token {token!r}"
        if encoder.get(token) != 256 + r:
            mismatches += 1
        vocab[token] = 256 + r
    if mismatches:
        notes.append(f"merges: {mismatches} of {K_MERGES} merged tokens have a GPT-2 id "
                     f"other than 256+rank; ids 256+rank assigned here")
    else:
        notes.append(f"merges: GPT-2 id of merge r is 256+r for all r < {K_MERGES} (verified)")
    vocab[EOT] = EOT_ID
    assert sorted(vocab.values()) == list(range(VOCAB))

    ordered = dict(sorted(vocab.items(), key=lambda kv: kv[1]))
    with open(os.path.join(outdir, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(ordered, f, ensure_ascii=False)
    with open(os.path.join(outdir, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n")
        for a, b in merges:
            f.write(f"{a} {b}\n")
    return notes

# ---------------------------------------------------------------- weights


def make_weights():
    """Random F32 weights in hub GPT-2 naming and order (Conv1D weights are [in, out])."""
    torch.manual_seed(WEIGHT_SEED)

    def normal(shape, std, mean=0.0):
        # Drawn in float64, then rounded to float32: the stored values are exact.
        return (mean + std * torch.randn(*shape, dtype=torch.float64)).to(torch.float32)

    def mat(*shape):
        return normal(shape, 0.1)

    def bias(n):
        return normal((n,), 0.05)

    def ln(prefix):
        return [(prefix + ".weight", normal((N_EMBD,), 0.1, mean=1.0)),
                (prefix + ".bias", normal((N_EMBD,), 0.05))]

    w = [("wte.weight", mat(VOCAB, N_EMBD)), ("wpe.weight", mat(N_POS, N_EMBD))]
    for i in range(N_LAYER):
        p = f"h.{i}."
        w += ln(p + "ln_1")
        w += [(p + "attn.c_attn.weight", mat(N_EMBD, 3 * N_EMBD)),
              (p + "attn.c_attn.bias", bias(3 * N_EMBD)),
              (p + "attn.c_proj.weight", mat(N_EMBD, N_EMBD)),
              (p + "attn.c_proj.bias", bias(N_EMBD))]
        w += ln(p + "ln_2")
        w += [(p + "mlp.c_fc.weight", mat(N_EMBD, N_INNER)),
              (p + "mlp.c_fc.bias", bias(N_INNER)),
              (p + "mlp.c_proj.weight", mat(N_INNER, N_EMBD)),
              (p + "mlp.c_proj.bias", bias(N_EMBD))]
    w += ln("ln_f")
    return w

# ---------------------------------------------------------------- float64 forward


def layer_norm(x, w, b):
    mean = x.mean(-1, keepdim=True)
    var = ((x - mean) ** 2).mean(-1, keepdim=True)       # biased variance, as GPT-2
    return (x - mean) / torch.sqrt(var + LN_EPS) * w + b


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * x ** 3)))


def split_heads(x):                                       # [T, C] -> [H, T, D]
    return x.view(x.shape[0], N_HEAD, HEAD_DIM).transpose(0, 1)


def merge_heads(x):                                       # [H, T, D] -> [T, C]
    return x.transpose(0, 1).reshape(x.shape[1], N_EMBD)


def block(W, i, h, past_len, cache):
    """One transformer block on h [T, C] at positions past_len.. ; cache (or None) is a
    per-layer list of (k, v) [H, S, D] that is extended with this step's keys/values."""
    p = f"h.{i}."
    a = layer_norm(h, W[p + "ln_1.weight"], W[p + "ln_1.bias"])
    qkv = a @ W[p + "attn.c_attn.weight"] + W[p + "attn.c_attn.bias"]
    q, k, v = (split_heads(t) for t in qkv.split(N_EMBD, dim=-1))
    if cache is not None:
        if cache[i] is not None:
            k = torch.cat([cache[i][0], k], dim=1)
            v = torch.cat([cache[i][1], v], dim=1)
        cache[i] = (k, v)
    T, S = q.shape[1], k.shape[1]
    scores = q @ k.transpose(-1, -2) / math.sqrt(HEAD_DIM)               # [H, T, S]
    # Query at absolute position past_len + t sees keys 0 .. past_len + t.
    qpos = torch.arange(past_len, past_len + T).unsqueeze(1)
    kpos = torch.arange(S).unsqueeze(0)
    scores = scores.masked_fill(kpos > qpos, float("-inf"))
    att = torch.softmax(scores, dim=-1)
    y = merge_heads(att @ v)
    h = h + y @ W[p + "attn.c_proj.weight"] + W[p + "attn.c_proj.bias"]
    m = layer_norm(h, W[p + "ln_2.weight"], W[p + "ln_2.bias"])
    m = gelu_new(m @ W[p + "mlp.c_fc.weight"] + W[p + "mlp.c_fc.bias"])
    return h + m @ W[p + "mlp.c_proj.weight"] + W[p + "mlp.c_proj.bias"]


def forward(W, ids, past_len=0, cache=None):
    """Logits [T, VOCAB] of the tokens ids at positions past_len.. (W: float64 weights)."""
    ids = torch.as_tensor(ids, dtype=torch.long)
    h = W["wte.weight"][ids] + W["wpe.weight"][past_len:past_len + len(ids)]
    for i in range(N_LAYER):
        h = block(W, i, h, past_len, cache)
    h = layer_norm(h, W["ln_f.weight"], W["ln_f.bias"])
    return h @ W["wte.weight"].T                                          # tied lm_head


def forward_incremental(W, ids):
    """The same logits, one token at a time through a key/value cache."""
    cache = [None] * N_LAYER
    rows = [forward(W, [t], past_len=pos, cache=cache) for pos, t in enumerate(ids)]
    return torch.cat(rows, dim=0)

# ---------------------------------------------------------------- main


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_tiny_gpt2.py OUTDIR   (e.g. tests/data/gpt2)")
    outdir = sys.argv[1]
    tokdir = os.path.join(outdir, "tokenizer")
    tinydir = os.path.join(outdir, "tiny")
    os.makedirs(tinydir, exist_ok=True)
    checks = []

    checks += make_tokenizer(tokdir, tinydir)
    with open(os.path.join(tinydir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(CONFIG, f, indent=2)
        f.write("\n")

    weights = make_weights()
    model_path = os.path.join(tinydir, "model.safetensors")
    write_safetensors(model_path, weights)
    check_roundtrip(model_path, weights)
    checks.append("model.safetensors reads back bit-identical")

    # The reference runs in float64 on the float32 weights.
    W = {name: t.to(torch.float64) for name, t in weights}

    # The hand-written pieces against torch's own implementations.
    x = torch.randn(64, N_INNER, dtype=torch.float64, generator=torch.Generator().manual_seed(7)) * 3
    assert (gelu_new(x) - F.gelu(x, approximate="tanh")).abs().max() < 1e-12
    ln_ref = F.layer_norm(x[:, :N_EMBD], (N_EMBD,), W["ln_f.weight"], W["ln_f.bias"], LN_EPS)
    assert (layer_norm(x[:, :N_EMBD], W["ln_f.weight"], W["ln_f.bias"]) - ln_ref).abs().max() < 1e-12
    checks.append("gelu_new and layer_norm match torch's F.gelu(tanh) / F.layer_norm (< 1e-12)")

    # Token sequences: each starts with <|endoftext|>, the rest drawn from 0..VOCAB-1.
    gen = torch.Generator().manual_seed(SEQUENCE_SEED)
    sequences = [[EOT_ID] + torch.randint(0, VOCAB, (n - 1,), generator=gen).tolist()
                 for n in SEQUENCE_LENGTHS]
    logits = [forward(W, seq) for seq in sequences]

    # Incremental decoding with a key/value cache must give the same logits.
    inc = forward_incremental(W, sequences[3])
    diff = (inc - logits[3]).abs().max().item()
    assert diff < 1e-9, f"incremental forward differs by {diff}"
    checks.append(f"incremental (KV cache) vs full forward, sequence 3 (T={len(sequences[3])}): "
                  f"max |diff| = {diff:.3e} (< 1e-9)")
    # Causality: the logits of a prefix do not depend on what follows it.
    pre = (logits[3][:23] - forward(W, sequences[3][:23])).abs().max().item()
    assert pre < 1e-12, f"prefix logits differ by {pre}"

    with open(os.path.join(outdir, "tiny_logits.json"), "w", encoding="utf-8") as f:
        json.dump({"sequences": sequences}, f)
        f.write("\n")
    out = [(f"logits.{i}", l.to(torch.float32)) for i, l in enumerate(logits)]
    logits_path = os.path.join(outdir, "tiny_logits.safetensors")
    write_safetensors(logits_path, out)
    check_roundtrip(logits_path, out)
    checks.append("tiny_logits.safetensors reads back bit-identical")

    # Report.
    files = [os.path.join(tinydir, n) for n in
             ("vocab.json", "merges.txt", "config.json", "model.safetensors")]
    files += [os.path.join(outdir, n) for n in ("tiny_logits.json", "tiny_logits.safetensors")]
    print("files:")
    for p in files:
        print(f"  {os.path.getsize(p):>9} {p}")
    print("model.safetensors keys, in order:")
    for name, t in weights:
        print(f"  {name} {list(t.shape)}")
    print("sequence lengths:", [len(s) for s in sequences])
    print("max |logit| (float64): %.6f" % max(l.abs().max().item() for l in logits))
    for i, l in enumerate(logits):
        print(f"  logits.{i}: shape {list(l.shape)}, max |logit| {l.abs().max().item():.6f}")
    print("checks:")
    for c in checks:
        print("  OK", c)


if __name__ == "__main__":
    main()
