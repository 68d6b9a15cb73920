namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 01's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>01 — the model.</summary>
    public static Func<double, double, double, double> Predict => (x, w, b) => x * w + b;
}

/// <summary>Lesson 01's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void Predict_SolutionPasses_ForgottenBiasGetsAHint()
    {
        Accepted(TryIt.Predict(ExerciseSolutions.Predict));
        Rejected(TryIt.Predict((x, w, b) => x * w), "add the bias");
        Rejected(TryIt.Predict((x, w, b) => 0), "should say x·w + b = 7");
    }
}
