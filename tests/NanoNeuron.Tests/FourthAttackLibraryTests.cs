using CsCheck;
using NanoNeuron.Fast;

namespace NanoNeuron.Tests;

/// <summary>Issue 19, the fourth attack's library inputs: the best line is right, or refused with its cause and a fix, never silently wrong.</summary>
public class FourthAttackLibraryTests
{
    /// <summary>Inputs a few units in the last place apart at any size (y = 2x, exact): the slope is 2 to 1e-9, or the inputs are refused.</summary>
    [Fact]
    public void SufficientStatistics_InputsCloseForTheirSize_GiveTheRightSlopeOrAreRefused()
    {
        Gen.Select(Gen.Double[1e-100, 1e100], Gen.Int[0, 1000].Array[2, 12]).Where((_, steps) => steps.Distinct().Count() > 1).Sample((size, steps) =>
        {
            double[] x = [.. steps.Select(step => size + step * (Math.BitIncrement(size) - size))];
            double[] y = [.. x.Select(value => 2 * value)];
            if (x.Distinct().Count() == 1)
            {
                return;
            }

            try
            {
                Assert.Equal(2, SufficientStatistics.Of(x, y).BestLine.Weight, 1e-9);
            }
            catch (ArgumentException error)
            {
                Assert.Equal("x", error.ParamName);
                Assert.Contains("Standardize the inputs first", error.Message, StringComparison.Ordinal);
            }
        }, iter: 300, threads: 1);
    }

    [Theory]
    [InlineData(1e16, 1e16 + 2)]
    [InlineData(1, 1.0000000000000002)]
    public void SufficientStatistics_TheAttacksCloseInputs_AreRefusedForTheirSize(double first, double second)
    {
        var error = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([first, second], [1, 2]));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("the inputs differ by too little for their size", error.Message, StringComparison.Ordinal);
        Assert.Contains("Standardize the inputs first", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Two tiny different inputs: the slope 1/(x₂ − x₁) to 1e-9, or refused (a subnormal variance has lost bits).</summary>
    [Fact]
    public void SufficientStatistics_TinyInputs_GiveTheRightSlopeOrAreRefused()
    {
        Gen.Select(Gen.Double[1e-320, 1e-140], Gen.Double[1.01, 100]).Sample((small, factor) =>
        {
            double[] x = [small, small * factor];
            try
            {
                double slope = SufficientStatistics.Of(x, [1, 2]).BestLine.Weight;
                Assert.Equal(1, slope * (x[1] - x[0]), 1e-9);
            }
            catch (ArgumentException error)
            {
                Assert.Contains("Standardize the inputs first", error.Message, StringComparison.Ordinal);
            }
        }, iter: 300, threads: 1);
        Assert.Contains("the inputs are too small", Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([1e-160, 2e-160], [1, 2])).Message, StringComparison.Ordinal);
    }
}
