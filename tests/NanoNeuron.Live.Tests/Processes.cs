using System.Diagnostics;

namespace NanoNeuron.Live.Tests;

internal static class Processes
{
    /// <summary>Runs a command to its end: its exit code, and what it wrote (output, then errors).</summary>
    public static (int ExitCode, string Log) Run(string command, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
