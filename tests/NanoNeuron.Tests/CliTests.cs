using System.Text.Json;
using NanoNeuron.Cli;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

public class CliTests
{
    [Fact]
    public void Run_OriginalStartAsJson_PrintsTheOriginalsNumbersExactly()
    {
        var (exitCode, output, error) = Cli.Run("--initial-weight", "0.9492", "--initial-bias", "0.4570", "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Bits.Equal(3014.2994580200007, root.GetProperty("costBefore").GetDouble(), "costBefore");
        Bits.Equal(1.8000660993166346, root.GetProperty("weight").GetDouble(), "weight");
        Bits.Equal(31.995615750787184, root.GetProperty("bias").GetDouble(), "bias");
        Bits.Equal(2.4027107865088773e-6, root.GetProperty("testCost").GetDouble(), "testCost");
        Bits.Equal(158.00024270295162, root.GetProperty("prediction").GetDouble(), "prediction");
        Assert.Equal(70, root.GetProperty("celsius").GetDouble());
        Assert.Equal(70_000, root.GetProperty("epochs").GetInt32());
        Assert.Equal(0.0005, root.GetProperty("learningRate").GetDouble());

        var trained = Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train);
        Bits.Equal(trained.CostAfter, root.GetProperty("costAfter").GetDouble(), "costAfter");
    }

