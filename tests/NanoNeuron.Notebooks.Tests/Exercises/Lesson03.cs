namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 03's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>03 — a data set of −10, 0, 10, 20 and 30 °C.</summary>
    public static DataSet DataSet()
    {
        double[] celsius = [-10, 0, 10, 20, 30];
        return new DataSet(celsius, celsius.Select(Temperature.CelsiusToFahrenheit));
    }
}

/// <summary>Lesson 03's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void DataSet_SolutionPasses_WrongInputsOrTargetsGetHints()
    {
        Accepted(TryIt.DataSet(ExerciseSolutions.DataSet()));
        Rejected(TryIt.DataSet(new DataSet([0.0], [32.0])), "x should be -10, 0, 10, 20, 30");
        Rejected(TryIt.DataSet(new DataSet([-10.0, 0, 10, 20, 30], [0.0, 0, 0, 0, 0])), "use Temperature.CelsiusToFahrenheit");
    }
}
