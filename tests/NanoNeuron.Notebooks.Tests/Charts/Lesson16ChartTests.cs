using NanoNeuron.Course;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 16's charts and experiments.</summary>
public class Lesson16ChartTests
{
    [Fact]
    public void BatchPaths_DrawsTheContourAndOnePathPerRun()
    {
        var train = DataSets.GenerateDataSets().Train;
        var full = Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 3, SnapshotsAt = [1, 2] });
        var single = Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart, new GradientDescent(0.0002), new TrainingOptions { Epochs = 3, BatchSize = 1, SnapshotsAt = [1, 2] });
        string html = OfflineHtml.Render(Charts.BatchPaths(train, [("full batch", full.Snapshots), ("one example per step", single.Snapshots)]), "paths");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"contour\"", html, StringComparison.Ordinal);
        Assert.Contains("full batch", html, StringComparison.Ordinal);
        Assert.Contains("one example per step", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CostAboveFloor_UsesALogAxisAndKeepsCostsOnTheFloorDrawable()
    {
        string html = OfflineHtml.Render(Charts.CostAboveFloor([("constant α", [10.0, 5.0, 4.0]), ("decaying α", [10.0, 4.5, 4.0])], 4.0, "jitter"), "jitter");

        Assert.Contains("\"type\":\"log\"", html, StringComparison.Ordinal);
        Assert.Contains("decaying α", html, StringComparison.Ordinal);
        Assert.Contains("1E-12", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(100, 0, 1)]
    [InlineData(100, 1, 100)]
    [InlineData(100, 16, 7)]
    [InlineData(1000, 32, 32)]
    [InlineData(100, 100, 1)]
    [InlineData(100, 500, 1)]
    public void StepsPerEpoch_CountsTheLastSmallerBatch(int examples, int batchSize, int steps) =>
        Assert.Equal(steps, MiniBatches.StepsPerEpoch(examples, batchSize));

    [Fact]
    public void StepsPerEpoch_BadInputsSayWhatIsWrong()
    {
        Assert.Contains("at least one example", Assert.Throws<ArgumentException>(() => MiniBatches.StepsPerEpoch(0, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("positive batch size", Assert.Throws<ArgumentException>(() => MiniBatches.StepsPerEpoch(10, -1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareBatchSizes_MakesAsManyStepsAsTheTrainer_AndTheShuffleIsTheTrainers()
    {
        var train = DataSets.GenerateDataSets().Train;
        var runs = MiniBatches.CompareBatchSizes(train, Neuron.OriginalStart, 0.0002, [1, 16, 0], epochs: 2, targetCost: 1e9);
        Assert.Equal([1, 16, 100], runs.Select(run => run.BatchSize));
        Assert.All(runs, run => Assert.Equal(run.StepsPerEpoch * 2L, run.Result.Steps));
        Assert.All(runs, run => Assert.Equal(0, run.EpochsToTarget));

        // One epoch of single examples in the order MiniBatches.Shuffled gives is one step per example in that order.
        var objective = new NeuronObjective(train);
        var order = MiniBatches.Shuffled(train.Count);
        var gradients = MiniBatches.BatchGradients(objective, Neuron.OriginalStart, order, 10);
        Assert.Equal(10, gradients.Length);
        Assert.Equal(100, order.Distinct().Count());
    }

    [Fact]
    public void SlopeSpread_ShrinksAsTheBatchGrows_AndIsZeroForEveryExample()
    {
        var train = DataSets.GenerateDataSets().Train;
        var objective = new NeuronObjective(train);
        double one = MiniBatches.SlopeSpread(objective, Neuron.OriginalStart, 1);
        double sixteen = MiniBatches.SlopeSpread(objective, Neuron.OriginalStart, 16);
        Assert.InRange(one / sixteen, 3, 6);
        Assert.Equal(0, MiniBatches.SlopeSpread(objective, Neuron.OriginalStart, 100), 1e-9);
    }
}
