#!/usr/bin/env bash
# Training throughput of our TorchSharp trainer against PyTorch on the same model, batch, sequence, threads and
# steps, fp32 and bf16, run back to back in one go; prints a Markdown fragment (docs/benchmarks/training-vs-pytorch.md).
# Needs: python3 with torch (Debian: apt-get install python3-torch libopenblas0-pthread). Stop other CPU work first.
# Usage: bash bench/train-vs-pytorch.sh [preset] [batch] [steps] [threads] [seq] [vocab] > docs/benchmarks/training-vs-pytorch.md
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-small} batch=${2:-8} steps=${3:-6} threads=${4:-2} seq=${5:-256} vocab=${6:-8000}
medrec=${MEDREC:-"dotnet run -c Release --project src/MedRec.Cli --"}
py=${PYTHON:-/usr/bin/python3}
rows=()
for precision in fp32 bf16; do
  flag=""; [ "$precision" = bf16 ] && flag="--bf16"
  mem_ours=$(mktemp); mem_theirs=$(mktemp)
  ours=$(/usr/bin/time -f "%M" -o "$mem_ours" $medrec bench train --preset "$preset" --vocab $vocab --seq $seq --batch "$batch" --steps "$steps" --threads "$threads" $flag --json | tail -n 1)
  theirs=$(/usr/bin/time -f "%M" -o "$mem_theirs" $py bench/train_pytorch.py --preset "$preset" --vocab $vocab --seq $seq --batch "$batch" --steps "$steps" --threads "$threads" $flag | tail -n 1)
  rows+=("$(OURS="$ours" THEIRS="$theirs" PRECISION="$precision" MEM_OURS=$(tail -n 1 "$mem_ours") MEM_THEIRS=$(tail -n 1 "$mem_theirs") $py - <<'PY'
import json, os
o, t = json.loads(os.environ["OURS"]), json.loads(os.environ["THEIRS"])
mo, mt = int(os.environ["MEM_OURS"]) // 1024, int(os.environ["MEM_THEIRS"]) // 1024
print(f"| {os.environ['PRECISION']} | {o['tokens_per_s']:.0f} | {t['tokens_per_s']:.0f} | **{o['tokens_per_s'] / t['tokens_per_s']:.2f}** | {mo} / {mt} MiB | {o['parameters'] / 1e6:.2f} M / {t['params'] / 1e6:.2f} M |")
PY
)")
  rm -f "$mem_ours" "$mem_theirs"
  torch_version=$($py -c 'import torch; print(torch.__version__)')
done
cat <<MD
# Training throughput: MedRec (TorchSharp) vs PyTorch

Machine: $(nproc)-core $(uname -m) VM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), no GPU. Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).
Same Llama config (preset \`$preset\`, vocab $vocab), batch $batch × seq $seq, $threads threads, AdamW + clipping, random tokens,
median of $steps timed steps after 2 warm-up steps; peak RSS = the process's maximum resident set (\`/usr/bin/time -f %M\`). TorchSharp-cpu 0.107.0 (libtorch 2.10) vs PyTorch $torch_version (Debian).
PyTorch 1.13 has no fused \`scaled_dot_product_attention\`, so its attention is the explicit masked softmax.

Command: \`bash bench/train-vs-pytorch.sh $preset $batch $steps $threads $seq $vocab\`

| matmuls | MedRec tokens/s | PyTorch tokens/s | ratio (MedRec / PyTorch) | peak RSS (ours / theirs) | parameters (ours / theirs) |
|---|---:|---:|---:|---|---|
$(printf '%s\n' "${rows[@]}")
MD
