using System.Text;

namespace NanoNeuron.Tools;

/// <summary>How long a name and a path may be on the file systems the course runs on (Linux's limits; macOS and Windows allow 255 UTF-16 units a name).</summary>
internal static class PathLimits
{
    /// <summary>The longest file name, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The longest path, in UTF-8 bytes.</summary>
    public const int MaxPathBytes = 4095;

    /// <summary>How many bytes <paramref name="text"/> takes in UTF-8, the encoding Linux paths are written in.</summary>
    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The longest start of <paramref name="name"/> that fits in <paramref name="bytes"/> UTF-8 bytes, never cutting a character in two.</summary>
    public static string Prefix(string name, int bytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        int length = 0;
        int used = 0;
        while (length < name.Length)
        {
            int width = char.IsHighSurrogate(name[length]) && length + 1 < name.Length && char.IsLowSurrogate(name[length + 1]) ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(name.AsSpan(length, width));
            if (used + size > bytes)
            {
                break;
            }

            used += size;
            length += width;
        }

        return name[..length];
    }
}
