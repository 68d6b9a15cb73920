using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The neuron charts draw what they are given.</summary>
public class NeuronChartTests
{
    [Fact]
    public void RandomNeurons_OfGivenNeurons_DrawsEachWithItsWeightAndBias()
    {
        Neuron[] starts = [Neuron.RandomStart(1), Neuron.RandomStart(2)];
        string html = OfflineHtml.Render(NeuronCharts.RandomNeurons(starts), "random starts");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        foreach (var start in starts)
        {
            Assert.Contains(FormattableString.Invariant($"w = {start.Weight:F2}, b = {start.Bias:F2}"), html, StringComparison.Ordinal);
        }
    }
}
