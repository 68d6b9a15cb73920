using NanoNeuron.Experiments;
using NanoNeuron.Data;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Lesson 17's race: the contract's optimizers, tuned, reach the original's test cost in the epochs the lesson states.</summary>
public class OptimizerRaceTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void TargetTestCost_IsTheOriginals()
    {
        Assert.Equal(2.4027107865088773e-6, OptimizerComparison.TargetTestCost(Data));
    }

    [Fact]
    public void Race_EachMethodNeedsTheStatedEpochs()
    {
        var race = OptimizerComparison.Race(Data);

        Assert.Equal([70_000, 58_333, 735, 307, 105, 1], race.Select(row => row.Epochs));
    }

    [Fact]
    public void Race_TheContractsOptimizers_StayBelowTheTargetFromThoseEpochsOn()
    {
        double target = OptimizerComparison.TargetTestCost(Data);
        var momentum = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Momentum(OptimizerComparison.MomentumRate, OptimizerComparison.MomentumBeta),
            new TrainingOptions { Epochs = OptimizerComparison.RaceEpochs }, new NeuronObjective(Data.Test));
        var adam = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Adam(OptimizerComparison.AdamRate, OptimizerComparison.AdamBeta1),
            new TrainingOptions { Epochs = OptimizerComparison.RaceEpochs }, new NeuronObjective(Data.Test));

        Assert.True(momentum.ValidationHistory[734] > target);
        Assert.All(momentum.ValidationHistory.Skip(735), cost => Assert.True(cost <= target));
        Assert.True(adam.ValidationHistory[306] > target);
        Assert.All(adam.ValidationHistory.Skip(307), cost => Assert.True(cost <= target));
    }

    [Fact]
    public void Race_StandardizedRow_MatchesLessonTensCountThroughTheMappedNeuron()
    {
        // Lesson 10 counts through standardizer.ToOriginal on the raw test set; the race uses the standardized test set.
        var standardizer = Standardizer.Fit(Data.Train);
        var path = Training.Snapshots(Neuron.OriginalStart, standardizer.Transform(Data.Train), Enumerable.Range(0, 201), epochs: 200, learningRate: OptimizerComparison.NormalizationRate);
        double target = OptimizerComparison.TargetTestCost(Data);
        int first = path.First(s => Propagation.ForwardPropagation(standardizer.ToOriginal(s.Model), Data.Test).Cost <= target).Epoch;

        Assert.Equal(OptimizerComparison.Race(Data)[4].Epochs, first);
    }

    [Fact]
    public void EpochsToReach_CountsFromTheLastCostAboveTheTarget()
    {
        Assert.Equal(2, OptimizerComparison.EpochsToReach([5.0, 3.0, 1.0, 0.5], 1.0));
        Assert.Equal(4, OptimizerComparison.EpochsToReach([5.0, 0.5, 0.9, 2.0, 0.5], 1.0));
        Assert.Equal(0, OptimizerComparison.EpochsToReach([0.5, 0.5], 1.0));
        Assert.Null(OptimizerComparison.EpochsToReach([0.5, 2.0], 1.0));
        Assert.Null(OptimizerComparison.EpochsToReach([], 1.0));
    }

    [Fact]
    public void EpochsToReach_ADivergingOptimizer_NeverGetsThere()
    {
        var run = OptimizerComparison.EpochsToReach(new GradientDescent(0.0007), Data.Train, Data.Test, 1e-6, 2_000);

        Assert.Null(run.Epochs);
        Assert.True(run.Diverged);
    }

    [Fact]
    public void Velocities_FollowMomentumsRule()
    {
        var floor = Training.TrainModel(Neuron.OriginalStart, Data.Train, 20).Model;
        var momentum = new Momentum(0.0005, 0.9);
        var rows = OptimizerComparison.Velocities(floor, Data.Train, momentum, 6);

        Assert.Equal(rows[0].SlopeB, rows[0].VelocityB, 1e-9);
        foreach (var (before, row) in rows.Zip(rows.Skip(1)))
        {
            Assert.Equal(momentum.Beta * before.VelocityB + row.SlopeB, row.VelocityB, 1e-9);
            Assert.Equal(momentum.Beta * before.VelocityW + row.SlopeW, row.VelocityW, 1e-9);
        }
    }

    [Fact]
    public void Slopes_ArePlainGradientDescentsSteps()
    {
        var floor = Training.TrainModel(Neuron.OriginalStart, Data.Train, 20).Model;
        var rows = OptimizerComparison.Slopes(floor, Data.Train, 0.0005, 6);
        var after = Training.TrainModel(floor, Data.Train, 6).Model;

        Assert.All(rows, row => Assert.Equal(row.SlopeB, row.VelocityB, 1e-9));
        Assert.Equal(after.Bias, floor.Bias - 0.0005 * rows.Sum(row => row.SlopeB), 1e-12);
    }
}
