using NanoNeuron.Course;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 12's chart renders offline with data.</summary>
public class Lesson12ChartTests
{
    [Fact]
    public void ChainRule_RendersAnOfflinePageWithItsFourTraces()
    {
        string html = OfflineHtml.Render(Charts.ChainRule(), "chain rule");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("slope measured by nudging x", html, StringComparison.Ordinal);
        Assert.Contains("the inner rate forgotten", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
