using NanoNeuron.Course;
using NanoNeuron.Data;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 14's charts render offline with data.</summary>
public class Lesson14ChartTests
{
    [Fact]
    public void CostHistories_RendersOneLinePerRun()
    {
        string html = OfflineHtml.Render(Charts.CostHistories([("raw", [4.0, 2, 1]), ("standardized", [4.0, 0.5])], "two runs"), "cost histories");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"raw\"", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"standardized\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }

    [Fact]
    public void PredictedAgainstTrue_RendersTheDiagonalAndThePredictions()
    {
        var readings = ApparentTemperature.Readings(count: 10);
        var rule = new LinearNeuron([1, 0.33], -4);
        string html = OfflineHtml.Render(Charts.PredictedAgainstTrue([("predictions", x => rule.Predict([.. x]))], readings, "the rule", "°C"), "predicted");
        Assert.Contains("perfect: prediction = target", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"predictions\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
