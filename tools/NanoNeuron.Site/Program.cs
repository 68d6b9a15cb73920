using NanoNeuron.Site;

return SiteCommand.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error);
