#!/usr/bin/env bash
# Assemble docs/RESULTS.md and docs/BENCHMARKS.md from the per-topic fragments in docs/results/ and docs/benchmarks/.
# Each fragment is written by the command named inside it; this script only concatenates them.
set -euo pipefail
cd "$(dirname "$0")/.."
assemble() { # dir title intro out
  local dir=$1 title=$2 intro=$3 out=$4
  {
    echo "# $title"
    echo
    echo "$intro"
    echo
    echo "Assembled by \`bash bench/assemble-docs.sh\` on $(date -u +%Y-%m-%d) from \`$dir/*.md\`."
    for f in "$dir"/*.md; do
      [ -e "$f" ] || continue
      echo
      # demote the fragment's headings one level so each fragment is a section
      sed -E 's/^(#+) /\1# /' "$f"
    done
  } > "$out"
}
assemble docs/results "MedRec results" "Task metrics. Every number comes from the command written beside it; machine: shared 2-core CPU VM, 24 GiB, no GPU, unless a section says otherwise." docs/RESULTS.md
assemble docs/benchmarks "MedRec benchmarks" "Speed and memory. Run by hand, never asserted in unit tests; the machine (2-core CPU VM) was shared with other jobs unless a section says otherwise." docs/BENCHMARKS.md
echo "wrote docs/RESULTS.md and docs/BENCHMARKS.md"
