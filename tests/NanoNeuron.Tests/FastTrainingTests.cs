using CsCheck;
using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

public class FastTrainingTests
{
    /// <summary>Both summations add in another order than the teaching path; this is how far they may drift from it.</summary>
    private const double OtherArithmeticTolerance = 1e-9;

    private static readonly DataSets Data = DataSets.GenerateDataSets();

    public static TheoryData<int, int> Sizes => new()
    {
        // (examples, epochs): tails shorter than a vector, exact multiples, and the original's 100.
        { 1, 50 }, { 3, 50 }, { 4, 50 }, { 17, 200 }, { 100, 1_000 }, { 1_000, 100 },
    };

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_AgreesWithTheTeachingPathWithinTolerance(Summation summation)
    {
        var teaching = Training.TrainModel(Neuron.OriginalStart, Data.Train);
        var fast = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, summation: summation);

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, OtherArithmeticTolerance, "w");
        Bits.Close(teaching.Model.Bias, fast.Model.Bias, OtherArithmeticTolerance, "b");
        for (int epoch = 0; epoch < teaching.CostHistory.Length; epoch += 997)
        {
            Bits.Close(teaching.CostHistory[epoch], fast.CostHistory[epoch], OtherArithmeticTolerance, $"cost[{epoch}]");
        }

        Bits.Close(teaching.CostAfter, fast.CostAfter, OtherArithmeticTolerance, "cost after");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TrainModel_OnRandomData_AgreesWithinTolerance(int examples, int epochs)
    {
        var data = RandomData(examples, seed: examples);
        var start = new Neuron(0.3, -0.2);

        var teaching = Training.TrainModel(start, data, epochs, 0.01);
        foreach (var summation in new[] { Summation.Vectorized, Summation.SufficientStatistics })
        {
            var fast = FastTraining.TrainModel(start, data, epochs, 0.01, summation);
            Bits.Close(teaching.Model.Weight, fast.Model.Weight, OtherArithmeticTolerance, $"{summation} w");
            Bits.Close(teaching.Model.Bias, fast.Model.Bias, OtherArithmeticTolerance, $"{summation} b");
            Bits.Close(teaching.CostAfter, fast.CostAfter, OtherArithmeticTolerance, $"{summation} cost after");
        }
    }

    [Fact]
    public void TrainModel_SufficientStatisticsWithOneDistinctInput_StillMatches()
    {
        // All x equal: no slope can be learned from the spread of x, only through the mean.
        var data = new DataSet([2.0, 2.0, 2.0], [1.0, 5.0, 6.0]);
        var teaching = Training.TrainModel(new Neuron(0.5, 0.5), data, 300, 0.05);
        var fast = FastTraining.TrainModel(new Neuron(0.5, 0.5), data, 300, 0.05, Summation.SufficientStatistics);

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, OtherArithmeticTolerance, "w");
        Bits.Close(teaching.Model.Bias, fast.Model.Bias, OtherArithmeticTolerance, "b");
        Bits.Close(teaching.CostAfter, fast.CostAfter, OtherArithmeticTolerance, "cost after");
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_AllocatesOnlyTheHistory_NothingPerEpoch(Summation summation)
    {
        long Allocated(int epochs)
        {
            for (int i = 0; i < 3; i++)
            {
                FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, epochs, summation: summation); // JIT warm-up
            }

            // A collection between the warm-up and the measurement on purpose, so that a weakly held cache rebuilt
            // after one (Enum.IsDefined's was, 248 bytes) fails every time, not by chance.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, epochs, summation: summation);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(result.Model.Weight > 1.7, $"{epochs:N0} epochs should bring w near 1.8, got {result.Model.Weight}");
            return allocated;
        }

        // 8 bytes per cost in the history, epochs + 1 of them, and a constant: the history's header, the options and the
        // optimizer, the two snapshots, the result and its outcome.
        long constant = Allocated(10_000) - 8 * 10_001;
        Assert.Equal(constant, Allocated(70_000) - 8 * 70_001);
        Assert.InRange(constant, 0, 512);
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_TooLargeALearningRate_ReportsTheSameDivergenceAsTheTeachingPath(Summation summation)
    {
        var teaching = Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(Neuron.OriginalStart, Data.Train, learningRate: 0.0007));
        var fast = Assert.Throws<TrainingDivergedException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, learningRate: 0.0007, summation: summation));

        // The cost grows about 1.7× per epoch here, so another arithmetic reaches infinity a few epochs apart.
        Assert.InRange(fast.Epoch, teaching.Epoch - 10, teaching.Epoch + 10);

        Assert.Equal(teaching.LargestStableLearningRate, fast.LargestStableLearningRate);
        Assert.Equal(fast.Epoch, fast.CostHistory.Length);
    }

    [Fact]
    public void TrainModel_UnknownSummation_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, 1, 0.0005, (Summation)42));
        Assert.Contains("use Summation.Vectorized or Summation.SufficientStatistics", exception.Message, StringComparison.Ordinal);
        Assert.Equal("summation", exception.ParamName);
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_Progress_ReportsEveryIntervalAndTheEndWithTheRecordedCost(Summation summation)
    {
        var reports = new List<TrainingProgress>();
        var result = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, 5_000, summation: summation, progress: new Recorder(reports));

        Assert.Equal([0, 1024, 2048, 3072, 4096, 5000], reports.Select(r => r.Epoch));
        Assert.All(reports, r => Assert.Equal(result.CostHistory[r.Epoch], r.Cost));
        Assert.Equal(result.CostHistory.ToArray(), FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, 5_000, summation: summation).CostHistory.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(1025)]
    public void TrainModel_SufficientStatistics_AnyEpochCountMatchesTheTeachingPath(int epochs)
    {
        // The O(1) epochs run between progress reports, every 1,024 epochs: counts around that boundary.
        var teaching = Training.TrainModel(Neuron.OriginalStart, Data.Train, epochs);
        var fast = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, epochs, summation: Summation.SufficientStatistics);

        Assert.Equal(epochs + 1, fast.CostHistory.Length);
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            Bits.Close(teaching.CostHistory[epoch], fast.CostHistory[epoch], OtherArithmeticTolerance, $"cost[{epoch}]");
        }

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, OtherArithmeticTolerance, "w");
        Bits.Close(teaching.Model.Bias, fast.Model.Bias, OtherArithmeticTolerance, "b");
    }

    [Fact]
    public void TrainModel_SufficientStatistics_CostPlusParametersOverflowing_StillTrainsLikeTheTeachingPath()
    {
        // Cost ≈ 0.72e308 and w = 1.2e308 are finite, but their sum is not: the O(1) loop's one finiteness test stops at
        // every epoch, and the full check must let training go on.
        var data = new DataSet([-1e-154, 1e-154], [0.0, 0.0]);
        var start = new Neuron(1.2e308, 0);
        var teaching = Training.TrainModel(start, data, 3, 0.1);
        var fast = FastTraining.TrainModel(start, data, 3, 0.1, Summation.SufficientStatistics);

        for (int epoch = 0; epoch <= 3; epoch++)
        {
            Bits.Close(teaching.CostHistory[epoch], fast.CostHistory[epoch], OtherArithmeticTolerance, $"cost[{epoch}]");
        }

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, OtherArithmeticTolerance, "w");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(1_000)]
    public void SufficientStatistics_CostAndGradients_MatchTheTeachingPath(int examples)
    {
        var data = RandomData(examples, seed: examples);
        var statistics = SufficientStatistics.Of(data.X.AsSpan(), data.Y.AsSpan());
        var model = new Neuron(0.3, -0.2);
        var forward = Propagation.ForwardPropagation(model, data);
        var gradients = Propagation.BackwardPropagation(forward, data);

        Bits.Close(forward.Cost, statistics.CostAt(model), 1e-12, "cost");
        Bits.Close(gradients.DW, statistics.GradientsAt(model).DW, 1e-12, "∂J/∂w");
        Bits.Close(gradients.DB, statistics.GradientsAt(model).DB, 1e-12, "∂J/∂b");
        if (examples == 1)
        {
            Assert.Throws<InvalidOperationException>(() => statistics.BestLine);
            return;
        }

        var atBest = statistics.GradientsAt(statistics.BestLine);
        Assert.True(Math.Abs(atBest.DW) < 1e-12 && Math.Abs(atBest.DB) < 1e-12, $"the best line's gradients are {atBest}, not zero");
    }

    [Fact]
    public void SufficientStatistics_BadData_IsRefusedSayingWhy()
    {
        var empty = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([], []));
        Assert.Contains("x is empty", empty.Message, StringComparison.Ordinal);
        var mismatch = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([1.0, 2.0], [3.0]));
        Assert.Contains("x has 2 values but y has 1", mismatch.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([1.0, double.NaN], [3.0, 4.0]));
        Assert.Contains("x[1] is NaN", nan.Message, StringComparison.Ordinal);
    }

    private sealed class Recorder(List<TrainingProgress> reports) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => reports.Add(value);
    }

    internal static DataSet RandomData(int examples, int seed)
    {
        var random = new Random(seed);
        double[] x = [.. Enumerable.Range(0, examples).Select(_ => random.NextDouble() * 4 - 2)];
        return new DataSet(x, x.Select(v => 1.8 * v + 3 + (random.NextDouble() - 0.5)));
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void Train_SameOptions_SameStepsAndSnapshotEpochsAsTheTeachingPath(Summation summation)
    {
        var options = new TrainingOptions { Epochs = 1_000 }.WithSnapshotsAt([500, 0, 5_000, 10]);
        var teaching = Training.TryTrainModel(Neuron.OriginalStart, Data.Train, options).ResultOrThrow();
        var fast = FastTraining.Train(Neuron.OriginalStart, Data.Train, new GradientDescent(), options, summation);

        Assert.Equal(1_000, teaching.Steps);
        Assert.Equal(teaching.Steps, fast.Steps);
        Assert.Equal([0, 10, 500, 1_000], fast.Snapshots.Select(s => s.Epoch));
        Assert.Equal(teaching.Snapshots.Select(s => s.Epoch), fast.Snapshots.Select(s => s.Epoch));
        foreach (var (slow, quick) in teaching.Snapshots.Zip(fast.Snapshots))
        {
            Assert.Equal(slow.Model.Weight, quick.Model.Weight, 1e-9);
            Assert.Equal(slow.Model.Bias, quick.Model.Bias, 1e-9);
            Assert.Equal(slow.Cost, quick.Cost, Math.Max(1e-12, slow.Cost * 1e-9));
        }
    }

    [Fact]
    public void Train_OptionsItDoesNotSupport_AreRefusedWithTheWayToTrainThem()
    {
        foreach (var options in new[] { new TrainingOptions { BatchSize = 10 }, new TrainingOptions { LearningRateDecay = 0.01 } })
        {
            var error = Assert.Throws<ArgumentException>(() => FastTraining.Train(Neuron.OriginalStart, Data.Train, new GradientDescent(), options));
            Assert.Equal("options", error.ParamName);
            Assert.Contains("Trainer.Train", error.Message, StringComparison.Ordinal);
        }

        // Batches as large as the data are every example in every step.
        Assert.Equal(10, FastTraining.Train(Neuron.OriginalStart, Data.Train, new GradientDescent(), new TrainingOptions { Epochs = 10, BatchSize = 100 }).Epochs);
    }

    [Fact]
    public void TryTrain_AboveTheLimit_ReturnsTheDivergenceWithoutThrowing()
    {
        var outcome = FastTraining.TryTrain(Neuron.OriginalStart, Data.Train, new GradientDescent(0.0007));
        Assert.Equal(DivergenceReason.AboveLimit, outcome.Divergence?.Reason);
        Assert.Equal(outcome.Divergence!.Message, Assert.Throws<TrainingDivergedException>(() => outcome.ResultOrThrow()).Message);
    }

    /// <summary>
    /// Attack 13, A13b-2: the statistics report a cost and gradients, so, as forward propagation does, any model that is
    /// not finite is refused naming it, and a cost or gradient that overflows is refused naming the model; before, they
    /// came back as ∞ and NaN.
    /// </summary>
    [Fact]
    public void SufficientStatistics_CostAndGradients_RefuseWhatIsNotFinite()
    {
        var train = DataSets.GenerateDataSets().Train;
        var statistics = SufficientStatistics.Of(train.X.AsSpan(), train.Y.AsSpan());
        double[] notFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];
        Gen.Select(Gen.Int[0, 2].Select(i => notFinite[i]), Gen.Double[-1e3, 1e3], Gen.Bool).Sample((bad, other, inWeight) =>
        {
            var model = inWeight ? new Neuron(bad, other) : new Neuron(other, bad);
            Assert.Contains("must be finite numbers", Assert.Throws<ArgumentException>(() => statistics.CostAt(model)).Message, StringComparison.Ordinal);
            Assert.Contains("must be finite numbers", Assert.Throws<ArgumentException>(() => statistics.GradientsAt(model)).Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        Gen.Select(Gen.Double[1e160, double.MaxValue], Gen.Bool).Sample((huge, negative) =>
        {
            var model = new Neuron(negative ? -huge : huge, 0);
            var error = Assert.Throws<ArgumentException>(() => statistics.CostAt(model));
            Assert.Equal("model", error.ParamName);
            Assert.Contains("The cost is", error.Message, StringComparison.Ordinal);
            Assert.Contains("not a finite number", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        Assert.Contains("∂J/∂w is", Assert.Throws<ArgumentException>(() => statistics.GradientsAt(new Neuron(double.MaxValue, double.MaxValue))).Message, StringComparison.Ordinal);
    }

    /// <summary>Attack 13, A13b-2: the statistics made by hand (or with <c>with</c>) are checked like those <see cref="SufficientStatistics.Of"/> measures.</summary>
    [Fact]
    public void SufficientStatistics_ByHand_RefusesWhatNoDataHas()
    {
        Gen.Select(Gen.Int[0, 4], Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity))).Sample((field, bad) =>
        {
            double[] values = [1, 2, 3, 4, 5];
            values[field] = bad;
            var error = Assert.Throws<ArgumentException>(() => new SufficientStatistics(values[0], values[1], values[2], values[3], values[4]));
            Assert.Contains("SufficientStatistics.Of(x, y)", error.Message, StringComparison.Ordinal);
        }, iter: 60, threads: 1);
        Assert.Equal("VarianceX", Assert.Throws<ArgumentException>(() => new SufficientStatistics(0, 0, -1, 0, 0)).ParamName);
        Assert.Equal("Unexplained", Assert.Throws<ArgumentException>(() => new SufficientStatistics(0, 0, 1, 0, 0) with { Unexplained = -1e-300 }).ParamName);
        Assert.Equal(new SufficientStatistics(1, 2, 3, 4, 5), new SufficientStatistics(1, 2, 3, 4, 5) with { });
    }
}
