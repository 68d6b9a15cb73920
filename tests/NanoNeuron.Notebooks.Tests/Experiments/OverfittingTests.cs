namespace NanoNeuron.Notebooks.Tests;

/// <summary>The overfitting run: it overfits clearly, and early stopping and weight decay help on the test readings.</summary>
public class OverfittingTests
{
    [Fact]
    public void Run_OverfitsClearly_EarlyStoppingAndDecayHelpOnTheTestReadings()
    {
        var run = Overfitting.Run();
        var best = run.BestValidation!.Value;
        Assert.Equal(394, best.Epoch);
        Assert.True(run.CostHistory[^1] < run.CostHistory[best.Epoch]);
        Assert.True(run.ValidationHistory[^1] > 2 * best.Cost);
        var (early, late) = Overfitting.EarlyAndLateTestCosts();
        Assert.True(early < late / 3);
        Assert.True(Overfitting.Run(Overfitting.Settings.WeightDecay).ValidationHistory[^1] < run.ValidationHistory[^1] / 2);
        Assert.Equal([12, 24, 24], new[] { Overfitting.CheapReadings().Train.Count, Overfitting.CheapReadings().Validation.Count, Overfitting.CheapReadings().Test.Count });
    }
}
