using NanoNeuron.Charts;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The mini-batch charts: noisy paths over the contour, and the cost above the floor.</summary>
public class MiniBatchChartTests
{
    [Fact]
    public void BatchPaths_DrawsTheContourAndOnePathPerRun()
    {
        var train = DataSets.GenerateDataSets().Train;
        var full = Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 3, SnapshotsAt = [1, 2] });
        var single = Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart, new GradientDescent(0.0002), new TrainingOptions { Epochs = 3, BatchSize = 1, SnapshotsAt = [1, 2] });
        string html = OfflineHtml.Render(MiniBatchCharts.BatchPaths(CostLandscape.Default.Surface(train), [("full batch", full.Snapshots), ("one example per step", single.Snapshots)]), "paths");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"contour\"", html, StringComparison.Ordinal);
        Assert.Contains("full batch", html, StringComparison.Ordinal);
        Assert.Contains("one example per step", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CostAboveFloor_UsesALogAxisAndKeepsCostsOnTheFloorDrawable()
    {
        string html = OfflineHtml.Render(MiniBatchCharts.CostAboveFloor([("constant α", [10.0, 5.0, 4.0]), ("decaying α", [10.0, 4.5, 4.0])], 4.0, "jitter"), "jitter");

        Assert.Contains("\"type\":\"log\"", html, StringComparison.Ordinal);
        Assert.Contains("decaying α", html, StringComparison.Ordinal);
        Assert.Contains("1E-12", html, StringComparison.OrdinalIgnoreCase);
    }
}
