using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

public class FastTrainingTests
{
    /// <summary>The vectorized and sufficient-statistics paths add in another order; this is how far they may drift from the teaching path.</summary>
    private const double OtherArithmeticTolerance = 1e-9;

    private static readonly DataSets Data = DataSets.GenerateDataSets();

    public static TheoryData<int, int> Sizes => new()
    {
        // (examples, epochs): tails shorter than a vector, exact multiples, and the original's 100.
        { 1, 50 }, { 3, 50 }, { 4, 50 }, { 17, 200 }, { 100, 1_000 }, { 1_000, 100 },
    };

    [Fact]
    public void TrainModel_Sequential_SameBitsAsTheTeachingPath()
    {
        var teaching = Training.TrainModel(Neuron.OriginalStart, Data.Train);
        var fast = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, summation: Summation.Sequential);

        SameBits(teaching, fast);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TrainModel_SequentialOnRandomData_SameBitsAsTheTeachingPath(int examples, int epochs)
    {
        var data = RandomData(examples, seed: examples);
        var start = new Neuron(0.3, -0.2);

        var teaching = Training.TrainModel(start, data, epochs, 0.01);
        var fast = FastTraining.TrainModel(start, data, epochs, 0.01, Summation.Sequential);

        SameBits(teaching, fast);
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_OtherArithmetic_AgreesWithTheTeachingPathWithinTolerance(Summation summation)
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
    public void TrainModel_OtherArithmeticOnRandomData_AgreesWithinTolerance(int examples, int epochs)
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
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_IntoAHistorySpan_AllocatesNothing(Summation summation)
    {
        double[] x = [.. Data.Train.X];
        double[] y = [.. Data.Train.Y];
        var history = new double[10_001];
        for (int i = 0; i < 3; i++)
        {
            FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation); // JIT warm-up
        }

        // A full run collects garbage between the warm-up and the measurement; do it here on purpose, so that a
        // weakly held cache rebuilt after a collection (Enum.IsDefined's was, 248 bytes) fails every time, not by chance.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var trained = FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(trained.Weight > 1.7, $"10,000 epochs should bring w near 1.8, got {trained.Weight}");
    }

    [Theory]
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_TooLargeALearningRate_ReportsTheSameDivergenceAsTheTeachingPath(Summation summation)
    {
        var teaching = Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(Neuron.OriginalStart, Data.Train, learningRate: 0.0007));
        var fast = Assert.Throws<TrainingDivergedException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, learningRate: 0.0007, summation: summation));

        if (summation == Summation.Sequential)
        {
            Assert.Equal(teaching.Epoch, fast.Epoch);
        }
        else
        {
            // The cost grows about 1.7× per epoch here, so another arithmetic reaches infinity a few epochs apart.
            Assert.InRange(fast.Epoch, teaching.Epoch - 10, teaching.Epoch + 10);
        }

        Assert.Equal(teaching.LargestStableLearningRate, fast.LargestStableLearningRate);
        Assert.Equal(fast.Epoch, fast.CostHistory.Length);
    }

    [Fact]
    public void TrainModel_UnknownSummation_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, 1, 0.0005, (Summation)42));
        Assert.Contains("use Summation.Sequential", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainModel_EmptyHistorySpan_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            FastTraining.TrainModel(Neuron.OriginalStart, [1.0], [2.0], 0.1, Span<double>.Empty));
        Assert.Contains("epochs + 1", exception.Message, StringComparison.Ordinal);
    }

    private static void SameBits(TrainingResult<Neuron> teaching, TrainingResult<Neuron> fast)
    {
        Bits.Equal(teaching.Model.Weight, fast.Model.Weight, "w");
        Bits.Equal(teaching.Model.Bias, fast.Model.Bias, "b");
        Bits.Equal(teaching.CostHistory, fast.CostHistory, "cost history");
    }

    internal static DataSet RandomData(int examples, int seed)
    {
        var random = new Random(seed);
        double[] x = [.. Enumerable.Range(0, examples).Select(_ => random.NextDouble() * 4 - 2)];
        return new DataSet(x, x.Select(v => 1.8 * v + 3 + (random.NextDouble() - 0.5)));
    }
}
