#!/usr/bin/env bash
# Runs once when the container is created (onCreateCommand, so a Codespaces prebuild does it ahead of time):
# pinned tools, a first build, and the Jupyter kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore
dotnet build NanoNeuron.slnx
# Registers the .NET Interactive kernels (.net-csharp among them) with Jupyter.
dotnet tool run dotnet-interactive -- jupyter install
