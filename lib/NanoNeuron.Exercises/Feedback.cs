using System.Globalization;
using System.Runtime.CompilerServices;

namespace NanoNeuron.Exercises;

/// <summary>An exercise's verdict: ✓ with a word of why, or a hint.</summary>
/// <param name="Passed">Whether the answer is right.</param>
/// <param name="Message">What was right, or a hint towards it.</param>
public sealed record Feedback(bool Passed, string Message)
{
    /// <summary>"✓ …" or "✗ Not yet: …".</summary>
    public override string ToString() => Passed ? $"✓ {Message}" : $"✗ Not yet: {Message}";

    internal static Feedback Right(string message) => new(true, message);

    /// <summary>✓ and why; the numbers in the text are written in the invariant culture, whatever the learner's.</summary>
    internal static Feedback Right(ref InvariantText message) => new(true, message.ToStringAndClear());

    internal static Feedback Hint(string message) => new(false, message);

    /// <summary>A hint; the numbers in the text are written in the invariant culture, whatever the learner's.</summary>
    internal static Feedback Hint(ref InvariantText message) => new(false, message.ToStringAndClear());

    /// <summary>
    /// An interpolated string whose holes are formatted in the invariant culture: <c>$"… {x:F2} …"</c> handed to
    /// <see cref="Right(ref InvariantText)"/> or <see cref="Hint(ref InvariantText)"/> reads "0.66", not "0,66", in a German notebook.
    /// </summary>
    [InterpolatedStringHandler]
    internal ref struct InvariantText
    {
        private DefaultInterpolatedStringHandler text;

        public InvariantText(int literalLength, int formattedCount) =>
            text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

        public void AppendLiteral(string value) => text.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

        public void AppendFormatted<T>(T value, int alignment) => text.AppendFormatted(value, alignment);

        public void AppendFormatted<T>(T value, int alignment, string? format) => text.AppendFormatted(value, alignment, format);

        public void AppendFormatted(string? value) => text.AppendFormatted(value);

        public string ToStringAndClear() => text.ToStringAndClear();
    }
}
