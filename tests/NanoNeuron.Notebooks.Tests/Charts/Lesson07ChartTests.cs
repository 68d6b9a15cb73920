using NanoNeuron.Course;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 07's new chart.</summary>
public class Lesson07ChartTests
{
    [Fact]
    public void BowlSteps_DrawsOneLinePerLearningRate()
    {
        double[] rates = [0.25, 1.25];
        double[][] walks = [[1, 0.5, 0.25], [1, -1.5, 2.25]];
        string html = OfflineHtml.Render(Charts.BowlSteps(2, rates, walks), "bowl");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("α = 1.25: factor 1 − αλ = -1.5", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "\"mode\":\"lines\\+markers\""));
        Assert.Throws<ArgumentException>(() => Charts.BowlSteps(2, rates, walks[..1]));
    }
}
