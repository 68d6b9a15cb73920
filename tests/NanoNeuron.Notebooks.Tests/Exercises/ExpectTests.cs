using CsCheck;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Expect ties a number in a lesson's text to the code.</summary>
public class ExpectTests
{
    [Fact]
    public void Expect_AgreeingValue_IsReturned()
    {
        Assert.Equal(0.0006089677, Expect.About(0.0006089677, 0.000609, 5e-7));
        Assert.Equal(7.0, Expect.Exactly(7.0, 7.0));
    }

    [Fact]
    public void Expect_DisagreeingValue_SaysWhichAndHowToFix()
    {
        var about = Assert.Throws<InvalidOperationException>(() => Expect.About(3.7, 3.61, 0.01));
        Assert.Contains("The text says 3.61", about.Message, StringComparison.Ordinal);
        Assert.Contains("computed 3.7", about.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(1333, 1332));
        Assert.Throws<InvalidOperationException>(() => Expect.About(double.NaN, 0, 1));
    }

    /// <summary>Any tolerance that is negative, NaN or infinite is refused, whatever the values: never "text and code differ" when they agree, never a check that cannot fail.</summary>
    [Fact]
    public void About_ToleranceNegativeOrNotFinite_IsRefusedNamingIt()
    {
        Gen.Select(Gen.OneOf(Gen.Double[-1e308, -double.Epsilon], Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity)), Gen.Double[-1e6, 1e6], Gen.Double[-1e6, 1e6])
            .Sample((tolerance, actual, stated) =>
            {
                var error = Assert.Throws<ArgumentException>(() => Expect.About(actual, stated, tolerance));
                Assert.Equal("tolerance", error.ParamName);
                Assert.Contains("pass 0 or a positive finite number", error.Message, StringComparison.Ordinal);
            }, iter: 300, threads: 1);
        Assert.Equal(1.0, Expect.About(1, 1, 0));
    }

    [Fact]
    public void About_ValuesNotFinite_SayWhichIsNotAFiniteNumber()
    {
        Assert.Equal("stated", Assert.Throws<ArgumentException>(() => Expect.About(double.PositiveInfinity, double.PositiveInfinity, 0.1)).ParamName);
        Assert.Equal("stated", Assert.Throws<ArgumentException>(() => Expect.About(1, double.NaN, 0.1)).ParamName);
        var computed = Assert.Throws<InvalidOperationException>(() => Expect.About(double.PositiveInfinity, 1, 0.1));
        Assert.Contains("computed Infinity, which is not a finite number: correct the code", computed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_Null_IsShownAsNull()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly<string?>(null, "a"));
        Assert.Contains("The text says a but the code computed null:", error.Message, StringComparison.Ordinal);
        Assert.Contains("The text says null but the code computed a:", Assert.Throws<InvalidOperationException>(() => Expect.Exactly<string?>("a", null)).Message, StringComparison.Ordinal);
    }
}
