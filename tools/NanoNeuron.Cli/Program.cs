using NanoNeuron.Cli;
using NanoNeuron.Tools;

// Ctrl+C cancels the run's token: training stops within 1,024 epochs, or the run stops just before it would write its
// results; the exit code is 130 and one line on stderr says so. Ctrl+C while the results are written lets them finish.
// Ctrl+\ (SIGQUIT) is not Ctrl+C: it keeps its default action, as in any program (the process ends at once, 131).
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    if (e.SpecialKey == ConsoleSpecialKey.ControlC)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

// Standard output through StandardStream.OpenOutput: a pipe whose reader has gone is then a failed write (exit 74), not a success.
return await NanoNeuronCommand.RunAsync(args, StandardStream.OpenOutput(), Console.Error, cancellation.Token).ConfigureAwait(false);
