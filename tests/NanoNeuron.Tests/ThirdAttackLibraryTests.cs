using CsCheck;
using NanoNeuron.ClosedForm;
using NanoNeuron.Data;
using NanoNeuron.Fast;

namespace NanoNeuron.Tests;

/// <summary>Issue 19, the third attack's library inputs: each refused with its cause and a fix, instead of a false best line, a wrong cause or a wrong parameter.</summary>
public class ThirdAttackLibraryTests
{
    /// <summary>Any constant input: the statistics exist (cost and gradients are defined), but there is no single best line, as LeastSquares says.</summary>
    [Fact]
    public void SufficientStatistics_ConstantInputs_HaveNoSingleBestLine()
    {
        Gen.Select(Gen.Double[-1000, 1000], Gen.Int[1, 20], Gen.Double[-1000, 1000].Array[1, 20]).Sample((x, _, y) =>
        {
            var statistics = SufficientStatistics.Of(Enumerable.Repeat(x, y.Length).ToArray(), y);
            var error = Assert.Throws<InvalidOperationException>(() => statistics.BestLine);
            Assert.StartsWith(FormattableString.Invariant($"Every input equals {x:R}: every line through their mean target"), error.Message, StringComparison.Ordinal);
            Assert.Contains("Use inputs that vary.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("BestLine", statistics.ToString(), StringComparison.Ordinal);
        }, iter: 200, threads: 1);
        Assert.Equal(new Neuron(1, 0), SufficientStatistics.Of([1, 2], [1, 2]).BestLine);
    }

    /// <summary>Any two different inputs whose variance underflows: refused as too small, never a slope of 0 with nothing said.</summary>
    [Fact]
    public void SufficientStatistics_InputsWhoseVarianceUnderflows_AreRefusedAsTooSmall()
    {
        Gen.Select(Gen.Double[1e-320, 1e-170], Gen.Double[1.01, 100]).Sample((small, factor) =>
        {
            var error = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([small, small * factor], [1, 2]));
            Assert.Equal("x", error.ParamName);
            Assert.Contains("the inputs are too small", error.Message, StringComparison.Ordinal);
            Assert.Contains("Standardize", error.Message, StringComparison.Ordinal);
        }, iter: 300, threads: 1);
        Assert.Equal(1e300, LeastSquares.Fit(new DataSet([1e-300, 2e-300], [1, 2])).Weight, 1e285);
    }

    /// <summary>Two different inputs whose standard deviation underflows: not "every input equals", but the scale named.</summary>
    [Theory]
    [InlineData(double.Epsilon, 2 * double.Epsilon)]
    [InlineData(0, double.Epsilon)]
    public void Standardizer_InputsWhoseDeviationUnderflows_AreNotCalledEqual(double first, double second)
    {
        var error = Assert.Throws<ArgumentException>(() => Standardizer.Fit([first, second]));
        Assert.Equal("x", error.ParamName);
        Assert.StartsWith("The inputs differ by less than a double can measure", error.Message, StringComparison.Ordinal);
        Assert.Contains("Scale them up", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Every input equals", Assert.Throws<ArgumentException>(() => Standardizer.Fit([first, first])).Message, StringComparison.Ordinal);
    }

    /// <summary>Any noise above the maximum is refused naming the noise, not an example the caller never gave.</summary>
    [Fact]
    public void Readings_NoiseAboveTheMaximum_IsRefusedNamingTheNoise()
    {
        Gen.OneOf(Gen.Double[Thermometer.MaxNoise * (1 + 1e-15), double.MaxValue], Gen.Const(1e308)).Sample(noise =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Thermometer.Readings(200, noise));
            Assert.Equal("noise", error.ParamName);
            Assert.Contains("at most 1,000,000 °F (Thermometer.MaxNoise), such as 3", error.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
        Assert.All(Thermometer.Readings(Thermometer.MaxReadingCount / 100, Thermometer.MaxNoise).Y, y => Assert.True(double.IsFinite(y)));
    }

    [Fact]
    public void Snapshots_NullEpochs_NamesAt()
    {
        var train = DataSets.GenerateDataSets().Train;
        Assert.Equal("at", Assert.Throws<ArgumentNullException>(() => Training.Snapshots(Neuron.OriginalStart, train, at: null!)).ParamName);
    }
}
