using NanoNeuron.Activations;
using NanoNeuron.Charts;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The charts of training against held-out cost: the close-up, and the training and validation costs of one run.</summary>
public class OverfittingChartTests
{
    [Fact]
    public void CostCloseUp_DrawsBothCostsAndEachLevelOnLinearAxes()
    {
        var split = DataSplit.TrainTestSplit(Thermometer.Readings());
        var snapshots = Training.Snapshots(Neuron.OriginalStart, split.Train, [500, 1_000], epochs: 1_000);
        string html = OfflineHtml.Render(OverfittingCharts.CostCloseUp(EpochCosts.Of(snapshots, split.Test), [("the true line on the test readings", 5.14)], "close-up"), "close-up");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("test cost", html, StringComparison.Ordinal);
        Assert.Contains("the true line on the test readings: 5.14", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"log\"", html, StringComparison.Ordinal);
    }

    private static TrainingResult<Network> SmallRun(bool validate)
    {
        var network = Network.Random([1, 4, 1], Activation.Tanh);
        var train = Examples.From(new DataSet([-1.0, 0.0, 1.0], [0.3, -0.1, 0.8]));
        var validation = Examples.From(new DataSet([-0.5, 0.5], [0.0, 0.4]));
        return Trainer.Train(new NetworkObjective(network, train), network, new Adam(0.01), new TrainingOptions { Epochs = 50 },
            validate ? new NetworkObjective(network, validation) : null);
    }

    [Fact]
    public void TrainingAndValidationCost_DrawsBothCostsAndMarksTheBestEpoch()
    {
        var run = SmallRun(validate: true);
        string html = OfflineHtml.Render(OverfittingCharts.TrainingAndValidationCost(run, "costs"), "overfitting");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("validation cost", html, StringComparison.Ordinal);
        Assert.Contains($"lowest validation cost: epoch {run.BestValidation!.Value.Epoch}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingAndValidationCost_RunWithoutValidation_SaysHowToGetOne()
    {
        var error = Assert.Throws<ArgumentException>(() => OverfittingCharts.TrainingAndValidationCost(SmallRun(validate: false), "costs"));
        Assert.Contains("validation:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationCosts_DrawsOneLinePerRun()
    {
        var run = SmallRun(validate: true);
        string html = OfflineHtml.Render(OverfittingCharts.ValidationCosts([("first run", run.ValidationHistory), ("second run", run.CostHistory)], "validation"), "overfitting");

        Assert.Contains("first run", html, StringComparison.Ordinal);
        Assert.Contains("second run", html, StringComparison.Ordinal);
    }
}
