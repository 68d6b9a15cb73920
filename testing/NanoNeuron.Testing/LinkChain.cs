namespace NanoNeuron.Testing;

/// <summary>Symbolic links for the tests of paths: a chain longer than Linux follows (40), a loop, a link that leads nowhere.</summary>
public static class LinkChain
{
    /// <summary>The number of links in <see cref="Make"/>'s chain: more than the 40 Linux follows in one path.</summary>
    public const int Length = 44;

    /// <summary>
    /// Makes a folder <c>real</c> in <paramref name="folder"/> and a chain of links to it, <c>{prefix}0</c> → real,
    /// <c>{prefix}1</c> → <c>{prefix}0</c>, …; returns the path of link n (reaching real through n + 1 links).
    /// </summary>
    public static Func<int, string> Make(string folder, string prefix)
    {
        Directory.CreateDirectory(Path.Combine(folder, "real"));
        File.CreateSymbolicLink(Path.Combine(folder, $"{prefix}0"), "real");
        for (int i = 1; i < Length; i++)
        {
            File.CreateSymbolicLink(Path.Combine(folder, $"{prefix}{i}"), $"{prefix}{i - 1}");
        }

        return n => Path.Combine(folder, $"{prefix}{n}");
    }
}
