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

    /// <summary>The engine's command in the tool manifest (dotnet-tools.json) that pins it.</summary>
    public const string EngineTool = "dotnet-repl";

    /// <summary>
    /// Why the pinned engine cannot run the notebooks of <paramref name="notebooksFolder"/>, or null: <c>dotnet tool run</c>
    /// looks for a tool manifest (.config/dotnet-tools.json or dotnet-tools.json) in the notebook's folder and the folders
    /// above it, up to one marked as the root, and only the repository's pins dotnet-repl. A folder outside the repository
    /// would fail every notebook with "Cannot find a tool in the manifest file".
    /// </summary>
    public static string? MissingEngine(string notebooksFolder)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(notebooksFolder)); folder is not null; folder = folder.Parent)
        {
            foreach (string manifest in new[] { Path.Combine(folder.FullName, ".config", "dotnet-tools.json"), Path.Combine(folder.FullName, "dotnet-tools.json") })
            {
                // File.Exists is true for a named pipe, a device or a dangling link: reading one would block, never end, or throw.
                if (!File.Exists(manifest))
                {
                    continue;
                }

                if (SiteBuilder.Unreadable(manifest, out byte[] contents, SiteBuilder.ManifestFile) is { } unreadable)
                {
                    return $"the tool manifest '{manifest}' {unreadable}";
                }

                try
                {
                    using var json = System.Text.Json.JsonDocument.Parse(contents);
                    var root = json.RootElement;
                    if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("tools", out var tools)
                        && tools.ValueKind == System.Text.Json.JsonValueKind.Object && tools.EnumerateObject().Any(tool => tool.Value.ValueKind == System.Text.Json.JsonValueKind.Object
                            && tool.Value.TryGetProperty("commands", out var commands) && commands.ValueKind == System.Text.Json.JsonValueKind.Array
                            && commands.EnumerateArray().Any(command => command.ValueKind == System.Text.Json.JsonValueKind.String && command.GetString() == EngineTool)))
                    {
                        return null;
                    }

                    if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("isRoot", out var isRoot) && isRoot.ValueKind == System.Text.Json.JsonValueKind.True)
                    {
                        return $"the tool manifest '{manifest}' is marked as the root (\"isRoot\": true) and does not pin {EngineTool}, the engine that runs the notebooks, so no notebook could run: pass the repository's notebooks folder (--notebooks notebooks), or a folder inside the repository.";
                    }
                }
                catch (System.Text.Json.JsonException exception)
                {
                    return $"the tool manifest '{manifest}' is not valid JSON ({exception.Message}), so the engine that runs the notebooks ({EngineTool}) cannot be found: restore it (git checkout -- dotnet-tools.json).";
                }
            }
        }

        return $"no tool manifest (dotnet-tools.json) in it or any folder above it pins {EngineTool}, the engine that runs the notebooks, so no notebook could run (the folder is outside the repository, whose dotnet-tools.json pins it, and its lessons' setup.dib and ../artifacts would be missing too): pass the repository's notebooks folder (--notebooks notebooks), or a folder inside the repository.";
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

