namespace NanoNeuron.Tests;

public class ParityTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void TrainModel_OriginalConfiguration_ReproducesTheOriginalsNumbersExactly()
    {
        // The original program's results from w = 0.9492, b = 0.4570 (node, IEEE doubles).
        var result = Training.TrainModel(Neuron.OriginalStart, Data.Train, 70_000, 0.0005);

        Bits.Equal(3014.2994580200007, result.CostBefore, "cost before training");
        Bits.Equal(2.439545774223358e-6, result.CostHistory[^2], "the original's last recorded cost");
        Bits.Equal(1.8000660993166346, result.Model.Weight, "w");
        Bits.Equal(31.995615750787184, result.Model.Bias, "b");
        Bits.Equal(2.4027107865088773e-6, Propagation.ForwardPropagation(result.Model, Data.Test).Cost, "test cost");
        Bits.Equal(158.00024270295162, result.Model.Predict(70), "70 °C");
    }

    [Fact]
    public void TrainModel_CostHistory_HoldsTheCostBeforeTrainingAndAfterTheLastUpdate()
    {
        var result = Training.TrainModel(Neuron.OriginalStart, Data.Train, 25, 0.0005);

        Assert.Equal(26, result.CostHistory.Length);
        Assert.Equal(25, result.Epochs);
        Bits.Equal(Propagation.ForwardPropagation(Neuron.OriginalStart, Data.Train).Cost, result.CostBefore);
        Bits.Equal(Propagation.ForwardPropagation(result.Model, Data.Train).Cost, result.CostAfter);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 7)]
    [InlineData(4, 1_000)]
    [InlineData(5, 12_345)]
    public void TrainModel_AnyStartAndEpochCount_MatchesTheOriginalArithmeticExactly(int seed, int epochs)
    {
        var random = new Random(seed);
        var start = new Neuron(random.NextDouble() * 10 - 5, random.NextDouble() * 100 - 50);
        double alpha = 0.0001 + random.NextDouble() * 0.0004;

        var ours = Training.TrainModel(start, Data.Train, epochs, alpha);
        var original = OriginalProgram.Train(start.Weight, start.Bias, [.. Data.Train.X], [.. Data.Train.Y], epochs, alpha);

        Bits.Equal(original.W, ours.Model.Weight, "w");
        Bits.Equal(original.B, ours.Model.Bias, "b");
        Bits.Equal(original.CostHistory, ours.CostHistory[..epochs], "cost history");
    }

    [Fact]
    public void TrainModel_RandomData_MatchesTheOriginalArithmeticExactly()
    {
        var random = new Random(11);
        double[] x = [.. Enumerable.Range(0, 37).Select(_ => random.NextDouble() * 4 - 2)];
        double[] y = [.. x.Select(v => 3 * v - 1 + random.NextDouble())];

        var ours = Training.TrainModel(new Neuron(0.25, -0.5), new DataSet(x, y), 500, 0.05);
        var original = OriginalProgram.Train(0.25, -0.5, x, y, 500, 0.05);

        Bits.Equal(original.W, ours.Model.Weight, "w");
        Bits.Equal(original.B, ours.Model.Bias, "b");
        Bits.Equal(original.CostHistory, ours.CostHistory[..500], "cost history");
    }
}
