using NanoNeuron.ClosedForm;
using NanoNeuron.Data;

namespace NanoNeuron.Tests;

/// <summary>Lessons 09 and 10: noisy readings, the split, standardization, and the closed-form line.</summary>
public class PartTwoDataTests
{
    [Fact]
    public void Readings_SameSeed_SameReadings_OtherSeed_Different()
    {
        var first = Thermometer.Readings();
        Bits.Equal(first.X, Thermometer.Readings().X, "x");
        Bits.Equal(first.Y, Thermometer.Readings().Y, "y");
        Assert.NotEqual(first.Y.ToArray(), Thermometer.Readings(seed: 7).Y.ToArray());
    }

    [Fact]
    public void Readings_NoiseHasTheRequestedSpreadAroundTheTrueLine()
    {
        var readings = Thermometer.Readings(20_000, noise: 3);
        double[] noise = [.. readings.X.Zip(readings.Y, (x, y) => y - Temperature.CelsiusToFahrenheit(x))];

        Assert.InRange(noise.Average(), -0.1, 0.1);
        Assert.InRange(Math.Sqrt(noise.Select(n => n * n).Average()), 2.9, 3.1);
        Assert.All(readings.X, x => Assert.InRange(x, 0, 100));
        Assert.Equal(readings.Y, Thermometer.Readings(20_000, noise: 0).X.Select(Temperature.CelsiusToFahrenheit).Zip(noise, (y, n) => y + n));
    }

    [Fact]
    public void TrainTestSplit_IsAShuffledPartitionOfTheExamples()
    {
        var readings = Thermometer.Readings();
        var split = DataSplit.TrainTestSplit(readings);

        Assert.Equal(140, split.Train.Count);
        Assert.Equal(60, split.Test.Count);
        var pairs = split.Train.X.Zip(split.Train.Y).Concat(split.Test.X.Zip(split.Test.Y)).ToList();
        Assert.Equal(readings.X.Zip(readings.Y).OrderBy(p => p.First), pairs.OrderBy(p => p.First));
        Assert.NotEqual(readings.X.Take(140).ToArray(), split.Train.X.ToArray());
        Bits.Equal(split.Train.X, DataSplit.TrainTestSplit(readings).Train.X, "x after a second split");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void TrainTestSplit_FractionOutsideZeroToOne_SaysWhatToPass(double fraction)
    {
        var error = Assert.Throws<ArgumentException>(() => DataSplit.TrainTestSplit(Thermometer.Readings(), fraction));
        Assert.Contains("strictly between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainTestSplit_OneExample_SaysItNeedsTwo()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSplit.TrainTestSplit(new DataSet([1.0], [2.0])));
        Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standardizer_GivesMeanZeroDeviationOne_AndAnIdentityHessian()
    {
        var train = DataSets.GenerateDataSets().Train;
        var standardizer = Standardizer.Fit(train);
        var standardized = standardizer.Transform(train);

        Assert.Equal(49.5, standardizer.Mean);
        Bits.Close(Math.Sqrt((100.0 * 100 - 1) / 12), standardizer.StandardDeviation, 1e-14, "σ");
        Assert.InRange(standardized.X.Average(), -1e-14, 1e-14);
        Bits.Close(1, standardized.X.Select(x => x * x).Average(), 1e-14, "mean x′²");
        Bits.Close(1, Stability.ConditionNumber(standardized.X.AsSpan()), 1e-12, "condition number");
        Bits.Close(2, Stability.LargestStableLearningRate(standardized), 1e-12, "2/λmax");
    }

    [Fact]
    public void Standardizer_ToOriginal_PredictsWhatTheStandardizedNeuronPredicts()
    {
        var standardizer = new Standardizer(49.5, 28.9);
        var trained = new Neuron(51.9, 121.1);
        var original = standardizer.ToOriginal(trained);

        foreach (double x in new[] { -40.0, 0, 37, 100 })
        {
            Bits.Close(trained.Predict(standardizer.Transform(x)), original.Predict(x), 1e-14, $"prediction at {x}");
        }
    }

    [Fact]
    public void Standardizer_OnStandardizedData_AlphaOneLandsOnTheMinimumInOneStep()
    {
        // H = I, so the step −α·H·(θ − θ*) with α = 1 removes the whole distance to the minimum.
        var data = DataSets.GenerateDataSets();
        var standardizer = Standardizer.Fit(data.Train);
        var trained = Training.TrainModel(Neuron.OriginalStart, standardizer.Transform(data.Train), epochs: 1, learningRate: 1).Model;
        var neuron = standardizer.ToOriginal(trained);

        Bits.Close(1.8, neuron.Weight, 1e-12, "w");
        Bits.Close(32, neuron.Bias, 1e-12, "b");
    }

    [Fact]
    public void Standardizer_ConstantInputs_SaysTheyMustVary()
    {
        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit([5.0, 5.0, 5.0]));
        Assert.Contains("inputs that vary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeastSquares_ExactData_FindsTheConversion_AndZeroesTheGradient()
    {
        var train = DataSets.GenerateDataSets().Train;
        var line = LeastSquares.Fit(train);

        Bits.Close(1.8, line.Weight, 1e-14, "w");
        Bits.Close(32, line.Bias, 1e-14, "b");
        var noisy = Thermometer.Readings();
        var best = LeastSquares.Fit(noisy);
        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(best, noisy), noisy);
        Assert.InRange(Math.Abs(gradients.DW), 0, 1e-9);
        Assert.InRange(Math.Abs(gradients.DB), 0, 1e-11);
    }

    [Fact]
    public void LeastSquares_AgreesWithLongGradientDescent()
    {
        var noisy = Thermometer.Readings();
        var standardizer = Standardizer.Fit(noisy);
        var descended = standardizer.ToOriginal(Training.TrainModel(new Neuron(0, 0), standardizer.Transform(noisy), 200, 0.5).Model);
        var closed = LeastSquares.Fit(noisy);

        Bits.Close(closed.Weight, descended.Weight, 1e-12, "w");
        Bits.Close(closed.Bias, descended.Bias, 1e-12, "b");
    }

    [Fact]
    public void LeastSquares_ConstantInputs_SaysThereIsNoSingleBestLine()
    {
        var error = Assert.Throws<ArgumentException>(() => LeastSquares.Fit(new DataSet([3.0, 3.0], [1.0, 2.0])));
        Assert.Contains("no single best line", error.Message, StringComparison.Ordinal);
    }
}
