using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Learning rates side by side: a divergence is an outcome, not a failure.</summary>
public class LearningRatesTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void Compare_KeepsTheDivergentRunAsItsOutcome_AndTheOthersAreTheOriginalsTraining()
    {
        var runs = LearningRates.Compare(Neuron.OriginalStart, Data.Train, LearningRates.Compared);

        Assert.Equal([0.0001, 0.0005, 0.0006, 0.0007], runs.Select(r => r.LearningRate));
        Assert.All(runs.Take(3), run => Assert.False(run.Outcome.HasDiverged));
        Assert.Equal(Divergence.RisingEpochs + 1, runs[3].Outcome.Divergence!.Epoch);
        Assert.Null(runs[3].Outcome.Result);
        Assert.Equal(Training.TrainModel(Neuron.OriginalStart, Data.Train).Model, runs[1].Outcome.Result!.Model);
    }
}
