using System.Globalization;
using CsCheck;
using NanoNeuron.Cli;
using NanoNeuron.Testing;

namespace NanoNeuron.Tests;

/// <summary>
/// Standard output or standard error closed, full, or failing part-way (issue 19): a clear exit code (74 when standard
/// output fails), the reason on standard error where it can still be written, never a stack trace, and the chart all or
/// nothing: it replaces the old one only once the whole report has been written.
/// </summary>
public sealed class CliStreamTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nanoneuron-streams-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Chart(string contents = "the old chart")
    {
        string path = Path.Combine(folder, "c.html");
        File.WriteAllText(path, contents);
        return path;
    }

    private static int Run(string[] args, TextWriter output, TextWriter error) => NanoNeuronCommand.Run(args, output, error);

    [Theory]
    [InlineData(false, "No space left on device")]
    [InlineData(true, "Bad file descriptor")]
    public void Run_StandardOutputFullOrClosed_Exits74SaysSoAndKeepsTheOldChart(bool closed, string reason)
    {
        string path = Chart();
        using var output = new BrokenWriter(0, closed);
        using var error = new StringWriter();

        int exitCode = Run(["--epochs", "10", "--chart", path], output, error);

        Assert.Equal(NanoNeuronCommand.OutputFailed, exitCode);
        Cli.AssertOneLineReason(error.ToString(), "could not write to standard output", reason, "no chart file was written or replaced");
        Assert.Equal("the old chart", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Run_HelpToAFullStandardOutput_Exits74()
    {
        using var output = new BrokenWriter(0);
        using var error = new StringWriter();

        Assert.Equal(NanoNeuronCommand.OutputFailed, Run(["--help"], output, error));
        Cli.AssertOneLineReason(error.ToString(), "could not write to standard output (No space left on device)");
    }

    [Theory]
    [InlineData(2, "--epochs", "x")]
    [InlineData(1, "--learning-rate", "0.001")]
    [InlineData(2, "--chart", "/no/such/folder/c.html")]
    public void Run_StandardErrorClosed_TheExitCodeStillSaysWhatWentWrong(int expected, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new BrokenWriter(0, closed: true);

        Assert.Equal(expected, Run(args, output, error));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void Run_BothStreamsClosed_Exits74AndKeepsTheOldChart()
    {
        string path = Chart();
        using var output = new BrokenWriter(0, closed: true);
        using var error = new BrokenWriter(0, closed: true);

        Assert.Equal(NanoNeuronCommand.OutputFailed, Run(["--epochs", "10", "--chart", path], output, error));
        Assert.Equal("the old chart", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// Standard output fills up after any number of characters, from none to more than the run writes: either the run
    /// wrote everything (exit 0, the chart replaced) or it exits 74 with one line on standard error, the old chart as it
    /// was and no temporary file left beside it, unless the whole report was written and only the last line, "Chart written
    /// to", which comes once the chart is in place, was lost: then the chart is new, and standard error says so.
    /// </summary>
    [Fact]
    public void Run_StandardOutputFailsAtAnyPoint_TheChartIsReplacedOnlyWithTheWholeReport()
    {
        var cases =
            from epochs in Gen.Int[0, 200]
            from json in Gen.Bool
            from chart in Gen.Bool
            from help in Gen.Int[0, 9].Select(i => i == 0)
            from fraction in Gen.Double[0, 1.2]
            select (Epochs: epochs, Json: json, Chart: chart, Help: help, Fraction: fraction);

        cases.Sample(example =>
        {
            string path = Path.Combine(folder, "c.html");
            File.WriteAllText(path, "the old chart");
            string[] args = example.Help
                ? ["--help"]
                : ["--epochs", example.Epochs.ToString(CultureInfo.InvariantCulture), .. example.Json ? ["--json"] : Array.Empty<string>(),
                   .. example.Chart ? ["--chart", path] : Array.Empty<string>()];
            using var whole = new StringWriter();
            Assert.Equal(0, Run(args, whole, TextWriter.Null));
            File.WriteAllText(path, "the old chart");
            int capacity = (int)(example.Fraction * whole.ToString().Length);
            using var output = new BrokenWriter(capacity);
            using var error = new StringWriter();

            int exitCode = Run(args, output, error);

            // The line that says where the chart is comes last, once the chart is in place (attack 13, A13a-13).
            string chartLine = example.Chart && !example.Json && !example.Help ? $"Chart written to {path}{System.Environment.NewLine}" : "";
            if (capacity >= whole.ToString().Length)
            {
                Assert.Equal(0, exitCode);
                Assert.Equal(whole.ToString(), output.ToString());
                Assert.Equal(example.Chart && !example.Help, File.ReadAllText(path) != "the old chart");
            }
            else if (capacity >= whole.ToString().Length - chartLine.Length)
            {
                // The whole report went out and the chart is in place; only that last line was lost, and standard error says so.
                Assert.Equal(NanoNeuronCommand.OutputFailed, exitCode);
                Cli.AssertOneLineReason(error.ToString(), "could not write to standard output", $"the report was written and the chart put in place at '{path}', only the line saying so was lost");
                Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(NanoNeuronCommand.OutputFailed, exitCode);
                Cli.AssertOneLineReason(error.ToString(), "could not write to standard output");
                Assert.Equal("the old chart", File.ReadAllText(path));
            }

            Assert.Equal([path], Directory.GetFileSystemEntries(folder));
        }, iter: 40, threads: 1);
    }

    /// <summary>
    /// Attack 13, A13a-13: "Chart written to" comes after the report, once the chart is in place; standard output that takes
    /// the whole report but not that line ends the run with 74 and a reason that says the chart is in place, not that none was.
    /// </summary>
    [Fact]
    public void Run_StandardOutputFailsOnlyAtTheChartLine_Exits74SayingTheChartIsInPlace()
    {
        string path = Chart();
        var (_, report, _) = Cli.Run("--epochs", "10");
        using var output = new BrokenWriter(report.Length);
        using var error = new StringWriter();

        int exitCode = Run(["--epochs", "10", "--chart", path], output, error);

        Assert.Equal(NanoNeuronCommand.OutputFailed, exitCode);
        Assert.Equal(report, output.ToString());
        Cli.AssertOneLineReason(error.ToString(), "could not write to standard output (No space left on device)",
            $"the report was written and the chart put in place at '{path}', only the line saying so was lost");
        Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>The real executable, its streams closed or full as a shell leaves them: no abort (exit 134), a stated reason.</summary>
    [Theory]
    [InlineData("--epochs 10 >&-", 74, "could not write to standard output (Bad file descriptor)")]
    [InlineData("--epochs 10 >/dev/full", 74, "could not write to standard output (No space left on device)")]
    [InlineData("--help >/dev/full", 74, "could not write to standard output (No space left on device)")]
    [InlineData("--epochs x 2>&-", 2, "")]
    [InlineData("--epochs 10 >&- 2>&-", 74, "")]
    [InlineData("--epochs 10 --chart \"$DIR/c.html\" >/dev/full", 74, "no chart file was written or replaced")]
    public async Task Executable_StreamsClosedOrFull_ExitsWithAReason(string arguments, int expected, string reason)
    {
        string path = Chart();
        var (exit, output, error) = await Shell.RunAsync($"exec dotnet \"$CLI\" {arguments}", Environment());

        Assert.True(exit == expected, $"exit {exit}\n{output}{error}");
        Assert.Empty(output);
        if (reason.Length > 0)
        {
            Cli.AssertOneLineReason(error, reason);
        }
        else
        {
            Assert.Empty(error);
        }

        Assert.Equal("the old chart", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// The real executable writing into a pipe nobody reads any more: .NET's console stream would report success; the run
    /// exits 74, says so, and the old chart stays. The pipe (a named one, removed at once) has lost its only reader before
    /// the command line starts, so the write fails however fast or slow the machine is.
    /// </summary>
    [Theory]
    [InlineData("--epochs 5 --chart \"$DIR/c.html\"")]
    [InlineData("--epochs 5")]
    [InlineData("--epochs 70000 --json --chart \"$DIR/c.html\"")]
    [InlineData("--help")]
    public async Task Executable_PipeWhoseReaderHasGone_Exits74AndKeepsTheOldChart(string arguments)
    {
        string path = Chart();
        string fifo = Path.Combine(Directory.CreateTempSubdirectory("nanoneuron-fifo-").FullName, "pipe");
        var (exit, output, error) = await Shell.RunAsync(Shell.IntoAPipeNobodyReads($"dotnet \"$CLI\" {arguments}"), Environment(("FIFO", fifo)));
        Directory.Delete(Path.GetDirectoryName(fifo)!, recursive: true);

        Assert.True(exit == NanoNeuronCommand.OutputFailed, $"exit {exit}\n{output}{error}");
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "could not write to standard output (Broken pipe)", "no chart file was written or replaced");
        Assert.Equal("the old chart", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// Ctrl+\ (SIGQUIT) is not Ctrl+C (attack 8, A8-1): it keeps its default action, as in any program: the process ends
    /// at once (131), says nothing about Ctrl+C, and the old chart stays. env(1) gives the signal its default handling
    /// (a background job's is "ignored"); the run asks for 10,000,000 epochs, far longer than the second it is given.
    /// </summary>
    [Fact]
    public async Task Executable_SigQuit_EndsWithItsDefaultActionNotAsCtrlC()
    {
        string path = Chart();
        var (exit, output, error) = await Shell.RunAsync(
            "ulimit -c 0; env --default-signal=QUIT dotnet \"$CLI\" --epochs 10000000 --chart \"$DIR/c.html\" & pid=$!; sleep 1; kill -QUIT $pid; wait $pid",
            Environment());

        Assert.True(exit == 128 + 3, $"exit {exit}\n{output}{error}");
        Assert.DoesNotContain("Ctrl+C", error, StringComparison.Ordinal);
        Assert.Equal("the old chart", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>The variables the shell scripts above use: CLI (the executable), DIR (the test's folder), and any others.</summary>
    private Dictionary<string, string> Environment(params (string Name, string Value)[] others) =>
        new([new("CLI", typeof(NanoNeuronCommand).Assembly.Location), new("DIR", folder), .. others.Select(o => new KeyValuePair<string, string>(o.Name, o.Value))]);
}
