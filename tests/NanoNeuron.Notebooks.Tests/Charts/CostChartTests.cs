using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The cost charts: tangent lines labelled with their slopes, and each example's share of the slopes.</summary>
public class CostChartTests
{
    [Fact]
    public void CostTangents_LabelsEachTangentWithItsMeasuredSlope()
    {
        var train = DataSets.GenerateDataSets().Train;
        string html = OfflineHtml.Render(CostCharts.CostTangents(CostLandscape.AlongWeight(train), CostLandscape.Tangents(train, [1.0, 2.6])), "tangents");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("w = 1: slope -2627", html, StringComparison.Ordinal);
        Assert.Contains("w = 2.6: slope 2627", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SlopeShares_DrawsBarsForBothSlopes()
    {
        var train = DataSets.GenerateDataSets().Train;
        string html = OfflineHtml.Render(CostCharts.SlopeShares(Neuron.OriginalStart, train), "shares");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("share of ∂J/∂w", html, StringComparison.Ordinal);
        Assert.Contains("share of ∂J/∂b", html, StringComparison.Ordinal);
    }
}
