using System.Diagnostics;
using System.Globalization;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// A termination signal sent to the builder's process alone, as <c>timeout</c> sends SIGTERM (issue 19): the builder stops
/// both notebook engines and everything they started, and exits 128 + the signal's number, the site as it was.
/// </summary>
public sealed class SiteSignalTests : IDisposable
{
    // Inside the repository, so that the engine finds the pinned tool manifest.
    private readonly string root = Path.Combine(RepositoryRoot.Path, "artifacts", "test-notebooks", Guid.NewGuid().ToString("N"));

    private readonly List<int> started = [];

    public void Dispose()
    {
        // Only if the test failed: nothing it started may outlive it.
        foreach (int pid in started.Where(ProcessTable.IsRunning))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
            }
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task Executable_SignalToTheBuilderAlone_StopsEveryEngineAndTheirChildren(string signal, int expected)
    {
        // Two lessons whose code cell starts a `sleep` of its own length (unique to this test) and waits for it.
        string tag = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        foreach (int lesson in new[] { 1, 2 })
        {
            File.WriteAllText(Path.Combine(notebooks, $"0{lesson}-sleep.ipynb"), $$$"""
                {"cells": [{"cell_type": "code", "execution_count": null, "id": "c", "metadata": {"dotnet_interactive": {"language": "csharp"}}, "outputs": [],
                            "source": ["System.Diagnostics.Process.Start(\"sleep\", \"{{{tag}}}{{{lesson}}}\").WaitForExit();"]}],
                 "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
                """);
        }

        string site = Path.Combine(root, "site");
        // Through env(1), which gives the signals their default handling before it becomes the builder: a runner started in
        // the background (`cmd &` in a script) passes SIGINT on ignored, and a program started so keeps ignoring it, as it should.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (string argument in new[] { "--default-signal=INT,TERM,HUP", "dotnet", typeof(SiteBuilder).Assembly.Location, "--notebooks", notebooks, "--output", site })
        {
            start.ArgumentList.Add(argument);
        }

        using var builder = Process.Start(start)!;
        started.Add(builder.Id);
        var output = builder.StandardOutput.ReadToEndAsync();
        var error = builder.StandardError.ReadToEndAsync();

        // Both engines are running their cell (a notebook's engine takes 10–60 s to start here).
        var deadline = Stopwatch.StartNew();
        while (ProcessTable.Processes().Count(p => p.CommandLine.StartsWith("sleep " + tag, StringComparison.Ordinal)) < 2)
        {
            Assert.False(builder.HasExited, $"the builder ended first (exit {(builder.HasExited ? builder.ExitCode : 0)})");
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(10), "the engines did not start their cells within 10 minutes");
            await Task.Delay(250);
        }

        var tree = ProcessTable.Descendants(builder.Id);
        started.AddRange(tree);
        Assert.True(tree.Count >= 4, $"two engines and two sleeps below the builder: {tree.Count} processes");

        using (var kill = Process.Start("kill", ["-" + signal, builder.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using (var wait = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            await builder.WaitForExitAsync(wait.Token);
        }

        Assert.True(builder.ExitCode == expected, $"exit {builder.ExitCode}\n{await output}{await error}");
        Assert.Contains("stopped: the build was interrupted", await error, StringComparison.Ordinal);
        deadline.Restart();
        while (tree.Any(ProcessTable.IsRunning) && deadline.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(100);
        }

        Assert.True(!tree.Any(ProcessTable.IsRunning), "still running: " + string.Join(", ", tree.Where(ProcessTable.IsRunning)));
        Assert.False(Directory.Exists(site), "a stopped first build leaves no site folder");
    }

    [Fact]
    public void Run_StoppedWhileAProcessRuns_ItsWholeTreeIsKilled()
    {
        // A shell whose child sleeps: killing only the shell would leave the child running.
        Directory.CreateDirectory(root);
        string pidFile = Path.Combine(root, "child.pid");
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"sleep 300 & echo $! > '{pidFile}'; wait");
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
            {
                await Task.Delay(50);
            }

            await stop.CancelAsync();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => NotebookRunner.Run(start, "01-slow.ipynb", TimeSpan.FromMinutes(10), stop.Token));

        int child = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        var deadline = Stopwatch.StartNew();
        while (ProcessTable.IsRunning(child) && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(100);
        }

        Assert.False(ProcessTable.IsRunning(child), $"the child process {child} still runs");
    }

    [Fact]
    public void Build_StoppedWhileANotebookRuns_ExitsStoppedAndLeavesTheSiteAsItWas()
    {
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        foreach (string name in new[] { "01-one", "02-two", "03-three" })
        {
            File.WriteAllText(Path.Combine(notebooks, name + ".ipynb"), """
                {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# A lesson"]}],
                 "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
                """);
        }

        string site = Path.Combine(root, "site");
        (int, string) Copy(string notebook, string executed)
        {
            File.Copy(notebook, executed);
            return (0, "");
        }

        Assert.Equal(0, SiteBuilder.Build(notebooks, site, TextWriter.Null, TextWriter.Null, Copy));
        var before = Snapshot.Take(root);
        using var stop = new CancellationTokenSource();
        int runs = 0;

        // The signal comes while lesson 02 runs; its engine is stopped as the real one is, with OperationCanceledException.
        (int, string) Engine(string notebook, string executed)
        {
            Interlocked.Increment(ref runs);
            if (!notebook.EndsWith("02-two.ipynb", StringComparison.Ordinal))
            {
                return Copy(notebook, executed);
            }

            stop.Cancel();
            throw new OperationCanceledException(stop.Token);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteBuilder.Build(notebooks, site, output, error, Engine, stop: stop.Token);

        Assert.True(exitCode == SiteBuilder.Stopped, $"exit {exitCode}\n{output}{error}");
        Assert.Contains(".ipynb ... stopped", output.ToString(), StringComparison.Ordinal); // 01, or 02 if 01 ended first
        Assert.StartsWith("stopped: the build was interrupted", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.True(runs <= 3);
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }
}
