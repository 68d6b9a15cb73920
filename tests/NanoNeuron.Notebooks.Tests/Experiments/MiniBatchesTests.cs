namespace NanoNeuron.Notebooks.Tests;

/// <summary>The mini-batch experiments: steps per epoch, the trainer's shuffle, and how far a batch's slope strays.</summary>
public class MiniBatchesTests
{
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
