#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the seed corpora under tests/fuzz/corpus/ from the project's own presets and
# fixtures (docs/testing.md, "Fuzzing"). Needs python3, sqlite3 and a built eightfold-cli:
#   tests/fuzz/make_seeds.sh build/release/app/eightfold-cli
set -euo pipefail
cli=$(realpath "${1:?usage: $0 EIGHTFOLD_CLI}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/corpus"
# Inputs that once found a bug (regression-*) stay; the rest is made anew.
mkdir -p "$out"/{fuzz_config,fuzz_jsonl,fuzz_safetensors,fuzz_bpe,fuzz_workspace,fuzz_checkpoint}
find "$out" -type f ! -name 'regression-*' -delete

python3 - "$root" "$out" << 'PY'
import json, struct, sys
root, out = sys.argv[1], sys.argv[2]
keep = ["name", "task", "model", "sft", "eval", "sample", "advantages", "pairs", "dpo"]
for preset in ["arith-scaling-tiny", "lookup-scaling", "stargraph-small"]:
    cfg = json.load(open(f"{root}/resources/presets/{preset}.json"))
    doc = {k: cfg[k] for k in keep if k in cfg}
    open(f"{out}/fuzz_config/{preset}.json", "w").write(json.dumps(doc, indent=1))
open(f"{out}/fuzz_config/empty.json", "w").write("{}")
open(f"{out}/fuzz_config/bad-type.json", "w").write('{"sft": {"lr": "fast"}, "task": {"kind": "arith"}}')

lines = open(f"{root}/tests/data/jsonl/good.jsonl").read().splitlines()
open(f"{out}/fuzz_jsonl/three.jsonl", "w").write("\n".join(lines[:3]) + "\n")
open(f"{out}/fuzz_jsonl/bad-line.jsonl", "w").write(lines[0] + "\n{\"question\": 1}\n")

def safetensors(path, tensors, meta=None):
    header, blob = {}, b""
    if meta: header["__metadata__"] = meta
    for name, dtype, shape, data in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(blob), len(blob) + len(data)]}
        blob += data
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    open(path, "wb").write(struct.pack("<Q", len(h)) + h + blob)
safetensors(f"{out}/fuzz_safetensors/f32.safetensors",
            [("w", "F32", [2, 3], struct.pack("<6f", 1, -2, 0.5, 3, 4, 5))])
safetensors(f"{out}/fuzz_safetensors/half.safetensors",
            [("a", "F16", [2], struct.pack("<2H", 0x3C00, 0xC000)),
             ("b", "BF16", [1, 2], struct.pack("<2H", 0x3F80, 0x4000)),
             ("i", "I64", [1], struct.pack("<q", 7))], {"format": "pt"})

texts = {"gsm8k": "Natalia sold clips to 48 of her friends in April.\n48/2 = <<48/2=24>>24\n#### 72",
         "unicode": "Größe 10 €, 数学 ≥ 3, emoji 😀 and tabs\tand  spaces",
         "arith": "3+4=7\n7*2=14\n",
         "contractions": "it's we're I'll they've can't 'quoted'"}
for name, t in texts.items():
    open(f"{out}/fuzz_bpe/{name}.txt", "w").write(t)
PY

# A small real workspace: one run with a metric point, a sample and its steps.
ws="$out/fuzz_workspace/small.workspace"
"$cli" resume 0 --db "$ws" > /dev/null 2>&1 || true  # opens (creates, migrates) the workspace
sqlite3 "$ws" << 'SQL'
INSERT INTO runs (id, kind, name, status, config_json, created_at) VALUES (1, 'sweep', 's', 'ok', '{}', 1);
INSERT INTO runs (id, kind, name, status, config_json, created_at, parent_id) VALUES (2, 'cell', 'c', 'ok', '{}', 1, 1);
INSERT INTO metrics VALUES (2, 'sft', 1, 'loss', 1.5);
INSERT INTO samples VALUES (1, 2, 'sample', 1, 0, '1+2=', '3', '3', 'wrong', 'sample');
INSERT INTO steps VALUES (1, 1, '1+2=3', 0.5, -0.25, 4, 2, 1, 0);
INSERT INTO rollouts VALUES (1, 1, 1, '3', 'correct');
INSERT INTO cells VALUES (1, 'sft', 200, 1, 'ok', 2, 0.5, 0.6, 0.7, '{}', 1);
PRAGMA journal_mode = DELETE;
VACUUM;
SQL
rm -rf "$ws.files" "$ws.locks"

# A tiny real checkpoint (1 layer, d_model 8, 2 SFT steps) and its first half.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/tiny.json" << 'JSON'
{"name": "seed", "task": {"kind": "arith", "train_size": 20, "valid_size": 5, "test_size": 5,
  "arith": {"min_steps": 2, "max_steps": 2, "operand_max": 9, "operators": "+", "modulus": 10}},
 "model": {"layers": 1, "d_model": 8, "heads": 2, "context": 48},
 "sft": {"steps": 2, "batch_size": 4, "warmup_steps": 0, "eval_every": 0},
 "eval": {"pass_k": 1, "batch_size": 5}}
JSON
"$cli" run --config "$tmp/tiny.json" --db "$tmp/w.sqlite" > /dev/null 2>&1
cp "$tmp/w.files/run-1/sft.pt" "$out/fuzz_checkpoint/tiny.pt"
head -c $(($(stat -c %s "$out/fuzz_checkpoint/tiny.pt") / 2)) "$out/fuzz_checkpoint/tiny.pt" \
  > "$out/fuzz_checkpoint/truncated.pt"
ls -la "$out"/*
