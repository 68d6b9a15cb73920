namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 06's chart.</summary>
public class Lesson06ChartTests
{
    [Fact]
    public void SlopeShares_DrawsBarsForBothSlopes()
    {
        var train = DataSets.GenerateDataSets().Train;
        string html = Course.OfflineHtml.Render(Course.Charts.SlopeShares(Neuron.OriginalStart, train), "shares");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("share of ∂J/∂w", html, StringComparison.Ordinal);
        Assert.Contains("share of ∂J/∂b", html, StringComparison.Ordinal);
    }
}
