namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="OverfittingExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>Stop at the epoch of the lowest validation cost (the earliest, if two tie); the training costs cannot tell.</summary>
    public static Func<IReadOnlyList<double>, IReadOnlyList<double>, int> EpochToStopAt => (training, validation) =>
        Enumerable.Range(0, validation.Count).MinBy(epoch => validation[epoch]);
}

/// <summary><see cref="OverfittingExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void EpochToStopAt_SolutionPasses_TrainingCostFirstRiseAndOffByOneGetHints()
    {
        Accepted(OverfittingExercises.EpochToStopAt(ExerciseSolutions.EpochToStopAt));
        var atTheEnd = OverfittingExercises.EpochToStopAt((training, validation) => training.Count - 1);
        Rejected(atTheEnd, "where the training cost is lowest");
        Assert.DoesNotContain($" {Overfitting.Run().BestValidation!.Value.Epoch}", atTheEnd.Message, StringComparison.Ordinal);
        Rejected(OverfittingExercises.EpochToStopAt((training, validation) => Enumerable.Range(0, training.Count).MinBy(e => training[e])), "which other costs");
        Rejected(OverfittingExercises.EpochToStopAt((training, validation) =>
            Enumerable.Range(1, validation.Count - 1).First(e => validation[e] > validation[e - 1]) - 1), "validation costs wobble");
        Rejected(OverfittingExercises.EpochToStopAt((training, validation) => ExerciseSolutions.EpochToStopAt(training, validation) + 1), "one too late");
        Rejected(OverfittingExercises.EpochToStopAt((training, validation) => Enumerable.Range(0, validation.Count).Last(e => validation[e] == validation.Min())), "take the earlier one");
        Rejected(OverfittingExercises.EpochToStopAt((training, validation) => validation.Count), "epochs run from 0");
    }

    [Fact]
    public void BestLineAgainstNoiseFloor_BelowIsRight()
    {
        Accepted(OverfittingExercises.BestLineAgainstNoiseFloor('c'));
        Assert.DoesNotContain("m − 2", OverfittingExercises.BestLineAgainstNoiseFloor('c').Message, StringComparison.Ordinal);
        Rejected(OverfittingExercises.BestLineAgainstNoiseFloor('a'), "beside the true line");
        Rejected(OverfittingExercises.BestLineAgainstNoiseFloor('b'), "TRUE line");
    }

    [Fact]
    public void OverfittingQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(OverfittingExercises.EarlyStoppedTestCost('a'));
        Rejected(OverfittingExercises.EarlyStoppedTestCost('b'), "far apart");
        Rejected(OverfittingExercises.EarlyStoppedTestCost('c'), "does not score worse");
        Rejected(OverfittingExercises.EarlyStoppedTestCost('?'), "in place of '?'");

        Accepted(OverfittingExercises.DecayedValidationCost('a'));
        Rejected(OverfittingExercises.DecayedValidationCost('b'), "far apart");
        Rejected(OverfittingExercises.DecayedValidationCost('c'), "does not raise the validation cost");

        Accepted(OverfittingExercises.WhoseModelChanges('b'));
        Rejected(OverfittingExercises.WhoseModelChanges('a'), "the test readings among them");
        Rejected(OverfittingExercises.WhoseModelChanges('c'), "fits its standardizers on the 12 training readings only");
        Rejected(OverfittingExercises.WhoseModelChanges('?'), "in place of '?'");
    }
}
