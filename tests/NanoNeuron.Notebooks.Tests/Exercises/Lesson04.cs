namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 04's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>04 — the cost of one prediction.</summary>
    public static Func<double, double, double> PredictionCost => (y, prediction) => (y - prediction) * (y - prediction) / 2;
}

/// <summary>Lesson 04's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void PredictionCost_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.PredictionCost(ExerciseSolutions.PredictionCost));
        Rejected(TryIt.PredictionCost((y, p) => (y - p) * (y - p)), "halve the square");
        Rejected(TryIt.PredictionCost((y, p) => (y - p) / 2), "square the error");
    }
}
