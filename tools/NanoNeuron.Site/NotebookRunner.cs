using System.Diagnostics;

namespace NanoNeuron.Site;

/// <summary>Runs a notebook top to bottom with the pinned dotnet-repl.</summary>
internal static class NotebookRunner
{
    /// <summary>How long one notebook may run before the engine is stopped, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Executes <paramref name="notebook"/> and writes the executed copy to <paramref name="executedPath"/>.
    /// Relative paths in a notebook resolve from the engine's working directory: by default the notebook's
    /// own folder, or <paramref name="workingDirectory"/>.
    /// </summary>
    /// <returns>The engine's exit code and what it printed.</returns>
    /// <exception cref="NotebookTimeoutException">The notebook ran longer than <paramref name="timeout"/> (by default <see cref="DefaultTimeout"/>); the engine and every process it started were killed.</exception>
    public static (int ExitCode, string Log) Execute(string notebook, string executedPath, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(notebook)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "tool", "run", "dotnet-repl", "--", "--run", Path.GetFullPath(notebook), "--exit-after-run", "--output-path", executedPath })
        {
            start.ArgumentList.Add(argument);
        }

        return Run(start, Path.GetFileName(notebook), timeout ?? DefaultTimeout);
    }

    /// <summary>Runs a process to its end, or kills it with all its children when <paramref name="timeout"/> expires.</summary>
    /// <exception cref="NotebookTimeoutException">The process ran longer than <paramref name="timeout"/>.</exception>
    public static (int ExitCode, string Log) Run(ProcessStartInfo start, string notebookName, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            process.WaitForExitAsync(expiry.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            throw new NotebookTimeoutException(notebookName, timeout);
        }

        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }
}

