namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 13's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>13 — the cross-entropy of one prediction.</summary>
    public static Func<double, double, double> CrossEntropy => (y, p) => -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));
}

/// <summary>Lesson 13's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void CrossEntropy_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.CrossEntropy(ExerciseSolutions.CrossEntropy));
        Rejected(TryIt.CrossEntropy((y, p) => y * Math.Log(p) + (1 - y) * Math.Log(1 - p)), "minus sign");
        Rejected(TryIt.CrossEntropy((y, p) => -(y * Math.Log10(p) + (1 - y) * Math.Log10(1 - p))), "Math.Log10");
        Rejected(TryIt.CrossEntropy((y, p) => -(y * Math.Log(1 - p) + (1 - y) * Math.Log(p))), "swapped");
    }
}
