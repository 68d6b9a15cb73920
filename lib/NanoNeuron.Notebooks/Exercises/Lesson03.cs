namespace NanoNeuron.Notebooks;

/// <summary>Lesson 03's checkers.</summary>
public static partial class TryIt
{
    /// <summary>The temperatures lesson 03's exercise asks for.</summary>
    public static IReadOnlyList<double> ExerciseTemperatures { get; } = [-10, 0, 10, 20, 30];

    /// <summary>Lesson 03: build a data set of <see cref="ExerciseTemperatures"/> and their Fahrenheit values.</summary>
    public static Feedback DataSet(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.X.SequenceEqual(ExerciseTemperatures))
        {
            return Feedback.Hint($"x should be {string.Join(", ", ExerciseTemperatures)}, in that order; yours is {string.Join(", ", data.X)}.");
        }

        for (int i = 0; i < data.Count; i++)
        {
            if (!Close(data.Y[i], Temperature.CelsiusToFahrenheit(data.X[i])))
            {
                return Feedback.Hint($"the target for {data.X[i]} °C should be {Format(Temperature.CelsiusToFahrenheit(data.X[i]))} °F, not {Format(data.Y[i])}: use Temperature.CelsiusToFahrenheit.");
            }
        }

        return Feedback.Right("five examples, each an input with its correct answer.");
    }
}
