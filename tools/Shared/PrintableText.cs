using System.Globalization;
using System.Text;

namespace NanoNeuron.Tools;

/// <summary>Text from the command line or the file system, made safe to echo on one line of a terminal.</summary>
internal static class PrintableText
{
    /// <summary>
    /// <paramref name="text"/> with every character that a terminal would not show as itself written as \uXXXX: control
    /// characters (a file name or an argument may hold them), the line and paragraph separators, and the bidirectional
    /// formatting characters, which reorder the text around them.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(Hidden))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = Hidden(c) ? shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : shown.Append(c);
        }

        return shown.ToString();
    }

    private static bool Hidden(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
