namespace NanoNeuron.Exercises;

/// <summary>An exercise's verdict: ✓ with a word of why, or a hint.</summary>
/// <param name="Passed">Whether the answer is right.</param>
/// <param name="Message">What was right, or a hint towards it.</param>
public sealed record Feedback(bool Passed, string Message)
{
    /// <summary>"✓ …" or "✗ Not yet: …".</summary>
    public override string ToString() => Passed ? $"✓ {Message}" : $"✗ Not yet: {Message}";

    internal static Feedback Right(string message) => new(true, message);

    internal static Feedback Hint(string message) => new(false, message);
}
