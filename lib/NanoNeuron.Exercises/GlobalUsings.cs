// Every checker computes its truth with the library and the experiments.
global using NanoNeuron.Activations;
global using NanoNeuron.Classification;
global using NanoNeuron.Data;
global using NanoNeuron.Experiments;
global using NanoNeuron.Fast;
global using NanoNeuron.Networks;
global using NanoNeuron.Optimization;
global using NanoNeuron.SeveralInputs;
global using NanoNeuron.Vectorized;
global using static System.FormattableString;
