using System.Diagnostics;

namespace NanoNeuron.Testing;

/// <summary>Runs a command line through a shell, as a user types it (redirections, closed descriptors, pipes).</summary>
public static class Shell
{
    /// <summary>
    /// Runs <paramref name="script"/> with <c>bash -c</c>, the <paramref name="environment"/> variables set, and returns its
    /// exit code with everything it wrote to standard output and standard error (read at once, so neither can fill up).
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string script, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        var error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        return (process.ExitCode, output, await error.ConfigureAwait(false));
    }

    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/>, as mkfifo(1) does; returns the path.</summary>
    /// <exception cref="InvalidOperationException">mkfifo failed; the message holds what it said.</exception>
    public static async Task<string> MakeFifoAsync(string path)
    {
        var (exitCode, _, error) = await RunAsync("mkfifo \"$P\"", new Dictionary<string, string> { ["P"] = path }).ConfigureAwait(false);
        return exitCode == 0 ? path : throw new InvalidOperationException($"mkfifo {path} failed ({exitCode}): {error}");
    }

    /// <summary>
    /// A script that runs <paramref name="command"/> with its standard output in a pipe that has lost its only reader before
    /// the command starts, so that every write fails however fast or slow the machine is: a named pipe at the path in the
    /// variable FIFO (removed at once) is opened for reading and writing on descriptor 3, so that opening it to write on 4
    /// does not wait for a reader; closing 3 then leaves none.
    /// </summary>
    public static string IntoAPipeNobodyReads(string command) =>
        $"mkfifo \"$FIFO\" && exec 3<>\"$FIFO\" 4>\"$FIFO\" 3<&- && rm \"$FIFO\" && exec {command} >&4 4>&-";
}
