using System.Globalization;
using System.Text;

namespace NanoNeuron.Tools;

/// <summary>Text from the command line or the file system, made safe to echo on one line of a terminal.</summary>
internal static class PrintableText
{
    /// <summary>
    /// <paramref name="text"/> with every character that a terminal would not show as itself written as \uXXXX (a character
    /// beyond U+FFFF as its two UTF-16 halves, \uXXXX\uXXXX): control characters (a file name or an argument may hold them),
    /// format characters (zero-width spaces and joiners, the byte order mark, the bidirectional marks and overrides, which
    /// reorder the text around them), the line and paragraph separators, every space but the ASCII one (a no-break or an em
    /// space looks like it), and half of a surrogate pair alone (a terminal shows a replacement mark).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = new StringBuilder(text.Length + 16);
        bool changed = false;
        for (int i = 0; i < text.Length;)
        {
            // A lone half of a surrogate pair does not decode: it is one char, shown escaped.
            bool valid = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int width) == System.Buffers.OperationStatus.Done;
            if (!valid || Hidden(rune))
            {
                changed = true;
                foreach (char c in text.AsSpan(i, width))
                {
                    shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                }
            }
            else
            {
                shown.Append(text, i, width);
            }

            i += width;
        }

        return changed ? shown.ToString() : text;
    }

    /// <summary>Whether <paramref name="rune"/> is a character a terminal would not show as itself (see <see cref="Escape"/>).</summary>
    public static bool Hidden(Rune rune) => rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator;
}
