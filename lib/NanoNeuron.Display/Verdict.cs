namespace NanoNeuron.Display;

/// <summary>An exercise's verdict as HTML: its text in green when right, in red when not (the text itself starts with ✓ or ✗).</summary>
public static class Verdict
{
    /// <summary>Green on white (5.0:1) for a right answer.</summary>
    public const string RightColour = "#1a7f37";

    /// <summary>Red on white (6.5:1) for a hint.</summary>
    public const string HintColour = "#b3261e";

    /// <summary>The verdict's text, encoded, in the colour of <paramref name="passed"/>.</summary>
    public static string Html(bool passed, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return $"<div style=\"color:{(passed ? RightColour : HintColour)};font-weight:600\">{HtmlTable.Encode(text)}</div>";
    }
}
