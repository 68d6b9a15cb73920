using NanoNeuron.Charts;
using NanoNeuron.Data;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Predictions against targets.</summary>
public class FitChartTests
{
    [Fact]
    public void PredictedAgainstTrue_RendersTheDiagonalAndThePredictions()
    {
        var readings = ApparentTemperature.Readings(count: 10);
        var rule = new LinearNeuron([1, 0.33], -4);
        string html = OfflineHtml.Render(FitCharts.PredictedAgainstTrue([("predictions", x => rule.Predict([.. x]))], readings, "the rule", "°C"), "predicted");
        Assert.Contains("perfect: prediction = target", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"predictions\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
