using System.Diagnostics;

namespace NanoNeuron.Site;

/// <summary>Runs a notebook top to bottom with the pinned dotnet-repl.</summary>
internal static class NotebookRunner
{
    /// <summary>
    /// Executes <paramref name="notebook"/> from its own folder (relative paths in notebooks resolve from the
    /// working directory) and writes the executed copy to <paramref name="executedPath"/>.
    /// </summary>
    /// <returns>The engine's exit code and what it printed.</returns>
    public static (int ExitCode, string Log) Execute(string notebook, string executedPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(notebook)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "tool", "run", "dotnet-repl", "--", "--run", Path.GetFileName(notebook), "--exit-after-run", "--output-path", executedPath })
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