    [Fact]
    public void Run_NoArguments_PrintsWhatTheOriginalPrints()
    {
        var (exitCode, output, _) = Cli.Run();

        Assert.Equal(0, exitCode);
        var trained = Training.TrainModel(Neuron.RandomStart(), DataSets.GenerateDataSets().Train);
        Assert.Contains($"Cost before the training: {trained.CostBefore:R}", output, StringComparison.Ordinal);
        Assert.Contains($"Cost after the training: {trained.CostAfter:R}", output, StringComparison.Ordinal);
        Assert.Contains($"w = {trained.Model.Weight:R}, b = {trained.Model.Bias:R}", output, StringComparison.Ordinal);
        Assert.Contains("Cost on new testing data:", output, StringComparison.Ordinal);
        Assert.Contains($"NanoNeuron \"thinks\" that 70°C in Fahrenheit is: {trained.Model.Predict(70):R}", output, StringComparison.Ordinal);
        Assert.Contains("Correct answer is: 158", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Predict_ConvertsTheRequestedTemperature()
    {
        var (exitCode, output, _) = Cli.Run("--predict", "-40", "--epochs", "100", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var model = new Neuron(json.RootElement.GetProperty("weight").GetDouble(), json.RootElement.GetProperty("bias").GetDouble());
        Assert.Equal(-40, json.RootElement.GetProperty("celsius").GetDouble());
        Bits.Equal(model.Predict(-40), json.RootElement.GetProperty("prediction").GetDouble());
    }

    [Fact]
    public void Run_Seed_ChangesTheStart()
    {
        var first = Cli.Run("--seed", "1", "--epochs", "0", "--json");
        var second = Cli.Run("--seed", "2", "--epochs", "0", "--json");
        Assert.NotEqual(first.Output, second.Output);
        Assert.Equal(first.Output, Cli.Run("--seed", "1", "--epochs", "0", "--json").Output);
    }

    [Theory]
    [InlineData("--epochs", "-1", "--epochs is -1")]
    [InlineData("--epochs", "lots", "'lots'")]
    [InlineData("--learning-rate", "0", "--learning-rate is 0")]
    [InlineData("--learning-rate", "NaN", "--learning-rate is NaN")]
    [InlineData("--initial-weight", "Infinity", "--initial-weight is Infinity")]
    [InlineData("--predict", "NaN", "--predict is NaN")]
    [InlineData("--chart", "chart.png", "does not end in .html")]
    [InlineData("--chart", "/no/such/folder/chart.html", "does not exist")]
    [InlineData("--no-such-option", "1", "--no-such-option")]
    public void Run_BadArgument_ExitsWith2AndOneLineReason(string option, string value, string expected)
    {
        var (exitCode, output, error) = Cli.Run(option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DivergingLearningRate_ExitsWith1BeforeTrainingAndGivesTheBound()
    {
        var (exitCode, output, error) = Cli.Run("--learning-rate", "0.0007", "--initial-weight", "0.9492", "--initial-bias", "0.4570");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("--learning-rate 0.0007 is too large", error, StringComparison.Ordinal);
        Assert.Contains("must be below 2/λmax ≈ 0.00060897", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Chart_WritesAnOfflinePageWithBothCharts()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string path = Path.Combine(folder, "training.html");
        try
        {
            var (exitCode, output, _) = Cli.Run("--epochs", "500", "--chart", path);

            Assert.Equal(0, exitCode);
            Assert.Contains(path, output, StringComparison.Ordinal);
            string html = File.ReadAllText(path);
            Assert.DoesNotMatch("<script[^>]*src=", html);
            Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
            Assert.Contains("Cost while training", html, StringComparison.Ordinal);
            Assert.Contains("What NanoNeuron has learned", html, StringComparison.Ordinal);
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_Chart_LeavesAFileNamedLikeTheOldTemporaryFileAlone()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string path = Path.Combine(folder, "c.html");
        string neighbour = path + ".tmp";
        File.WriteAllText(neighbour, "the learner's own file");
        try
        {
            var (exitCode, _, error) = Cli.Run("--epochs", "10", "--chart", path);

            Assert.True(exitCode == 0, error);
            Assert.Equal("the learner's own file", File.ReadAllText(neighbour));
            Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal([path, neighbour], Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_Chart_NeverWritesThroughASymbolicLinkNamedLikeTheTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string elsewhere = Directory.CreateTempSubdirectory("nanoneuron-elsewhere-").FullName;
        string path = Path.Combine(folder, "c.html");
        string target = Path.Combine(elsewhere, "precious.txt");
        File.WriteAllText(target, "precious");
        File.CreateSymbolicLink(path + ".tmp", target);
        try
        {
            var (exitCode, _, error) = Cli.Run("--epochs", "10", "--chart", path);

            Assert.True(exitCode == 0, error);
            Assert.Equal("precious", File.ReadAllText(target));
            Assert.Equal([target], Directory.GetFiles(elsewhere));
            Assert.NotNull(new FileInfo(path + ".tmp").LinkTarget);
            Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Run_Chart_ReadOnlyTarget_ExitsWith2AndKeepsTheFile()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string path = Path.Combine(folder, "c.html");
        File.WriteAllText(path, "kept");
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var (exitCode, output, error) = Cli.Run("--epochs", "10", "--chart", path);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Contains("read-only", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.DoesNotContain(".tmp", error, StringComparison.Ordinal);
            Assert.Equal("kept", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_Chart_ReplacesAnOlderChartAndLeavesNoTemporaryFile()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string path = Path.Combine(folder, "c.html");
        File.WriteAllText(path, "old");
        try
        {
            var (exitCode, _, error) = Cli.Run("--epochs", "10", "--chart", path);

            Assert.True(exitCode == 0, error);
            Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes <paramref name="folder"/> in the last progress report: after the arguments were checked, before the chart is saved.</summary>
    private sealed class RemoveFolderAtTheEnd(string folder) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value)
        {
            if (value.Epoch == value.Epochs)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task RunAsync_ChartCannotBeSaved_ExitsWith1WithNothingPrintedAndNamesTheTarget()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        string path = Path.Combine(folder, "c.html");
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = await NanoNeuronCommand.RunAsync(["--epochs", "10", "--chart", path], output, error, new RemoveFolderAtTheEnd(folder), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
        Assert.Contains($"could not write the chart to '{path}'", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.DoesNotContain(".tmp", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Run_Help_ListsTheOptions()
    {
        var (exitCode, output, _) = Cli.Run("--help");

        Assert.Equal(0, exitCode);
        foreach (string option in new[] { "--epochs", "--learning-rate", "--initial-weight", "--initial-bias", "--seed", "--predict", "--json", "--chart" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
