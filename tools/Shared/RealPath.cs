namespace NanoNeuron.Tools;

/// <summary>Where a path really leads, every symbolic link along it followed.</summary>
internal static class RealPath
{
    /// <summary>The longest chain of links followed, as Linux's own limit (40, ELOOP); a longer one is kept as it is.</summary>
    private const int MaxLinks = 40;

    /// <summary><paramref name="path"/>, made absolute, with every symbolic link along it resolved (the part that does not exist yet is kept as it is).</summary>
    public static string Of(string path) => Of(Path.GetFullPath(path), 0);

    private static string Of(string fullPath, int depth)
    {
        string root = Path.GetPathRoot(fullPath)!;
        string current = root;
        foreach (string part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (depth < MaxLinks && info.LinkTarget is { } target)
            {
                next = Of(Path.GetFullPath(target, current), depth + 1);
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }
}
