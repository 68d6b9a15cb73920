using NanoNeuron.Optimization;

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

    /// <summary>Attack 13, A13b-15: an endless sequence of snapshots is refused after EpochCosts.MaxSnapshots + 1, naming the limit (it ran for minutes and filled gigabytes).</summary>
    [Fact]
    public void EpochCosts_EndlessSnapshots_AreRefusedNamingTheLimit()
    {
        static IEnumerable<Snapshot<Neuron>> Endless()
        {
            for (int epoch = 0; ; epoch++)
            {
                yield return new Snapshot<Neuron>(epoch, Neuron.OriginalStart, 1);
            }
        }

        var error = Assert.Throws<ArgumentException>(() => EpochCosts.Of(Endless(), DataSets.GenerateDataSets().Test));
        Assert.Equal("snapshots", error.ParamName);
        Assert.Contains("more than 1,000,000 elements", error.Message, StringComparison.Ordinal);
        Assert.Contains("EpochCosts.MaxSnapshots", error.Message, StringComparison.Ordinal);
        Assert.Equal(EpochCosts.MaxSnapshots, EpochCosts.Of(Endless().Take(EpochCosts.MaxSnapshots), DataSets.GenerateDataSets().Test).Length);
    }

    /// <summary>Attack 14, A14b-6: a snapshot whose cost is NaN or ±∞ is refused naming its epoch, not copied into the result.</summary>
    [Fact]
    public void EpochCosts_SnapshotWithACostNotFinite_IsRefusedNamingItsEpoch()
    {
        foreach (double cost in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var error = Assert.Throws<ArgumentException>(() => EpochCosts.Of([new Snapshot<Neuron>(0, Neuron.OriginalStart, 1), new Snapshot<Neuron>(7, Neuron.OriginalStart, cost)], DataSets.GenerateDataSets().Test));
            Assert.Equal("snapshots", error.ParamName);
            Assert.Contains("The snapshot of epoch 7 has a cost of", error.Message, StringComparison.Ordinal);
        }
    }
}
