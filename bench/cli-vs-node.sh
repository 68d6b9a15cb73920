#!/usr/bin/env bash
# The command line against the JavaScript reference, whole process, side by side.
#   bash bench/cli-vs-node.sh [pairs] [-- CLI arguments]
# Builds tools/NanoNeuron.Cli in Release (as `dotnet build -c Release` leaves it), then runs, in turn, the built binary
# and `node testing/reference/nanoneuron.js` (the original's 70,000 epochs at α = 0.0005), A B A B, for `pairs` pairs
# (default 15; the first pair is a warm-up for the disk cache and is not counted). Each run's wall time is the whole
# process: start-up, training and printing, output sent to /dev/null. Prints every pair, both medians and their ratio
# (target: the CLI at most 0.75 × node), and the load average before and after, since the machine is shared.
# With arguments after `--`, the CLI runs with them instead of its defaults (for example `-- --epochs 1` to time the
# start-up alone); node always trains 70,000 epochs.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=15
if [[ $# -gt 0 && "$1" != "--" ]]; then pairs="$1"; shift; fi
if [[ $# -gt 0 && "$1" == "--" ]]; then shift; fi
cli_args=("$@")

dotnet build tools/NanoNeuron.Cli -c Release -nologo -v quiet > /dev/null
cli=tools/NanoNeuron.Cli/bin/Release/net10.0/NanoNeuron.Cli
node_script=testing/reference/nanoneuron.js
command -v node > /dev/null || { echo "node is needed for the comparison" >&2; exit 1; }

seconds() { # runs "$@" once, output discarded; prints its wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo "scale=4; ($end - $start) / 1000000000" | bc
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
clis=(); nodes=()
for ((i = 0; i <= pairs; i++)); do
  c=$(seconds "$cli" "${cli_args[@]}")
  n=$(seconds node "$node_script")
  if ((i == 0)); then continue; fi
  clis+=("$c"); nodes+=("$n")
  printf 'pair %2d: CLI %.3f s, node %.3f s\n' "$i" "$c" "$n"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mc=$(median "${clis[@]}"); mn=$(median "${nodes[@]}")
printf 'median: CLI %.3f s, node %.3f s, CLI / node %.2f (target ≤ 0.75)\n' "$mc" "$mn" "$(echo "$mc / $mn" | bc -l)"
