namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 05's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>05 — the average cost of w = 2, b = 30, with a loop.</summary>
    public static double AverageCost()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = TryIt.ExerciseNeuron;
        double total = 0;
        for (int i = 0; i < train.Count; i++)
        {
            total += Cost.PredictionCost(train.Y[i], model.Predict(train.X[i]));
        }

        return total / train.Count;
    }
}

/// <summary>Lesson 05's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void AverageCost_SolutionPasses_TotalGetsTheDivideByMHint()
    {
        double solution = ExerciseSolutions.AverageCost();
        Accepted(TryIt.AverageCost(solution));
        Rejected(TryIt.AverageCost(solution * 100), "divide by m = 100");
        Rejected(TryIt.AverageCost(solution * 2), "halve each squared error");
        Rejected(TryIt.AverageCost(0), "add Cost.PredictionCost");
    }

    [Fact]
    public void Lesson05Questions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(Questions.CostTwoDegreesTooHigh(2));
        Rejected(Questions.CostTwoDegreesTooHigh(1), "squares it");
        Rejected(Questions.CostTwoDegreesTooHigh(200), "average");

        Accepted(Questions.LargestError('c'));
        Rejected(Questions.LargestError('a'), "falls further behind");
        Rejected(Questions.LargestError('?'), "in place of '?'");

        Accepted(Questions.CostOfTheDataTwice(3014.3));
        Rejected(Questions.CostOfTheDataTwice(6028.6), "so does m");
        Rejected(Questions.CostOfTheDataTwice(1507.15), "each example costs what it did");
    }
}
