using System.Diagnostics;
using System.Globalization;

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

/// <summary>A notebook ran longer than it may; the engine was stopped.</summary>
internal sealed class NotebookTimeoutException : Exception
{
    /// <summary>Names the notebook and the limit.</summary>
    public NotebookTimeoutException(string notebookName, TimeSpan timeout)
        : base($"{notebookName} did not finish within {Describe(timeout)}, so the engine was stopped: look for a cell that never ends, or allow more time with --timeout-minutes.")
    {
        NotebookName = notebookName;
        Timeout = timeout;
    }

    /// <summary>The notebook's file name.</summary>
    public string NotebookName { get; }

    /// <summary>The limit it exceeded.</summary>
    public TimeSpan Timeout { get; }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.TotalMinutes == Math.Floor(timeout.TotalMinutes)
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMinutes:0} minute{(timeout.TotalMinutes == 1 ? "" : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} second{(timeout.TotalSeconds == 1 ? "" : "s")}");
}
