using NanoNeuron.Cli;

namespace NanoNeuron.Tests;

/// <summary>The chart file (issue 19): a name is a name, however it starts.</summary>
public sealed class CliChartFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nanoneuron-chart-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = NanoNeuronCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_ChartNamedWithAnAt_IsAFileNotAResponseFile()
    {
        // A file named like the rest of the name: a response file would be read from it.
        File.WriteAllText(Path.Combine(folder, "c.html"), "--epochs -1");
        string path = Path.Combine(folder, "@c.html");

        var (exitCode, output, error) = Run("--epochs", "10", "--chart", path);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Chart written to {path}", output, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal("--epochs -1", File.ReadAllText(Path.Combine(folder, "c.html")));
    }

    [Fact]
    public void Run_NumberStartingWithAnAt_IsRefusedAsANumber()
    {
        var (exitCode, _, error) = Run("--epochs", "@args");

        Assert.Equal(2, exitCode);
        Assert.Contains("--epochs is '@args'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("esponse file", error, StringComparison.Ordinal);
    }
}
