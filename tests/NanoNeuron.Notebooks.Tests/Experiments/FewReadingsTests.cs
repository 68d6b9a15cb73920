using NanoNeuron.Charts;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>A big network on eight noisy readings: it overfits, and the chart of its costs renders.</summary>
public class FewReadingsTests
{
    [Fact]
    public void Overfit_TrainingCostFallsEveryEpoch_TestCostRises_AndItsChartRenders()
    {
        var result = FewReadings.Overfit();
        var test = Examples.From(FewReadings.Standardized().Test);
        Assert.All(Enumerable.Range(1, result.CostHistory.Length - 1), e => Assert.True(result.CostHistory[e] <= result.CostHistory[e - 1]));
        double early = Backpropagation.ForwardPropagation(result.Snapshots.Single(s => s.Epoch == 400).Model, test);
        Assert.True(Backpropagation.ForwardPropagation(result.Model, test) > 10 * early);

        string html = OfflineHtml.Render(OverfittingCharts.TrainAndTestCost(EpochCosts.Of(result, test)), "overfitting");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("test cost", html, StringComparison.Ordinal);
    }
}
