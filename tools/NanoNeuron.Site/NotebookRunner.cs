using System.Diagnostics;

namespace NanoNeuron.Site;

/// <summary>Runs a notebook top to bottom with the pinned dotnet-repl.</summary>
internal static class NotebookRunner
{
    /// <summary>
    /// Executes <paramref name="notebook"/> and writes the executed copy to <paramref name="executedPath"/>.
    /// Relative paths in a notebook resolve from the engine's working directory: by default the notebook's
    /// own folder, or <paramref name="workingDirectory"/>.
    /// </summary>
    /// <returns>The engine's exit code and what it printed.</returns>
    public static (int ExitCode, string Log) Execute(string notebook, string executedPath, string? workingDirectory = null)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
