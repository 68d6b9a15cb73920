namespace NanoNeuron.Tests;

public class FastTrainingTests
{
    /// <summary>The vectorized trainer adds in another order; this is how far it may drift from the teaching path.</summary>
    private const double VectorizedTolerance = 1e-9;

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

        Bits.Equal(teaching.Model.Weight, fast.Model.Weight, "w");
        Bits.Equal(teaching.Model.Bias, fast.Model.Bias, "b");
        Bits.Equal(teaching.CostHistory, fast.CostHistory, "cost history");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TrainModel_SequentialOnRandomData_SameBitsAsTheTeachingPath(int examples, int epochs)
    {
        var data = RandomData(examples, seed: examples);
        var start = new Neuron(0.3, -0.2);

        var teaching = Training.TrainModel(start, data, epochs, 0.01);
        var fast = FastTraining.TrainModel(start, data, epochs, 0.01, Summation.Sequential);

        Bits.Equal(teaching.Model.Weight, fast.Model.Weight, "w");
        Bits.Equal(teaching.Model.Bias, fast.Model.Bias, "b");
        Bits.Equal(teaching.CostHistory, fast.CostHistory, "cost history");
    }

    [Fact]
    public void TrainModel_Vectorized_AgreesWithTheTeachingPathWithinTolerance()
    {
        var teaching = Training.TrainModel(Neuron.OriginalStart, Data.Train);
        var fast = FastTraining.TrainModel(Neuron.OriginalStart, Data.Train, summation: Summation.Vectorized);

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, VectorizedTolerance, "w");
        Bits.Close(teaching.Model.Bias, fast.Model.Bias, VectorizedTolerance, "b");
        for (int epoch = 0; epoch < teaching.CostHistory.Length; epoch += 997)
        {
            Bits.Close(teaching.CostHistory[epoch], fast.CostHistory[epoch], VectorizedTolerance, $"cost[{epoch}]");
        }

        Bits.Close(teaching.CostAfter, fast.CostAfter, VectorizedTolerance, "cost after");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void TrainModel_VectorizedOnRandomData_AgreesWithinTolerance(int examples, int epochs)
    {
        var data = RandomData(examples, seed: examples);
        var start = new Neuron(0.3, -0.2);

        var teaching = Training.TrainModel(start, data, epochs, 0.01);
        var fast = FastTraining.TrainModel(start, data, epochs, 0.01, Summation.Vectorized);

        Bits.Close(teaching.Model.Weight, fast.Model.Weight, VectorizedTolerance, "w");
        Bits.Close(teaching.Model.Bias, fast.Model.Bias, VectorizedTolerance, "b");
        Bits.Close(teaching.CostAfter, fast.CostAfter, VectorizedTolerance, "cost after");
    }

    [Theory]
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Vectorized)]
    public void TrainModel_IntoAHistorySpan_AllocatesNothing(Summation summation)
    {
        double[] x = [.. Data.Train.X];
        double[] y = [.. Data.Train.Y];
        var history = new double[10_001];
        FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation); // JIT warm-up

        long before = GC.GetAllocatedBytesForCurrentThread();
        var trained = FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(trained.Weight > 1.7, $"10,000 epochs should bring w near 1.8, got {trained.Weight}");
    }

    [Theory]
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Vectorized)]
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
            Assert.InRange(fast.Epoch, teaching.Epoch - 2, teaching.Epoch + 2);
        }

        Assert.Equal(teaching.LargestStableLearningRate, fast.LargestStableLearningRate);
        Assert.Equal(fast.Epoch, fast.CostHistory.Length);
    }

    [Fact]
    public void TrainModel_EmptyHistorySpan_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            FastTraining.TrainModel(Neuron.OriginalStart, [1.0], [2.0], 0.1, Span<double>.Empty));
        Assert.Contains("epochs + 1", exception.Message, StringComparison.Ordinal);
    }

    internal static DataSet RandomData(int examples, int seed)
    {
        var random = new Random(seed);
        double[] x = [.. Enumerable.Range(0, examples).Select(_ => random.NextDouble() * 4 - 2)];
        return new DataSet(x, x.Select(v => 1.8 * v + 3 + (random.NextDouble() - 0.5)));
    }
}
