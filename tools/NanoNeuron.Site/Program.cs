using System.Runtime.InteropServices;
using NanoNeuron.Site;

// A termination signal sent to this process alone (as `timeout` sends SIGTERM) stops the build: the notebook engines are
// killed with every process they started, the site is left as it was, and the exit code is 128 + the signal's number.
using var stop = new CancellationTokenSource();
int signalled = 0;
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    Interlocked.CompareExchange(ref signalled, 128 + SignalNumber(context.Signal), 0);
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

// Standard output through StandardStream.OpenOutput: a pipe whose reader has gone is then a failed write (exit 74), not a success.
int exitCode = SiteCommand.Run(args, Environment.CurrentDirectory, NanoNeuron.Tools.StandardStream.OpenOutput(), Console.Error, stop: stop.Token);
return exitCode == SiteBuilder.Stopped && Volatile.Read(ref signalled) is > 0 and var code ? code : exitCode;

// PosixSignal's values are .NET's own (negative); the shell reports 128 + the signal's number on Linux and macOS.
static int SignalNumber(PosixSignal signal) => signal switch
{
    PosixSignal.SIGHUP => 1,
    PosixSignal.SIGINT => 2,
    _ => 15,
};
