using NanoNeuron.Course;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 04's tangent lines.</summary>
public class Lesson04ChartTests
{
    [Fact]
    public void CostTangents_LabelsEachTangentWithItsMeasuredSlope()
    {
        var train = DataSets.GenerateDataSets().Train;
        string html = OfflineHtml.Render(Charts.CostTangents(train, [1.0, 2.6]), "tangents");

        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("w = 1: slope -2627", html, StringComparison.Ordinal);
        Assert.Contains("w = 2.6: slope 2627", html, StringComparison.Ordinal);
    }
}
