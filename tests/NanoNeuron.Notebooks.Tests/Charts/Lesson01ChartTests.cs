using NanoNeuron.Course;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 01's chart of random starts draws the neurons it is given.</summary>
public class Lesson01ChartTests
{
    [Fact]
    public void RandomNeurons_OfGivenNeurons_DrawsEachWithItsWeightAndBias()
    {
        Neuron[] starts = [Neuron.RandomStart(1), Neuron.RandomStart(2)];
        string html = OfflineHtml.Render(Charts.RandomNeurons(starts), "random starts");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        foreach (var start in starts)
        {
            Assert.Contains(FormattableString.Invariant($"w = {start.Weight:F2}, b = {start.Bias:F2}"), html, StringComparison.Ordinal);
        }
    }
}
