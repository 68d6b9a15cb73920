namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 12's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>12 — the slope of tanh.</summary>
    public static Func<double, double> TanhDerivative => z => 1 - Math.Tanh(z) * Math.Tanh(z);
}

/// <summary>Lesson 12's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TanhDerivative_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.TanhDerivative(ExerciseSolutions.TanhDerivative));
        Rejected(TryIt.TanhDerivative(Math.Tanh), "tanh itself");
        Rejected(TryIt.TanhDerivative(z => 1 - Math.Tanh(z)), "square the tanh");
    }
}
