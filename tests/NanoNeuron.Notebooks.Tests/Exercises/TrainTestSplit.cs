using NanoNeuron.ClosedForm;
using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="TrainTestSplitExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>An honest test cost: shuffle and split, train on the training part only, measure on the test part.</summary>
    public static Func<DataSet, double> HonestTestCost => readings =>
    {
        var split = DataSplit.TrainTestSplit(readings);
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train).Model;
        return Propagation.ForwardPropagation(trained, split.Test).Cost;
    };
}

/// <summary><see cref="TrainTestSplitExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void HonestTestCost_SolutionAndLeastSquaresPass_CommonSlipsGetHints()
    {
        Accepted(TrainTestSplitExercises.HonestTestCost(ExerciseSolutions.HonestTestCost));
        var lesson = DataSplit.TrainTestSplit(Thermometer.Readings());
        var lessonsNeuron = Training.TrainModel(Neuron.OriginalStart, lesson.Train).Model;
        Rejected(TrainTestSplitExercises.HonestTestCost(_ => Propagation.ForwardPropagation(lessonsNeuron, lesson.Test).Cost),
            "lesson's own test readings");
        Rejected(TrainTestSplitExercises.HonestTestCost(readings =>
            Propagation.ForwardPropagation(
                Training.TrainModel(Neuron.OriginalStart, DataSplit.TrainTestSplit(readings).Train).Model, lesson.Test).Cost),
            "lesson's own test readings");
        Accepted(TrainTestSplitExercises.HonestTestCost(readings =>
        {
            var split = DataSplit.TrainTestSplit(readings);
            return Propagation.ForwardPropagation(LeastSquares.Fit(split.Train), split.Test).Cost;
        }));
        Rejected(TrainTestSplitExercises.HonestTestCost(readings =>
        {
            var split = DataSplit.TrainTestSplit(readings);
            return Training.TrainModel(Neuron.OriginalStart, split.Train).CostAfter;
        }), "cost on the training readings");
        Rejected(TrainTestSplitExercises.HonestTestCost(readings => Training.TrainModel(Neuron.OriginalStart, readings).CostAfter), "trained on every reading");
        Rejected(TrainTestSplitExercises.HonestTestCost(readings =>
        {
            var train = new DataSet(readings.X.Take(70), readings.Y.Take(70));
            var test = new DataSet(readings.X.Skip(70), readings.Y.Skip(70));
            return Propagation.ForwardPropagation(Training.TrainModel(Neuron.OriginalStart, train).Model, test).Cost;
        }), "shuffle before splitting");
        var start = TrainTestSplitExercises.HonestTestCost(readings => 0);
        Rejected(start, "Three steps");
        Assert.DoesNotContain(Judge.Format(ExerciseSolutions.HonestTestCost(TrainTestSplitExercises.SortedReadings())), start.Message, StringComparison.Ordinal);
    }
}

/// <summary><see cref="TrainTestSplitExercises"/>'s predict-then-run questions accept the truth and explain the other options.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TestCostAgainstTrainingCost_AboveIsRight()
    {
        Accepted(TrainTestSplitExercises.TestCostAgainstTrainingCost('a'));
        Assert.Contains("do not share that noise", TrainTestSplitExercises.TestCostAgainstTrainingCost('a').Message, StringComparison.Ordinal);
        Assert.DoesNotContain("true line", TrainTestSplitExercises.TestCostAgainstTrainingCost('a').Message, StringComparison.Ordinal);
        Rejected(TrainTestSplitExercises.TestCostAgainstTrainingCost('b'), "on another it could be");
        Rejected(TrainTestSplitExercises.TestCostAgainstTrainingCost('c'), "coincidence");
        Rejected(TrainTestSplitExercises.TestCostAgainstTrainingCost('?'), "in place of '?'");
    }

    [Fact]
    public void TrueLineOnTestReadings_NearButNotExactlyTheFloor()
    {
        Accepted(TrainTestSplitExercises.TrueLineOnTestReadings('c'));
        Rejected(TrainTestSplitExercises.TrueLineOnTestReadings('a'), "middle of the noise");
        Rejected(TrainTestSplitExercises.TrueLineOnTestReadings('b'), "average over very many readings");
    }

    [Fact]
    public void LineThroughTwoReadings_HigherIsRight()
    {
        Accepted(TrainTestSplitExercises.LineThroughTwoReadings('c'));
        Rejected(TrainTestSplitExercises.LineThroughTwoReadings('a'), "exactly through them");
        Rejected(TrainTestSplitExercises.LineThroughTwoReadings('b'), "within 1 %");
        Rejected(TrainTestSplitExercises.LineThroughTwoReadings('?'), "in place of '?'");
    }
}
