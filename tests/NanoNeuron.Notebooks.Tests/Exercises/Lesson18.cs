namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 18's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>18 — stop at the epoch of the lowest validation cost (the earliest, if two tie); the training costs cannot tell.</summary>
    public static Func<IReadOnlyList<double>, IReadOnlyList<double>, int> EpochToStopAt => (training, validation) =>
        Enumerable.Range(0, validation.Count).MinBy(epoch => validation[epoch]);
}

/// <summary>Lesson 18's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void EpochToStopAt_SolutionPasses_TrainingCostFirstRiseAndOffByOneGetHints()
    {
        Accepted(TryIt.EpochToStopAt(ExerciseSolutions.EpochToStopAt));
        Rejected(TryIt.EpochToStopAt((training, validation) => training.Count - 1), "where the training cost is lowest");
        Rejected(TryIt.EpochToStopAt((training, validation) => Enumerable.Range(0, training.Count).MinBy(e => training[e])), "look at the validation costs");
        Rejected(TryIt.EpochToStopAt((training, validation) =>
            Enumerable.Range(1, validation.Count - 1).First(e => validation[e] > validation[e - 1]) - 1), "validation costs wobble");
        Rejected(TryIt.EpochToStopAt((training, validation) => ExerciseSolutions.EpochToStopAt(training, validation) + 1), "one too late");
        Rejected(TryIt.EpochToStopAt((training, validation) => Enumerable.Range(0, validation.Count).Last(e => validation[e] == validation.Min())), "take the earlier one");
        Rejected(TryIt.EpochToStopAt((training, validation) => validation.Count), "epochs run from 0");
    }

    [Fact]
    public void Lesson18Questions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(Questions.EarlyStoppedTestCost('a'));
        Rejected(Questions.EarlyStoppedTestCost('b'), "the difference is not small");
        Rejected(Questions.EarlyStoppedTestCost('c'), "lowered only the training cost");
        Rejected(Questions.EarlyStoppedTestCost('?'), "in place of '?'");

        Accepted(Questions.DecayedValidationCost('a'));
        Rejected(Questions.DecayedValidationCost('b'), "the difference is large");
        Rejected(Questions.DecayedValidationCost('c'), "does make the training cost higher");

        Accepted(Questions.WhoseModelChanges('b'));
        Rejected(Questions.WhoseModelChanges('a'), "reads the test readings before training");
        Rejected(Questions.WhoseModelChanges('c'), "fits its standardizers on the 12 training readings only");
        Rejected(Questions.WhoseModelChanges('?'), "in place of '?'");
    }

    [Fact]
    public void Lesson18Run_OverfitsClearly_EarlyStoppingAndDecayHelpOnTheTestReadings()
    {
        var run = TryIt.Lesson18Run();
        var best = run.BestValidation!.Value;
        Assert.Equal(394, best.Epoch);
        Assert.True(run.CostHistory[^1] < run.CostHistory[best.Epoch]);
        Assert.True(run.ValidationHistory[^1] > 2 * best.Cost);
        var (early, late) = Questions.EarlyAndLateTestCosts();
        Assert.True(early < late / 3);
        Assert.True(TryIt.Lesson18Run(TryIt.OverfittingLambda).ValidationHistory[^1] < run.ValidationHistory[^1] / 2);
        Assert.Equal([12, 24, 24], new[] { TryIt.CheapReadings().Train.Count, TryIt.CheapReadings().Validation.Count, TryIt.CheapReadings().Test.Count });
    }
}
