namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 07's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>07 — a learning rate that converges: anything clearly below 2/λmax ≈ 0.000609 and not too small.</summary>
    public const double LearningRate = 0.0005;
}

/// <summary>Lesson 07's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void LearningRate_SolutionPasses_TooSmallAndTooLargeGetHints()
    {
        Accepted(TryIt.LearningRate(ExerciseSolutions.LearningRate));
        Rejected(TryIt.LearningRate(0.00001), "stable but slow");
        Rejected(TryIt.LearningRate(0.0007), "diverges at epoch 1333");
        Rejected(TryIt.LearningRate(-1), "small positive number");
    }
}
