#!/usr/bin/env bash
# Runs every issue-2 evaluation on the committed KG and the shared data and writes docs/results/kg-baselines.md.
# Usage: bench/run-kg-baselines.sh   (needs ../shared/data or MEDREC_DATA; ~3 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/MedRec.Cli -v q -nologo >/dev/null
medrec() { dotnet run --no-build --project src/MedRec.Cli -- "$@" 2>/dev/null; }
out=docs/results/kg-baselines.md
mkdir -p docs/results
{
  echo "## KG baselines (issue 2)"
  echo
  echo "Machine: $(nproc)-core x64 VM, no GPU. Date: $(date -u +%Y-%m-%d). KG: \`assets/kg/medrec-kg.db\`. Every row is the JSON of the command shown."
  echo
  echo "### Diagnosis (test splits; label set = the benchmark's diseases; temperature fitted on cross-fitted training predictions)"
  echo
  echo "| dataset | baseline | symptoms | n | top-1 | top-3 | top-5 | macro-F1 | ECE | command |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---|"
  for d in mz4 mz4-large dxy mz10 sd; do
    if [ "$d" = sd ]; then baselines="nb"; else baselines="kg nb kg+nb"; fi
    for b in $baselines; do for s in all explicit; do
      cmd="medrec eval diagnosis --dataset $d --baseline $b --symptoms $s --json"
      j=$(medrec eval diagnosis --dataset $d --baseline $b --symptoms $s --json)
      python3 -c "import json,sys; j=json.loads(sys.argv[1]); print(f\"| {j['dataset']} | {j['baseline']} | {j['symptoms']} | {j['n']} | {j['top1']:.4f} | {j['top3']:.4f} | {j['top5']:.4f} | {j['macro_f1']:.4f} | {j['ece']:.4f} | \`{sys.argv[2]}\` |\")" "$j" "$cmd"
    done; done
  done
  echo
  echo "### Exams and drugs (KG hold-out: 10 % of diseases by FNV-1a hash; their check/drug edges hidden at query time)"
  echo
  echo "| task | diseases | recall@5 | precision@5 | hit@5 | popularity recall@5 | popularity precision@5 | command |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for t in exams drugs; do
    j=$(medrec eval $t --json)
    python3 -c "import json,sys; j=json.loads(sys.argv[1]); print(f\"| {j['task']} | {j['n']} | {j['recall_at_5']:.4f} | {j['precision_at_5']:.4f} | {j['hit_at_5']:.4f} | {j['popularity_recall_at_5']:.4f} | {j['popularity_precision_at_5']:.4f} | \`medrec eval {sys.argv[2]} --json\` |\")" "$j" "$t"
  done
  echo
  echo "### Symptom extraction (ChineseBLUE CMDD, sentence-level normalised symptom mentions)"
  echo
  echo "| split | config | precision | recall | F1 | negation accuracy | command |"
  echo "|---|---|---:|---:|---:|---:|---|"
  for args in "--split dev" "--split dev --fuzzy" "--split dev --no-cmdd" "--split test"; do
    j=$(medrec eval linking $args --json)
    python3 -c "import json,sys; j=json.loads(sys.argv[1]); c=j['config']; print(f\"| {j['split']} | cmdd lexicon {c['cmdd_lexicon']}, fuzzy {c['fuzzy']} | {j['precision']:.4f} | {j['recall']:.4f} | {j['f1']:.4f} | {j['negation_accuracy']:.4f} | \`medrec eval linking {sys.argv[2]} --json\` |\")" "$j" "$args"
  done
  echo
  echo "### Knowledge graph"
  echo
  echo '```json'
  medrec kg stats --json
  echo '```'
} > "$out"
echo "wrote $out"
