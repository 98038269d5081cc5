#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A sweep through a real Slurm (docs/cluster.md, "Trying it on one machine"): starts a single-node
# cluster here (munged, slurmctld, slurmd from a slurm.conf written in a temp folder), submits the
# reference sweep (tests/reference_sweep.sh) as a job array, one CPU per task, waits, merges the
# shards, and checks that the merged sweep equals the reference run locally (cells, SFT fit,
# multipliers). Stops every daemon it started.
#
#   tests/check_slurm.sh BUILD_DIR REFERENCE_DIR
# Needs root (the daemons run as root; it runs itself through `sudo -n` where that works) and
# Debian's slurm-wlm and munge (packaging/bootstrap.sh); prints SKIPPED and the reason and exits 77
# when either is missing.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2> /dev/null; then exec sudo -n -E "$0" "$@"; fi
  echo "SKIPPED: check_slurm needs root or passwordless sudo to start slurmctld, slurmd and munged"
  exit 77
fi
build=$(cd "${1:?usage: $0 BUILD_DIR REFERENCE_DIR}" && pwd)
ref=$(cd "${2:?usage: $0 BUILD_DIR REFERENCE_DIR}" && pwd)
cli="$build/app/eightfold-cli"
mapfile -t args < "$ref/sweep.args"

for prog in munged slurmctld slurmd sbatch squeue sinfo scontrol sqlite3; do
  if ! command -v "$prog" > /dev/null; then
    echo "SKIPPED: check_slurm needs $prog (packaging/bootstrap.sh deps installs slurm-wlm munge)"
    exit 77
  fi
done

