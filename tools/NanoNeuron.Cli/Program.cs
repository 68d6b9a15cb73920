using NanoNeuron.Cli;

return NanoNeuronCommand.Run(args, Console.Out, Console.Error);
