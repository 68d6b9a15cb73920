using NanoNeuron.Testing;
using CsCheck;
using NanoNeuron.Optimization;

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

    [Theory]
    [InlineData(10, 0.0005)]
    [InlineData(16, 0.0002)]
    public void BatchSteps_ReplayTheTrainersRun_BitForBit(int batchSize, double learningRate)
    {
        var train = DataSets.GenerateDataSets().Train;
        const int Epochs = 3;
        var steps = MiniBatches.BatchSteps(train, Neuron.OriginalStart, learningRate, batchSize, Epochs);
        var run = Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart, new GradientDescent(learningRate),
            new TrainingOptions { Epochs = Epochs, BatchSize = batchSize });

        Assert.Equal(run.Steps, steps.Length);
        Assert.Equal(run.CostHistory[0], steps[0].CostBefore);
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            Assert.Equal(run.CostHistory[epoch], steps.Last(s => s.Epoch == epoch).CostAfter);
        }

        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(pair.First.CostAfter, pair.Second.CostBefore));
        Assert.All(steps, s => Assert.Equal(1 - (learningRate * s.Curvature), s.Factor));
    }

    [Fact]
    public void SteepDirection_IsTheLargestEigenvectorsAngle_CheckedByTheHessian()
    {
        double[] x = [3, 40, 71, 99];
        double angle = MiniBatches.SteepDirection(x) * Math.PI / 180;
        double largest = Stability.HessianEigenvalues(x).Largest;
        double meanSquare = x.Average(v => v * v), mean = x.Average();
        (double u, double v) = (Math.Cos(angle), Math.Sin(angle));
        Assert.Equal(largest * u, (meanSquare * u) + (mean * v), 6);
        Assert.Equal(largest * v, (mean * u) + v, 6);
    }

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

    /// <summary>Attack 13, A13b-8: an endless order is read to DataSet.MaxCount + 1 indices and refused naming the limit, instead of filling memory.</summary>
    [Fact]
    public void BatchGradients_EndlessOrder_IsRefusedNamingTheLimit()
    {
        var objective = new NeuronObjective(DataSets.GenerateDataSets().Train);
        var error = Assert.Throws<ArgumentException>(() => MiniBatches.BatchGradients(objective, Neuron.OriginalStart, new EndlessList<int>(i => i % 100), 10));
        Assert.Equal("order", error.ParamName);
        Assert.Contains("DataSet.MaxCount", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Attack 13, A13b-9: any learning rate with which the trainer's run diverges is refused by the replay the same way
    /// (it returned NaN costs); and any run of more than MaxSteps steps is refused before the first (1e8 epochs filled memory).
    /// </summary>
    [Fact]
    public void BatchSteps_ARunThatDiverges_OrTooManySteps_IsRefused()
    {
        var train = DataSets.GenerateDataSets().Train;
        Gen.Select(Gen.Double[0.005, 1e300], Gen.Int[1, 20]).Sample((learningRate, batchSize) =>
        {
            var trainer = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(new NeuronObjective(train), Neuron.OriginalStart,
                new GradientDescent(learningRate), new TrainingOptions { Epochs = 30, BatchSize = batchSize }));
            var replay = Assert.Throws<TrainingDivergedException>(() => MiniBatches.BatchSteps(train, Neuron.OriginalStart, learningRate, batchSize, 30));
            Assert.Equal(trainer.Message, replay.Message);
        }, iter: 40, threads: 1);
        Gen.Select(Gen.Int[1, 100], Gen.Int[1, TrainingOptions.MaxEpochs]).Where((batchSize, epochs) => (long)epochs * MiniBatches.StepsPerEpoch(100, batchSize) > MiniBatches.MaxSteps).Sample((batchSize, epochs) =>
        {
            var error = Assert.Throws<ArgumentException>(() => MiniBatches.BatchSteps(train, Neuron.OriginalStart, 0.0005, batchSize, epochs));
            Assert.Equal("epochs", error.ParamName);
            Assert.Contains("MiniBatches.MaxSteps", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
    }
}
