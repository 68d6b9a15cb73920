namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 02's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>02 — Celsius to Fahrenheit.</summary>
    public static Func<double, double> CelsiusToFahrenheit => celsius => celsius * 1.8 + 32;
}

/// <summary>Lesson 02's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void CelsiusToFahrenheit_SolutionPasses_WrongOrderGetsAHint()
    {
        Accepted(TryIt.CelsiusToFahrenheit(ExerciseSolutions.CelsiusToFahrenheit));
        Rejected(TryIt.CelsiusToFahrenheit(c => c * 1.8), "add 32");
        Rejected(TryIt.CelsiusToFahrenheit(c => (c + 32) * 1.8), "should be 32 °F");
        Rejected(TryIt.CelsiusToFahrenheit(c => c * 2 + 32), "multiply by 1.8, then add 32");
    }
}
