using NanoNeuron.Data;

namespace NanoNeuron.Notebooks;

/// <summary>
/// The checkers of the lessons' "Try it" cells: each takes the learner's answer and says at once whether it
/// is right. Each lesson's checkers are in Exercises/LessonNN.cs; worked solutions
/// are in tests/NanoNeuron.Notebooks.Tests/Exercises/LessonNN.cs.
/// </summary>
public static partial class TryIt
{
    private const double Tolerance = 1e-9;

    /// <summary>The neuron the exercises of lessons 05 and 06 ask about.</summary>
    public static Neuron ExerciseNeuron { get; } = new(2, 30);

    /// <summary>The noisy readings of lessons 09 and 19, split 70/30 with the course's seed.</summary>
    public static DataSets NoisySplit() => DataSplit.TrainTestSplit(Thermometer.Readings());

    internal static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));

    internal static string Format(double value) => Formatters.Number(value);
}
