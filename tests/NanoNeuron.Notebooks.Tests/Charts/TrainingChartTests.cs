using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The training charts: steps on a bowl, and several cost histories.</summary>
public class TrainingChartTests
{
    [Fact]
    public void BowlSteps_DrawsOneLinePerLearningRate()
    {
        double[] rates = [0.25, 1.25];
        double[][] walks = [[1, 0.5, 0.25], [1, -1.5, 2.25]];
        string html = OfflineHtml.Render(TrainingCharts.BowlSteps(2, rates, walks), "bowl");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("α = 1.25: factor 1 − αλ = -1.5", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "\"mode\":\"lines\\+markers\""));
        Assert.Throws<ArgumentException>(() => TrainingCharts.BowlSteps(2, rates, walks[..1]));
    }

    [Fact]
    public void CostHistories_RendersOneLinePerRun()
    {
        string html = OfflineHtml.Render(TrainingCharts.CostHistories([("raw", [4.0, 2, 1]), ("standardized", [4.0, 0.5])], "two runs"), "cost histories");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"raw\"", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"standardized\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
