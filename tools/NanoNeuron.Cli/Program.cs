using NanoNeuron.Cli;

// Ctrl+C cancels the run's token: training stops within 1,024 epochs, or the run stops just before it would write its
// results; the exit code is 130 and one line on stderr says so. Ctrl+C while the results are written lets them finish.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await NanoNeuronCommand.RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
