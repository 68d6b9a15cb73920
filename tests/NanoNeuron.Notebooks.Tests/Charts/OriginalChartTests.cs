using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The original's cost history against the fixed one.</summary>
public class OriginalChartTests
{
    [Fact]
    public void OriginalAndFixedHistory_ShowsTheLastUpdates_TheOriginalsStoppingOneShort()
    {
        var result = Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, 20);
        string html = OfflineHtml.Render(OriginalCharts.OriginalAndFixedHistory(result, last: 3), "appendix");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[17,18,19,20]", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[17,18,19]", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[19]", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[20]", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }

    [Fact]
    public void OriginalAndFixedHistory_RefusesToShowNoUpdates()
    {
        var train = DataSets.GenerateDataSets().Train;
        Assert.Throws<ArgumentOutOfRangeException>(() => OriginalCharts.OriginalAndFixedHistory(Training.TrainModel(Neuron.OriginalStart, train, 5), last: 0));
        Assert.Throws<ArgumentException>(() => OriginalCharts.OriginalAndFixedHistory(Training.TrainModel(Neuron.OriginalStart, train, 0)));
    }
}
