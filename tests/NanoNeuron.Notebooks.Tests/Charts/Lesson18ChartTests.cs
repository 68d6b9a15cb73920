using NanoNeuron.Activations;
using NanoNeuron.Course;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 18's charts: the training and validation costs of one run, and validation costs side by side.</summary>
public class Lesson18ChartTests
{
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
        string html = OfflineHtml.Render(Charts.TrainingAndValidationCost(run, "costs"), "lesson 18");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("validation cost", html, StringComparison.Ordinal);
        Assert.Contains($"lowest validation cost: epoch {run.BestValidation!.Value.Epoch}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainingAndValidationCost_RunWithoutValidation_SaysHowToGetOne()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.TrainingAndValidationCost(SmallRun(validate: false), "costs"));
        Assert.Contains("validation:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidationCosts_DrawsOneLinePerRun()
    {
        var run = SmallRun(validate: true);
        string html = OfflineHtml.Render(Charts.ValidationCosts([("first run", run.ValidationHistory), ("second run", run.CostHistory)], "validation"), "lesson 18");

        Assert.Contains("first run", html, StringComparison.Ordinal);
        Assert.Contains("second run", html, StringComparison.Ordinal);
    }
}