tmp=$(mktemp -d /tmp/eightfold-slurm.XXXXXX)
chmod 755 "$tmp"
export SLURM_CONF="$tmp/slurm.conf"
started=()
cleanup() {
  local rc=$?
  scancel --quiet --full --signal=KILL --user=root 2> /dev/null || true
  for pidfile in "$tmp/slurmd.pid" "$tmp/slurmctld.pid" "$tmp/munge/munged.pid"; do
    if [ -s "$pidfile" ]; then
      local pid
      pid=$(cat "$pidfile")
      kill "$pid" 2> /dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2> /dev/null || true
    fi
  done
  if [ $rc -ne 0 ]; then
    echo "--- slurmctld.log"; tail -n 30 "$tmp/slurmctld.log" 2> /dev/null || true
    echo "--- slurmd.log"; tail -n 30 "$tmp/slurmd.log" 2> /dev/null || true
    for f in "$tmp"/plan/logs/*.out; do [ -e "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done
  fi
  rm -rf "$tmp"
  exit $rc
}
trap cleanup EXIT

# --- munge on a private socket -----------------------------------------------------------------
mkdir -m 700 "$tmp/munge"
dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge/munge.key"
munged --force --key-file="$tmp/munge/munge.key" --socket="$tmp/munge/munge.socket" \
  --pid-file="$tmp/munge/munged.pid" --log-file="$tmp/munge/munged.log" \
  --seed-file="$tmp/munge/munged.seed"

# --- a one-node cluster: no cgroups, no accounting, ports of its own ---------------------------
node=$(hostname -s)
cpus=$(nproc)
port=$((20000 + RANDOM % 20000))
mkdir -p "$tmp/state" "$tmp/spool"
cat > "$SLURM_CONF" << EOF
ClusterName=eightfold-check
SlurmctldHost=$node(127.0.0.1)
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/munge.socket
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
ReturnToService=2
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmdSpoolDir=$tmp/spool
StateSaveLocation=$tmp/state
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=1000 State=UNKNOWN
PartitionName=check Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for i in $(seq 1 60); do
  state=$(sinfo -h -o %t 2> /dev/null || true)
  [ "$state" = idle ] && break
  [ "$i" -eq 60 ] && { echo "check_slurm: the node did not come up (sinfo: '$state')"; exit 1; }
  sleep 0.5
done
echo "check_slurm: single-node cluster up ($node, $cpus CPUs, port $port)"

# --- the sweep through Slurm, merged ------------------------------------------------------------
t0=$(date +%s.%N)
"$cli" sweep "${args[@]}" --slurm "$tmp/plan" --cpus-per-task 1 --time 20 --submit \
  --db "$tmp/slurm.sqlite"
job=$(sed -n 's/^ *"job_id": "\([0-9]*\)".*/\1/p' "$tmp/plan/manifest.json")
[ -n "$job" ] || { echo "check_slurm: no job id in the manifest"; exit 1; }
for i in $(seq 1 900); do
  [ -z "$(squeue -h -j "$job" 2> /dev/null)" ] && break
  [ "$i" -eq 900 ] && { echo "check_slurm: job $job still queued or running after 15 minutes"; exit 1; }
  sleep 1
done
t1=$(date +%s.%N)
"$cli" slurm-status "$tmp/plan"
"$cli" merge --db "$tmp/slurm.sqlite" "$tmp/plan"

# --- the same sweep here: the reference, one thread as in the tasks ------------------------------
cp "$ref/reference.sqlite" "$tmp/local.sqlite"
read -r local_wall _ < "$ref/timing"

cells="SELECT method, size, seed, status, test_error, pass_at_k, first_step_accuracy FROM cells
       WHERE sweep_id = (%s) ORDER BY seed, size, method"
summary="SELECT status, json_extract(result_json, '$.sft_fit'), json_extract(result_json, '$.multipliers'),
         json_extract(result_json, '$.multipliers_ci95'), json_extract(result_json, '$.aggregate')
         FROM runs WHERE id = (%s)"
merged_id="SELECT sweep_id FROM plan_sweeps"
local_id="SELECT id FROM runs WHERE kind = 'sweep'"
# shellcheck disable=SC2059
{
  sqlite3 "$tmp/slurm.sqlite" "$(printf "$cells" "$merged_id")" > "$tmp/slurm.cells"
  sqlite3 "$tmp/local.sqlite" "$(printf "$cells" "$local_id")" > "$tmp/local.cells"
  sqlite3 "$tmp/slurm.sqlite" "$(printf "$summary" "$merged_id")" > "$tmp/slurm.summary"
  sqlite3 "$tmp/local.sqlite" "$(printf "$summary" "$local_id")" > "$tmp/local.summary"
}
n=$(grep -c '|ok|' "$tmp/slurm.cells" || true)
total=$(wc -l < "$tmp/slurm.cells")
if [ "$n" -ne "$total" ] || [ "$total" -eq 0 ]; then
  echo "check_slurm: merged sweep has $n ok cells of $total"; cat "$tmp/slurm.cells"; exit 1
fi
if ! diff "$tmp/local.cells" "$tmp/slurm.cells"; then
  echo "check_slurm: cells differ between the local sweep (<) and the Slurm sweep (>)"; exit 1
fi
if ! diff "$tmp/local.summary" "$tmp/slurm.summary"; then
  echo "check_slurm: fit or multipliers differ between the local sweep (<) and the Slurm sweep (>)"
  exit 1
fi
# Merging again adds nothing.
before=$(sqlite3 "$tmp/slurm.sqlite" "SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM samples), (SELECT count(*) FROM metrics)")
"$cli" merge --db "$tmp/slurm.sqlite" "$tmp/plan" > /dev/null
after=$(sqlite3 "$tmp/slurm.sqlite" "SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM samples), (SELECT count(*) FROM metrics)")
[ "$before" = "$after" ] || { echo "check_slurm: a second merge changed the rows ($before -> $after)"; exit 1; }

awk -v n="$total" -v l="$local_wall" \
  -v s="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
  'BEGIN { printf "check_slurm: %d cells equal to the local sweep; local %.1f s, through Slurm %.1f s (submit to last task done)\n", n, l, s }'
