namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="ForwardPropagationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>The average cost of w = 2, b = 30, with a loop.</summary>
    public static double AverageCost()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = ForwardPropagationExercises.ExerciseNeuron;
        double total = 0;
        for (int i = 0; i < train.Count; i++)
        {
            total += Cost.PredictionCost(train.Y[i], model.Predict(train.X[i]));
        }

        return total / train.Count;
    }
}

/// <summary><see cref="ForwardPropagationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void AverageCost_SolutionPasses_TotalGetsTheDivideByMHint()
    {
        double solution = ExerciseSolutions.AverageCost();
        Accepted(ForwardPropagationExercises.AverageCost(solution));
        Rejected(ForwardPropagationExercises.AverageCost(solution * 100), "divide by m = 100");
        Rejected(ForwardPropagationExercises.AverageCost(double.NaN), "replace double.NaN");
        Rejected(ForwardPropagationExercises.AverageCost(solution * 2), "halve each squared error");
        Rejected(ForwardPropagationExercises.AverageCost(0), "add Cost.PredictionCost");
    }

    [Fact]
    public void ForwardPropagationQuestions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(ForwardPropagationExercises.CostTwoDegreesTooHigh(2));
        Rejected(ForwardPropagationExercises.CostTwoDegreesTooHigh(1), "squares the error");
        Assert.DoesNotContain("= 2", ForwardPropagationExercises.CostTwoDegreesTooHigh(1).Message, StringComparison.Ordinal);
        Rejected(ForwardPropagationExercises.CostTwoDegreesTooHigh(200), "average");

        Accepted(ForwardPropagationExercises.LargestError('c'));
        Rejected(ForwardPropagationExercises.LargestError('a'), "what does that do to the gap");
        Assert.DoesNotContain("grows", ForwardPropagationExercises.LargestError('a').Message, StringComparison.Ordinal);
        Assert.DoesNotContain("99", ForwardPropagationExercises.LargestError('b').Message, StringComparison.Ordinal);
        Rejected(ForwardPropagationExercises.LargestError('?'), "in place of '?'");

        Accepted(ForwardPropagationExercises.CostOfTheDataTwice(3014.3));
        Accepted(ForwardPropagationExercises.CostOfTheDataTwice(3014));
        Rejected(ForwardPropagationExercises.CostOfTheDataTwice(6028.6), "so does m");
        Rejected(ForwardPropagationExercises.CostOfTheDataTwice(1507.15), "each example costs what it did");
    }
}
