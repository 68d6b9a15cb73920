using System.Diagnostics;
using NanoNeuron.Testing;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The course's notebooks and the tools that run them.</summary>
internal static class Notebooks
{
    public static string Root => RepositoryRoot.Path;

    public static string Folder => Path.Combine(Root, "notebooks");

    /// <summary>Every numbered notebook, in course order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>
    /// Executes a notebook (a name in notebooks/, or a full path) with the pinned dotnet-repl, from notebooks/
    /// (relative paths resolve from the process's working directory), and returns the executed copy's JSON.
    /// </summary>
    public static (int ExitCode, string Executed, string Log) ExecuteWithDotnetRepl(string name)
    {
        string output = Path.Combine(Path.GetTempPath(), $"nanoneuron-{Guid.NewGuid():N}-{Path.GetFileName(name)}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "tool", "run", "dotnet-repl", "--", "--run", name, "--exit-after-run", "--output-path", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet-repl");
        var log = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        string executed = File.Exists(output) ? File.ReadAllText(output) : "";
        File.Delete(output);
        return (process.ExitCode, executed, log.Result + error.Result);
    }

}
