using System.Runtime.InteropServices;
using NanoNeuron.Site;

// A termination signal sent to this process alone (as `timeout` sends SIGTERM) stops the build: the notebook engines are
// killed with every process they started, the site is left as it was, and the exit code is 128 + the signal's number.
// A build that has not ended within stopGrace of the signal is blocked where no token reaches (a read that never returns):
// the process then ends anyway, with the same code; a second signal ends it at once.
// stopGrace is longer than the engines take to be killed (NotebookRunner waits up to 30 s for each).
var stopGrace = TimeSpan.FromSeconds(60);
using var stop = new CancellationTokenSource();
int signalled = 0;
void Stop(PosixSignalContext context)
{
    if (Interlocked.CompareExchange(ref signalled, 128 + SignalNumber(context.Signal), 0) != 0)
    {
        context.Cancel = false; // the signal's own action: the process ends now
        return;
    }

    context.Cancel = true;
    stop.Cancel();
    _ = Task.Delay(stopGrace).ContinueWith(_ =>
    {
        Console.Error.WriteLine($"stopped: the build did not end within {stopGrace.TotalSeconds:0} s of the signal, so it was ended where it stood; the site was left as it was.");
        Environment.Exit(Volatile.Read(ref signalled));
    }, TaskScheduler.Default);
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

// Standard output through StandardStream.OpenOutput: a pipe whose reader has gone is then a failed write (exit 74), not a success.
// A current folder deleted after the shell entered it has no path: SiteCommand refuses a build then (exit 2), and --help needs none.
int exitCode = SiteCommand.Run(args, CurrentFolder(), NanoNeuron.Tools.StandardStream.OpenOutput(), Console.Error, stop: stop.Token);
return exitCode == SiteBuilder.Stopped && Volatile.Read(ref signalled) is > 0 and var code ? code : exitCode;

// PosixSignal's values are .NET's own (negative); the shell reports 128 + the signal's number on Linux and macOS.
static int SignalNumber(PosixSignal signal) => signal switch
{
    PosixSignal.SIGHUP => 1,
    PosixSignal.SIGINT => 2,
    _ => 15,
};

// The current folder, or null when it no longer exists (.NET's getcwd then throws).
static string? CurrentFolder()
{
    try
    {
        return Environment.CurrentDirectory;
    }
    catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
    {
        return null;
    }
}
