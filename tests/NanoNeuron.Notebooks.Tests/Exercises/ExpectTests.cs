
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
}
