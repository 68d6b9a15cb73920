// The engine's namespace: every experiment trains through it.
global using System.Collections.Immutable;
global using NanoNeuron.Optimization;
