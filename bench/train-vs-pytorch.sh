#!/usr/bin/env bash
# Training throughput of our TorchSharp trainer against PyTorch on the same model, batch, sequence, threads and
# steps, fp32 and bf16. Each precision runs `rounds` times, ours and PyTorch alternating, so a noisy neighbour hits
# both alike; PyTorch runs twice per round: as installed, and with the glibc malloc settings MedRec applies to itself
# (docs/adr/0007-native-heap.md) given as environment variables — the headline ratio is against the latter, so it
# is not a malloc artefact. Prints a Markdown fragment (docs/benchmarks/training-vs-pytorch.md).
# Needs: python3 with torch (Debian: apt-get install python3-torch libopenblas0-pthread). Stop other CPU work first.
# Usage: bash bench/train-vs-pytorch.sh [preset] [batch] [steps] [threads] [seq] [vocab] [rounds] > docs/benchmarks/training-vs-pytorch.md
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-small} batch=${2:-8} steps=${3:-16} threads=${4:-2} seq=${5:-256} vocab=${6:-8000} rounds=${7:-3}
medrec=${MEDREC:-"dotnet run -c Release --project src/MedRec.Cli --"}
py=${PYTHON:-/usr/bin/python3}
same_heap=(MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=2147483647 MALLOC_TOP_PAD_=268435456)
torch_version=$($py -c 'import torch; print(torch.__version__)')
rows=()
measure() { # label, then the command; appends one JSON line {label, tokens_per_s, ms..., mem} to $runs
  local label=$1; shift
  local mem; mem=$(mktemp)
  local out; out=$(/usr/bin/time -f "%M" -o "$mem" "$@" | tail -n 1)
  LABEL="$label" OUT="$out" MEM=$(tail -n 1 "$mem") $py -c '
import json, os
o = json.loads(os.environ["OUT"])
print(json.dumps({"label": os.environ["LABEL"], "tps": o["tokens_per_s"], "params": o.get("parameters", o.get("params")),
                  "fwd": o.get("forward_ms"), "bwd": o.get("backward_ms"), "upd": o.get("update_ms"), "mem": int(os.environ["MEM"]) // 1024}))' >> "$runs"
  rm -f "$mem"
}
for precision in fp32 bf16; do
  flag=""; [ "$precision" = bf16 ] && flag="--bf16"
  runs=$(mktemp)
  args=(--preset "$preset" --vocab "$vocab" --seq "$seq" --batch "$batch" --steps "$steps" --threads "$threads" $flag)
  for round in $(seq "$rounds"); do
    measure ours $medrec bench train "${args[@]}" --json
    measure torch env "${same_heap[@]}" $py bench/train_pytorch.py "${args[@]}"
    measure torch_default $py bench/train_pytorch.py "${args[@]}"
  done
  rows+=("$(PRECISION="$precision" $py - "$runs" <<'PY'
import json, os, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
side = lambda label: [r for r in runs if r["label"] == label]
ours, torch, default = side("ours"), side("torch"), side("torch_default")
med = lambda rs, k: statistics.median(r[k] for r in rs)
ratios = [o["tps"] / t["tps"] for o, t in zip(ours, torch)]
phases = lambda rs: f"{med(rs, 'fwd'):.0f} / {med(rs, 'bwd'):.0f} / {med(rs, 'upd'):.0f}"
print(f"| {os.environ['PRECISION']} | {med(ours, 'tps'):.0f} | {med(torch, 'tps'):.0f} | {med(default, 'tps'):.0f} "
      f"| **{med(ours, 'tps') / med(torch, 'tps'):.2f}** | {min(ratios):.2f}–{max(ratios):.2f} | {med(ours, 'tps') / med(default, 'tps'):.2f} "
      f"| {phases(ours)} | {phases(torch)} | {max(r['mem'] for r in ours)} / {max(r['mem'] for r in torch)} MiB "
      f"| {ours[0]['params'] / 1e6:.2f} M / {torch[0]['params'] / 1e6:.2f} M |")
PY
)")
  rm -f "$runs"
done
cat <<MD
# Training throughput: MedRec (TorchSharp) vs PyTorch

Machine: $(nproc)-core $(uname -m) VM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), no GPU. Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).
Same Llama config (preset \`$preset\`, vocab $vocab), batch $batch × seq $seq, $threads threads, AdamW + clipping, random tokens;
each run reports the median of $steps timed steps after 2 warm-up steps; $rounds rounds per precision, ours and PyTorch
alternating. TorchSharp-cpu 0.107.0 (libtorch 2.10) vs PyTorch $torch_version (Debian). PyTorch 1.13 has no fused
\`scaled_dot_product_attention\`, so its attention is the explicit masked softmax.
MedRec keeps freed native memory in the process (glibc \`mallopt\`, docs/adr/0007-native-heap.md); "PyTorch" runs with
the same three settings as environment variables (\`${same_heap[*]}\`), "PyTorch as installed" without.
Phases = median forward / backward / update (clip + AdamW) milliseconds per step. Peak RSS = the larger process
maximum resident set over the rounds (\`/usr/bin/time -f %M\`).

Command: \`bash bench/train-vs-pytorch.sh $preset $batch $steps $threads $seq $vocab $rounds\`

| matmuls | MedRec tokens/s | PyTorch tokens/s | PyTorch as installed | **ratio** (MedRec / PyTorch, medians) | per-round ratios | ratio vs as installed | MedRec phases (ms) | PyTorch phases (ms) | peak RSS (ours / PyTorch) | parameters (ours / theirs) |
|---|---:|---:|---:|---:|---|---:|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
MD
