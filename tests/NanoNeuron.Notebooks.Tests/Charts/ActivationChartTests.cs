using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The chain rule's chart.</summary>
public class ActivationChartTests
{
    [Fact]
    public void ChainRule_RendersAnOfflinePageWithItsFourTraces()
    {
        string html = OfflineHtml.Render(ActivationCharts.ChainRule(), "chain rule");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("slope measured by nudging x", html, StringComparison.Ordinal);
        Assert.Contains("the inner rate forgotten", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
