using NanoNeuron.Course;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 09's close-up chart.</summary>
public class Lesson09ChartTests
{
    [Fact]
    public void CostCloseUp_DrawsBothCostsAndEachLevelOnLinearAxes()
    {
        var split = TryIt.NoisySplit();
        var snapshots = Training.Snapshots(Neuron.OriginalStart, split.Train, [500, 1_000], epochs: 1_000);
        string html = OfflineHtml.Render(Charts.CostCloseUp(snapshots, split.Test, [("the true line on the test readings", 5.14)], "close-up"), "close-up");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("test cost", html, StringComparison.Ordinal);
        Assert.Contains("the true line on the test readings: 5.14", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"log\"", html, StringComparison.Ordinal);
    }
}
