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
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled; the engine and every process it started were killed.</exception>
    public static (int ExitCode, string Log) Execute(
        string notebook, string executedPath, string? workingDirectory = null, TimeSpan? timeout = null, CancellationToken stop = default)
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

        return Run(start, Path.GetFileName(notebook), timeout ?? DefaultTimeout, stop);
    }

    /// <summary>Runs a process to its end, or kills it with all its children when <paramref name="timeout"/> expires or <paramref name="stop"/> is cancelled.</summary>
    /// <exception cref="NotebookTimeoutException">The process ran longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled.</exception>
    public static (int ExitCode, string Log) Run(ProcessStartInfo start, string notebookName, TimeSpan timeout, CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        stop.ThrowIfCancellationRequested();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(stop);
        expiry.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(expiry.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            stop.ThrowIfCancellationRequested();
            throw new NotebookTimeoutException(notebookName, timeout);
        }

        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }
}

