using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

public class StabilityTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    [Fact]
    public void HessianEigenvalues_OriginalData_AreTheKnownValues()
    {
        var (largest, smallest) = Stability.HessianEigenvalues(Train.X.AsSpan());

        Assert.Equal(3284.25, largest, 0.01);
        Assert.Equal(0.2537, smallest, 0.0001);
        Assert.Equal(12_945, Stability.ConditionNumber(Train.X.AsSpan()), 1.0);
    }

    [Fact]
    public void HessianEigenvalues_MatchTheHessianBuiltFromGradients()
    {
        // H·v by finite differences of the gradient, compared with λ·v for the computed eigenvalues.
        var (largest, smallest) = Stability.HessianEigenvalues(Train.X.AsSpan());
        double meanSquare = Train.X.Average(x => x * x);
        double mean = Train.X.Average();
        foreach (double lambda in new[] { largest, smallest })
        {
            // An eigenvector of [[a, c], [c, 1]] for λ is (c, λ − a).
            double vw = mean, vb = lambda - meanSquare;
            double hw = meanSquare * vw + mean * vb, hb = mean * vw + vb;
            Bits.Close(lambda * vw, hw, 1e-9, "H·v (w)");
            Bits.Close(lambda * vb, hb, 1e-9, "H·v (b)");
        }
    }

    [Fact]
    public void LargestStableLearningRate_OriginalData_IsAbout0_000609()
    {
        Assert.Equal(0.000609, Stability.LargestStableLearningRate(Train), 0.0000005);
    }

    [Fact]
    public void TrainModel_JustBelowTheBound_Converges()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        var result = FastTraining.TrainModel(Neuron.OriginalStart, Train, 70_000, bound * 0.98);
        Assert.True(result.CostAfter < result.CostBefore);
    }

    [Fact]
    public void TrainModel_JustAboveTheBound_DivergesAndSaysSo()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        var exception = Assert.Throws<TrainingDivergedException>(() =>
            Training.TrainModel(Neuron.OriginalStart, Train, 70_000, bound * 1.02));

        Assert.True(exception.Epoch > 0);
        Assert.Equal(bound, exception.LargestStableLearningRate);
        Assert.All(exception.CostHistory, cost => Assert.True(double.IsFinite(cost)));
        Assert.Contains($"epoch {exception.Epoch}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("0.00060897", exception.Message, StringComparison.Ordinal);
        Assert.Contains("use a smaller one", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainModel_0_0007_DivergesInsteadOfReturningNaN()
    {
        var exception = Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(Neuron.OriginalStart, Train, 70_000, 0.0007));
        Assert.Equal(0.0007, exception.LearningRate);
        Assert.True(exception.CostHistory[^1] > exception.CostHistory[0]);
    }
}
