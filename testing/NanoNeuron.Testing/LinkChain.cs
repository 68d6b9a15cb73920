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
    private static Func<int, string> Make(string folder, string prefix)
    {
        Directory.CreateDirectory(Path.Combine(folder, "real"));
        File.CreateSymbolicLink(Path.Combine(folder, $"{prefix}0"), "real");
        for (int i = 1; i < Length; i++)
        {
            File.CreateSymbolicLink(Path.Combine(folder, $"{prefix}{i}"), $"{prefix}{i - 1}");
        }

        return n => Path.Combine(folder, $"{prefix}{n}");
    }

    /// <summary>
    /// Makes <see cref="Make"/>'s chain in <paramref name="folder"/>, a link that loops and one that leads nowhere; returns
    /// what is wrong with <paramref name="problem"/>'s answer for path n, or null when it is right. Path n is link n of the
    /// chain for n &lt; <see cref="Length"/> (fine below 40: Linux follows it), the loop for n = <see cref="Length"/>, and the
    /// link to nowhere above: beyond 40 links the answer must name the link for what it is, and never say <paramref name="neverSays"/>.
    /// </summary>
    public static Func<int, string?> Check(string folder, Func<string, string?> problem, string neverSays)
    {
        var chain = Make(folder, "c");
        string loop = Path.Combine(folder, "loop");
        string nowhere = Path.Combine(folder, "nowhere-link");
        File.CreateSymbolicLink(loop, "loop");
        File.CreateSymbolicLink(nowhere, "nowhere/x");
        return n =>
        {
            string link = n == Length ? loop : n > Length ? nowhere : chain(n);
            string? expected = n < 40 ? null
                : n > Length ? $"'{link}' is a symbolic link to 'nowhere/x', which does not exist"
                : $"'{link}' is a symbolic link that leads back to itself (or through more than 40 links)";
            string? answer = problem(link);
            return expected is null
                ? answer is null ? null : $"through {n + 1} links, which Linux follows, the answer should be none, not: {answer}"
                : answer is null || !answer.Contains(expected, StringComparison.Ordinal) || answer.Contains(neverSays, StringComparison.Ordinal)
                    ? $"through link {n}, the answer should hold \"{expected}\" and not \"{neverSays}\", but is: {answer ?? "none"}"
                    : null;
        };
    }
}
