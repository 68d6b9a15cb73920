// Every checker computes its truth with the library and the experiments.
global using NanoNeuron.Experiments;
global using static System.FormattableString;
