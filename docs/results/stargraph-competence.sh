#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The star-graph competence table (README, "Star graph at four levels of competence"): the
# stargraph-competence preset once per level of π_sft's first-node accuracy on the training
# probe, into one workspace, then the table of first-node accuracy on test and on the training
# probe (mean ± 95% t-interval over the seeds) per level and method.
#
#   docs/results/stargraph-competence.sh [CLI] [WORKSPACE] [LEVELS]
#
# CLI defaults to build/release/app/eightfold-cli, WORKSPACE to stargraph-competence.sqlite in the
# current folder, LEVELS to "0.5 0.6 0.75 0.9". Each level's sweep JSON goes to
# WORKSPACE-<level>.json beside it; a level already there is not run again. Needs python3.
# EF_SWEEP_ARGS adds options to every sweep (e.g. "--threads 1" for two chains of levels side by
# side on 2 cores, each with its own workspace).
set -eu
cli=${1:-build/release/app/eightfold-cli}
db=${2:-stargraph-competence.sqlite}
levels=${3:-0.5 0.6 0.75 0.9}
for level in $levels; do
  out="${db%.sqlite}-$level.json"
  [ -s "$out" ] && continue
  # shellcheck disable=SC2086 # EF_SWEEP_ARGS is a list of options
  "$cli" sweep --preset stargraph-competence --db "$db" --set sft.stop_at_first_step="$level" \
    ${EF_SWEEP_ARGS:-} --json > "$out.part" 2> "${db%.sqlite}-$level.log"
  tail -n 1 "$out.part" > "$out" && rm "$out.part"
done
python3 - "$db" $levels <<'PY'
import json, math, sys
db, levels = sys.argv[1], sys.argv[2:]
prefix = db[:-len(".sqlite")] if db.endswith(".sqlite") else db
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571}
def mean_ci(xs):
    m = sum(xs) / len(xs)
    if len(xs) < 2: return m, float("nan")
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
    return m, T975.get(len(xs) - 1, 1.96) * sd / math.sqrt(len(xs))
fmt = lambda mc, sign="": f"{mc[0]:{sign}.3f} ± {mc[1]:.3f}"
labels = {"sft": "π_sft", "more_sft": "More SFT (control)", "step_dpo_full": "per-step DPO",
          "step_rpo_full": "per-step RPO", "awr": "advantage-weighted RL"}
print("First-node accuracy, mean ± 95% t-interval over the seeds; Δ: the method minus π_sft of "
      "the same seed (paired), and minus More SFT of the same seed.\n")
print("| level (training probe) | π_sft steps | method | first node, test | Δ test vs π_sft | "
      "Δ test vs More SFT | first node, training probe | Δ probe vs π_sft |")
print("|---|---|---|---|---|---|---|---|")
for level in levels:
    cells = [c for c in json.load(open(f"{prefix}-{level}.json"))["cells"] if c.get("status") == "ok"]
    by = {(c["method"], c["seed"]): c for c in cells}
    seeds = sorted({c["seed"] for c in cells if c["method"] == "sft"})
    steps = "/".join(str(int(by[("sft", s)].get("selected_step", 0))) for s in seeds)
    for method in labels:
        mine = [s for s in seeds if (method, s) in by]
        if not mine: continue
        get = lambda m, s, k: by[(m, s)][k]
        test = mean_ci([get(method, s, "first_step_accuracy") for s in mine])
        probe = mean_ci([get(method, s, "train_first_step_accuracy") for s in mine])
        row = [level, steps if method == "sft" else "", labels[method], fmt(test)]
        if method == "sft":
            row += ["", "", fmt(probe), ""]
        else:
            d_sft = mean_ci([get(method, s, "first_step_accuracy") - get("sft", s, "first_step_accuracy") for s in mine])
            d_more = ("" if method == "more_sft" else fmt(mean_ci(
                [get(method, s, "first_step_accuracy") - get("more_sft", s, "first_step_accuracy") for s in mine]), "+"))
            d_probe = mean_ci([get(method, s, "train_first_step_accuracy") - get("sft", s, "train_first_step_accuracy") for s in mine])
            row += [fmt(d_sft, "+"), d_more, fmt(probe), fmt(d_probe, "+")]
        print("| " + " | ".join(row) + " |")
PY
