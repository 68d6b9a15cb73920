using CsCheck;
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
        var momentum = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, OptimizerComparison.Settings.Momentum,
            new TrainingOptions { Epochs = OptimizerComparison.RaceEpochs }, new NeuronObjective(Data.Test));
        var adam = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, OptimizerComparison.Settings.Adam,
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
        var path = Training.Snapshots(Neuron.OriginalStart, standardizer.Transform(Data.Train), Enumerable.Range(0, 201), epochs: 200, learningRate: OptimizerComparison.Settings.NormalizationRate);
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

    /// <summary>Attack 8 (A8-15, the experiments' other entry points): negative epochs gave a raw out-of-range message from Enumerable.Range; now the trainers' message.</summary>
    [Fact]
    public void RacePaths_EpochsOutsideTheirRangeOrStartNotFinite_AreRefused()
    {
        Gen.OneOf(Gen.Int[int.MinValue, -1], Gen.Int[TrainingOptions.MaxEpochs + 1, int.MaxValue], Gen.Const(-1)).Sample(epochs =>
        {
            var error = Assert.Throws<ArgumentException>(() => OptimizerComparison.RacePaths(Data.Train, Neuron.OriginalStart, epochs,
                new GradientDescent(), OptimizerComparison.Settings.Momentum, OptimizerComparison.Settings.Adam));
            Assert.Equal("epochs", error.ParamName);
            Assert.StartsWith(epochs < 0 ? FormattableString.Invariant($"epochs is {epochs}: pass 0 or more") : FormattableString.Invariant($"epochs is {epochs:N0}, but at most 100,000,000 epochs"),
                error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        var start = Assert.Throws<ArgumentException>(() => OptimizerComparison.RacePaths(Data.Train, new Neuron(double.NaN, 0), 10,
            new GradientDescent(), OptimizerComparison.Settings.Momentum, OptimizerComparison.Settings.Adam));
        Assert.Equal("start", start.ParamName);
    }

    [Fact]
    public void RacePaths_WithTheLessonsSettings_AreTheLessonsPaths()
    {
        var lesson = OptimizerComparison.RacePaths(Data.Train);
        var same = OptimizerComparison.RacePaths(Data.Train, Neuron.OriginalStart, OptimizerComparison.PathEpochs,
            new GradientDescent(0.0005), OptimizerComparison.Settings.Momentum, OptimizerComparison.Settings.Adam);

        Assert.Equal(["gradient descent, α = 0.0005", "momentum, α = 0.00095, β = 0.97", "Adam, α = 1, β₁ = 0.93"], lesson.Select(p => p.Name));
        Assert.All(lesson.Zip(same), pair => Assert.Equal(pair.First.Path, pair.Second.Path));
        Assert.All(lesson, path => Assert.Equal(OptimizerComparison.PathEpochs + 1, path.CostHistory.Count));
    }

    [Fact]
    public void RacePaths_FromAnyStartForAnyEpochs_FollowTheOneLoop_WithEveryFrame()
    {
        var start = new Neuron(-3, 50);
        var paths = OptimizerComparison.RacePaths(Data.Train, start, 3_000, new GradientDescent(0.0004), new Momentum(0.0002, 0.8), new Adam(0.5, 0.9, 0.99));
        var frames = OptimizerComparison.Frames(3_000);

        Assert.Equal(["gradient descent, α = 0.0004", "momentum, α = 0.0002, β = 0.8", "Adam, α = 0.5, β₁ = 0.9, β₂ = 0.99"], paths.Select(p => p.Name));
        Assert.All(paths, path =>
        {
            Assert.Null(path.Divergence);
            Assert.Equal(start, path.Path[0].Model);
            Assert.Equal(3_000, path.Path[^1].Epoch);
            Assert.Subset(path.Path.Select(s => s.Epoch).ToHashSet(), frames.ToHashSet());
            Assert.Equal(3_001, path.CostHistory.Count);
        });
        // Gradient descent's path is the teaching loop's, bit for bit.
        var teaching = Training.Snapshots(start, Data.Train, frames, epochs: 3_000, learningRate: 0.0004);
        Assert.All(teaching, snapshot => Assert.Equal(snapshot.Model, paths[0].Path.Single(s => s.Epoch == snapshot.Epoch).Model));
        Assert.Equal(Training.TrainModel(start, Data.Train, 3_000, 0.0004).CostHistory, paths[0].CostHistory);
    }

    [Fact]
    public void RacePaths_ADivergingOptimizer_EndsTheEpochBefore_AndTheOthersRunOn()
    {
        var paths = OptimizerComparison.RacePaths(Data.Train, Neuron.OriginalStart, 2_000, new GradientDescent(0.0007), new Momentum(0.0005, 0.9), new Adam(1, 0.93));

        var diverged = paths[0];
        // Gradient descent past its limit: its cost rises in every epoch, and the 50th rise in a row stops it.
        Assert.Equal(DivergenceReason.KeepsRising, diverged.Divergence?.Reason);
        Assert.Equal(51, diverged.Divergence?.Epoch);
        Assert.Equal(51, diverged.CostHistory.Count);
        Assert.Equal(49, diverged.Path[^1].Epoch);
        Assert.True(double.IsFinite(diverged.Path[^1].Model.Weight));
        Assert.All(paths.Skip(1), path => Assert.Null(path.Divergence));
        Assert.All(paths.Skip(1), path => Assert.Equal(2_000, path.Path[^1].Epoch));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(21)]
    [InlineData(70_000)]
    public void Frames_StartAtZero_Increase_AndEndAtTheLastEpoch(int epochs)
    {
        var frames = OptimizerComparison.Frames(epochs);

        Assert.Equal(0, frames[0]);
        Assert.Equal(epochs, frames[^1]);
        Assert.All(frames.Zip(frames.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.Equal(Enumerable.Range(0, Math.Min(epochs, 20) + 1), frames.Take(Math.Min(epochs, 20) + 1));
    }

    [Fact]
    public void RacePaths_BadSettings_AreRefusedWithTheirReason()
    {
        var tuned = (new GradientDescent(0.0005), new Momentum(0.0005), new Adam(1));

        var epochs = Assert.Throws<ArgumentException>(() => OptimizerComparison.RacePaths(Data.Train, Neuron.OriginalStart, -1, tuned.Item1, tuned.Item2, tuned.Item3));
        var start = Assert.Throws<ArgumentException>(() => OptimizerComparison.RacePaths(Data.Train, new Neuron(double.NaN, 0), 10, tuned.Item1, tuned.Item2, tuned.Item3));

        Assert.Contains("epochs", epochs.Message, StringComparison.Ordinal);
        Assert.Contains("start", start.Message, StringComparison.Ordinal);
    }
}
