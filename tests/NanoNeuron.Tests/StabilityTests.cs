using CsCheck;
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
    public void TrainModel_JustAboveTheBound_RefusesBeforeTheFirstEpochAndSaysSo()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        var exception = Assert.Throws<TrainingDivergedException>(() =>
            Training.TrainModel(Neuron.OriginalStart, Train, 70_000, bound * 1.02));

        Assert.Equal((0, DivergenceReason.AboveLimit), (exception.Epoch, exception.Reason));
        Assert.Equal(bound, exception.LargestStableLearningRate);
        Assert.Empty(exception.CostHistory);
        Assert.Contains("0.00060897", exception.Message, StringComparison.Ordinal);
        Assert.Contains("known before the first epoch", exception.Message, StringComparison.Ordinal);
        Assert.Contains("use a smaller learning rate", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 19: these learning rates returned w = −1.03e103, or a cost of 8.0e9, without a word.</summary>
    [Theory]
    [InlineData(0.00061)]
    [InlineData(0.000609)]
    [InlineData(0.00060897)]
    public void EveryNeuronTrainer_AtOrJustAboveTheBound_Diverges(double learningRate)
    {
        Assert.True(learningRate >= Stability.LargestStableLearningRate(Train));
        Assert.Equal(DivergenceReason.AboveLimit, Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(Neuron.OriginalStart, Train, 70_000, learningRate)).Reason);
        foreach (var summation in new[] { Summation.Vectorized, Summation.SufficientStatistics })
        {
            Assert.Equal(DivergenceReason.AboveLimit,
                Assert.Throws<TrainingDivergedException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Train, 70_000, learningRate, summation)).Reason);
        }
    }

    [Theory]
    [InlineData(0.00061)]
    [InlineData(0.000609)]
    [InlineData(0.0007)]
    [InlineData(0.01)]
    public void Engine_AboveTheBound_StopsWhileTheCostIsStillFinite(double learningRate)
    {
        var divergence = Trainer.TryTrain(new NeuronObjective(Train), Neuron.OriginalStart, new GradientDescent(learningRate)).Divergence!;

        Assert.Equal(DivergenceReason.KeepsRising, divergence.Reason);
        Assert.All(divergence.CostHistory, cost => Assert.True(double.IsFinite(cost)));
        var rise = divergence.CostHistory.AsSpan()[^(Divergence.RisingEpochs + 1)..];
        for (int k = 1; k < rise.Length; k++)
        {
            Assert.True(rise[k] > rise[k - 1]);
        }

        Assert.True(divergence.CostHistory[^1] > divergence.CostHistory[0]);
    }

    [Fact]
    public void Engine_0_0007_StopsLongBeforeTheCostWouldOverflow()
    {
        var divergence = Trainer.TryTrain(new NeuronObjective(Train), Neuron.OriginalStart, new GradientDescent(0.0007)).Divergence!;

        // The cost grows 1.69 times an epoch; it would overflow at epoch 1333.
        Assert.InRange(divergence.Epoch, Divergence.RisingEpochs + 1, 100);
        Assert.Equal(1.69, divergence.CostHistory[^1] / divergence.CostHistory[^2], 0.01);
    }

    [Fact]
    public void Engine_BelowTheBound_NeverSeesADivergence_FromAnyStart()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        Gen.Select(Gen.Double[-100, 100], Gen.Double[-100, 100], Gen.Double[0.01, 0.999]).Sample((w, b, share) =>
            !Trainer.TryTrain(new NeuronObjective(Train), new Neuron(w, b), new GradientDescent(bound * share), new TrainingOptions { Epochs = 2_000 }).HasDiverged,
            iter: 50);
    }

    [Fact]
    public void Engine_AboveTheBound_StopsEveryRunBeforeItsNumbersOverflow()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        Gen.Select(Gen.Double[-100, 100], Gen.Double[-100, 100], Gen.Double[1.05, 3]).Sample((w, b, times) =>
        {
            var divergence = Trainer.TryTrain(new NeuronObjective(Train), new Neuron(w, b), new GradientDescent(bound * times), new TrainingOptions { Epochs = 5_000 }).Divergence;
            return divergence is { Reason: DivergenceReason.KeepsRising } && divergence.CostHistory.All(double.IsFinite);
        }, iter: 50);
    }

    /// <summary>
    /// Attack 13, A13b-1: any inputs that are all equal, of any size and count, are refused as such; before, mean x² − (mean x)²
    /// cancelled to a tiny positive number (0.3 three times gave a ratio of 8.6e16).
    /// </summary>
    [Fact]
    public void ConditionNumber_EqualInputs_AreRefusedAsEqual()
    {
        Gen.Select(Gen.Double[-1e150, 1e150], Gen.Int[1, 50]).Sample((value, count) =>
        {
            double[] x = [.. Enumerable.Repeat(value, count)];
            Assert.Equal(0, Stability.HessianEigenvalues(x).Smallest);
            var error = Assert.Throws<ArgumentException>(() => Stability.ConditionNumber(x));
            Assert.Contains("Every input equals", error.Message, StringComparison.Ordinal);
        }, iter: 500, threads: 1);
        Assert.Throws<ArgumentException>(() => Stability.ConditionNumber([0.3, 0.3, 0.3]));
    }

    /// <summary>The documented limit holds: inputs up to about 1e154 have a finite curvature (squaring the half gap overflowed from about 1e77).</summary>
    [Fact]
    public void HessianEigenvalues_InputsUpTo1e153_AreFinite()
    {
        Gen.Double[1e70, 1e153].Sample(size =>
        {
            var (largest, smallest) = Stability.HessianEigenvalues([size, -size / 3]);
            Bits.Close(((size * size) + (size / 3 * size / 3)) / 2, largest, 1e-12, "λmax");
            Assert.True(smallest > 0 && double.IsFinite(smallest));
        }, iter: 200, threads: 1);
    }

    /// <summary>
    /// Attack 13, A13b-1: for any evenly spaced inputs c, c + d, …, c + (n − 1)·d, far from 0 or not, det(H) = λmax·λmin is
    /// their variance d²·(n² − 1)/12; before, inputs 1e8 and 1e8 + 1 (variance 0.25) were refused as not varying.
    /// </summary>
    [Fact]
    public void HessianEigenvalues_SpacedInputs_MultiplyToTheirVariance()
    {
        Gen.Select(Gen.Double[-1e8, 1e8], Gen.Double[1e-3, 10], Gen.Int[2, 40]).Sample((start, spacing, count) =>
        {
            double[] x = [.. Enumerable.Range(0, count).Select(k => start + (k * spacing))];
            double variance = spacing * spacing * ((count * count) - 1) / 12;
            var (largest, smallest) = Stability.HessianEigenvalues(x);
            // The inputs themselves are rounded to about 1e-16·|start|, which moves their variance by about that over the spacing.
            double tolerance = 1e-6 + (1e-13 * Math.Abs(start) / spacing);
            Bits.Close(variance, largest * smallest, tolerance, "λmax·λmin");
            Assert.True(double.IsFinite(Stability.ConditionNumber(x)));
        }, iter: 500, threads: 1);
        Bits.Close(0.25, Stability.HessianEigenvalues([1e8, 1e8 + 1]).Smallest * Stability.HessianEigenvalues([1e8, 1e8 + 1]).Largest, 1e-12, "λmax·λmin");
    }
}
