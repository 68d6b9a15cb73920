using NanoNeuron.Cli;

// Ctrl+C cancels the run's token: training stops within a few thousand epochs and the exit code is 130.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await NanoNeuronCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
