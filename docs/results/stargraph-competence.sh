#!/bin/sh
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
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571}
def mean_ci(xs):
    m = sum(xs) / len(xs)
    if len(xs) < 2: return m, float("nan")
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))
    return m, T975.get(len(xs) - 1, 1.96) * sd / math.sqrt(len(xs))
labels = {"sft": "SFT (π_sft)", "more_sft": "More SFT (control)", "step_dpo_full": "per-step DPO",
          "step_rpo_full": "per-step RPO", "awr": "advantage-weighted RL"}
print("| level (training probe) | π_sft steps | method | first node, test | first node, training probe | test error |")
print("|---|---|---|---|---|---|")
for level in levels:
    r = json.load(open(f"{db[:-len('.sqlite')] if db.endswith('.sqlite') else db}-{level}.json"))
    cells = [c for c in r["cells"] if c.get("status") == "ok"]
    steps = sorted({c.get("selected_step", c.get("sft_steps", 0)) for c in cells if c["method"] == "sft"})
    for method in labels:
        mine = [c for c in cells if c["method"] == method]
        if not mine: continue
        f = [mean_ci([c["first_step_accuracy"] for c in mine]),
             mean_ci([c["train_first_step_accuracy"] for c in mine]),
             mean_ci([c["test_error"] for c in mine])]
        cell = lambda mc: f"{mc[0]:.3f} ± {mc[1]:.3f}"
        print(f"| {level} | {'/'.join(map(str, steps)) if method == 'sft' else ''} | {labels[method]} | "
              f"{cell(f[0])} | {cell(f[1])} | {cell(f[2])} |")
PY
