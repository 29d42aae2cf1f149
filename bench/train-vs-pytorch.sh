#!/usr/bin/env bash
# Training throughput of our TorchSharp trainer against PyTorch on the same model, batch, sequence, threads and
# steps, fp32 and bf16. Each precision runs `rounds` times, ours and theirs alternating, so a noisy neighbour hits
# both sides alike; the table gives the median tokens/s of each side and the ratio of the medians (plus the range of
# the per-round ratios). Prints a Markdown fragment (docs/benchmarks/training-vs-pytorch.md).
# Needs: python3 with torch (Debian: apt-get install python3-torch libopenblas0-pthread). Stop other CPU work first.
# Usage: bash bench/train-vs-pytorch.sh [preset] [batch] [steps] [threads] [seq] [vocab] [rounds] > docs/benchmarks/training-vs-pytorch.md
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-small} batch=${2:-8} steps=${3:-16} threads=${4:-2} seq=${5:-256} vocab=${6:-8000} rounds=${7:-3}
medrec=${MEDREC:-"dotnet run -c Release --project src/MedRec.Cli --"}
py=${PYTHON:-/usr/bin/python3}
torch_version=$($py -c 'import torch; print(torch.__version__)')
rows=()
for precision in fp32 bf16; do
  flag=""; [ "$precision" = bf16 ] && flag="--bf16"
  runs=$(mktemp)
  for round in $(seq "$rounds"); do
    mem_ours=$(mktemp); mem_theirs=$(mktemp)
    ours=$(/usr/bin/time -f "%M" -o "$mem_ours" $medrec bench train --preset "$preset" --vocab $vocab --seq $seq --batch "$batch" --steps "$steps" --threads "$threads" $flag --json | tail -n 1)
    theirs=$(/usr/bin/time -f "%M" -o "$mem_theirs" $py bench/train_pytorch.py --preset "$preset" --vocab $vocab --seq $seq --batch "$batch" --steps "$steps" --threads "$threads" $flag | tail -n 1)
    OURS="$ours" THEIRS="$theirs" MEM_OURS=$(tail -n 1 "$mem_ours") MEM_THEIRS=$(tail -n 1 "$mem_theirs") $py -c '
import json, os
o, t = json.loads(os.environ["OURS"]), json.loads(os.environ["THEIRS"])
print(json.dumps({"ours": o["tokens_per_s"], "theirs": t["tokens_per_s"], "params_ours": o["parameters"], "params_theirs": t["params"],
                  "mem_ours": int(os.environ["MEM_OURS"]) // 1024, "mem_theirs": int(os.environ["MEM_THEIRS"]) // 1024}))' >> "$runs"
    rm -f "$mem_ours" "$mem_theirs"
  done
  rows+=("$(PRECISION="$precision" $py - "$runs" <<'PY'
import json, os, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
ours, theirs = statistics.median(r["ours"] for r in runs), statistics.median(r["theirs"] for r in runs)
ratios = [r["ours"] / r["theirs"] for r in runs]
per_round = " · ".join(f"{r['ours']:.0f}/{r['theirs']:.0f}" for r in runs)
print(f"| {os.environ['PRECISION']} | {ours:.0f} | {theirs:.0f} | **{ours / theirs:.2f}** | {min(ratios):.2f}–{max(ratios):.2f} | {per_round} "
      f"| {max(r['mem_ours'] for r in runs)} / {max(r['mem_theirs'] for r in runs)} MiB | {runs[0]['params_ours'] / 1e6:.2f} M / {runs[0]['params_theirs'] / 1e6:.2f} M |")
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
alternating; peak RSS = the larger process maximum resident set over the rounds (\`/usr/bin/time -f %M\`).
TorchSharp-cpu 0.107.0 (libtorch 2.10) vs PyTorch $torch_version (Debian).
PyTorch 1.13 has no fused \`scaled_dot_product_attention\`, so its attention is the explicit masked softmax.

Command: \`bash bench/train-vs-pytorch.sh $preset $batch $steps $threads $seq $vocab $rounds\`

| matmuls | MedRec tokens/s (median) | PyTorch tokens/s (median) | ratio of medians | per-round ratios | rounds (ours/theirs) | peak RSS (ours / theirs) | parameters (ours / theirs) |
|---|---:|---:|---:|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
MD
