#!/usr/bin/env bash
# How long a lesson's first cell costs: an empty notebook against a notebook holding only the setup line,
# both run headless in the pinned dotnet-repl from notebooks/, interleaved, in one run.
#   bash bench/notebook-start.sh [rounds]      (default 5; the library is built once first, as a learner's would be)
# Prints each run, the medians and their ratio (target: setup ≤ 1.3 × empty).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
dotnet tool restore > /dev/null
work="$(mktemp -d)"
empty="notebooks/.bench-empty-$$.ipynb"
setup="notebooks/.bench-setup-$$.ipynb"
trap 'rm -rf "$work" "$empty" "$setup"' EXIT

notebook() { # $1 = the code of its one cell, as a JSON string
  cat <<JSON
{"cells":[{"cell_type":"code","execution_count":null,"metadata":{"dotnet_interactive":{"language":"csharp"},"polyglot_notebook":{"kernelName":"csharp"}},"outputs":[],"source":[$1]}],
 "metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},"language_info":{"name":"polyglot-notebook"},
 "polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}},"nbformat":4,"nbformat_minor":5}
JSON
}
notebook '"1 + 1"' > "$empty"
notebook '"#!import setup.dib"' > "$setup"

run() { # $1 = notebook; prints seconds
  local start end
  start=$(date +%s.%N)
  (cd notebooks && dotnet repl --run "../$1" --exit-after-run --output-path "$work/out.ipynb" > "$work/log" 2>&1) \
    || { echo "dotnet-repl failed on $1:" >&2; cat "$work/log" >&2
         python3 -c 'import json,sys; [print(o.get("ename"), o.get("evalue"), file=sys.stderr) for c in json.load(open(sys.argv[1]))["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]' "$work/out.ipynb" || true
         exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

run "$setup" > /dev/null # builds the library if it is not current (a learner's first run ever)
empties=(); setups=()
for ((i = 1; i <= rounds; i++)); do
  e=$(run "$empty"); s=$(run "$setup")
  empties+=("$e"); setups+=("$s")
  printf 'round %d: empty %.2f s, setup %.2f s\n' "$i" "$e" "$s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
me=$(median "${empties[@]}"); ms=$(median "${setups[@]}")
printf 'median: empty %.2f s, setup %.2f s, ratio %.2f (target ≤ 1.30)\n' "$me" "$ms" "$(echo "$ms / $me" | bc -l)"
