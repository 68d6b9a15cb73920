#!/usr/bin/env bash
# Runs once when the container is created (onCreateCommand, so a Codespaces prebuild does it ahead of time):
# pinned tools, a first build (the solution, and the library as the notebooks load it), and the Jupyter kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore
dotnet build NanoNeuron.slnx
# The notebooks' own setup step, once: it builds the library into artifacts/notebooks and stamps it, so the first
# lesson opened starts without a build.
mkdir -p artifacts
printf '#!csharp\n\n#!import setup.dib\n' > artifacts/setup-once.dib
(cd notebooks && dotnet repl --run ../artifacts/setup-once.dib --exit-after-run)
# Registers the .NET Interactive kernels (.net-csharp among them) with Jupyter.
dotnet tool run dotnet-interactive -- jupyter install
