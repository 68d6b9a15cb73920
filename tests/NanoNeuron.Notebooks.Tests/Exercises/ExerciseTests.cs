namespace NanoNeuron.Notebooks.Tests;

/// <summary>Every checker accepts its worked solution and rejects a wrong answer with a useful hint.</summary>
public partial class ExerciseTests
{
    private static void Accepted(Feedback feedback) => Assert.True(feedback.Passed, feedback.ToString());

    private static void Rejected(Feedback feedback, string hint)
    {
        Assert.False(feedback.Passed, feedback.ToString());
        Assert.StartsWith("✗ Not yet: ", feedback.ToString(), StringComparison.Ordinal);
        Assert.Contains(hint, feedback.Message, StringComparison.Ordinal);
    }
}
