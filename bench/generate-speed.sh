#!/usr/bin/env bash
# Generation speed and peak memory of the TorchSharp path (KV cache) against llama.cpp (LLamaSharp, GGUF export) on
# the same weights, prompt, greedy decoding and threads; prints a Markdown fragment (docs/benchmarks/generation.md).
# Usage: bash bench/generate-speed.sh [checkpoint] [max_tokens] [threads] > docs/benchmarks/generation.md
set -euo pipefail
cd "$(dirname "$0")/.."
checkpoint=${1:-assets/model/pretrain} tokens=${2:-256} threads=${3:-2}
medrec=${MEDREC:-"dotnet run -c Release --project src/MedRec.Cli --"}
prompt="患者，男，35岁，咳嗽三天，"
rows=()
for backend in torch llama; do
  for run in 1 2; do
    err=$(mktemp); mem=$(mktemp)
    /usr/bin/time -f "%M" -o "$mem" $medrec generate --checkpoint "$checkpoint" --prompt "$prompt" --max-tokens "$tokens" \
      --backend "$backend" --threads "$threads" --temperature 0 --repeat-penalty 1 > /dev/null 2> "$err"
    line=$(grep -E 'tokens in .* tokens/s' "$err" | tail -n 1)
    rows+=("| $backend | $run | $(echo "$line" | sed -E 's/^([0-9]+) tokens.*/\1/') | $(echo "$line" | sed -E 's/.*\(([0-9]+) tokens\/s.*/\1/') | $(( $(tail -n 1 "$mem") / 1024 )) MiB |")
    rm -f "$err" "$mem"
  done
done
cat <<MD
# Generation speed: TorchSharp vs llama.cpp

Machine: $(nproc)-core $(uname -m) VM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), no GPU. Date: $(date -u '+%Y-%m-%d %H:%M UTC').
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Weights: \`$checkpoint\`; prompt "$prompt"; greedy; up to $tokens new
tokens (a document end stops earlier); $threads threads. llama.cpp runs the F32 GGUF export of the same weights through
LLamaSharp 0.30.0 (greedy tokens identical to TorchSharp: \`tests/MedRec.Model.Tests/LlamaCpp/LlamaCppGeneratorTests.cs\`).
tokens/s times decoding only (prompt included, model load excluded); peak memory is the whole process's maximum
resident set (\`/usr/bin/time -f %M\`), .NET runtime and the model load included.

Command: \`bash bench/generate-speed.sh $checkpoint $tokens $threads\`

| backend | run | new tokens | tokens/s | peak RSS |
|---|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")
MD
