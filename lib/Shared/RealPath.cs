namespace NanoNeuron.Tools;

/// <summary>Where a path really leads, every symbolic link along it followed.</summary>
internal static class RealPath
{
    /// <summary>The longest chain of links followed, as Linux's own limit (40, ELOOP); a longer one is kept as it is.</summary>
    private const int MaxLinks = 40;

    /// <summary><paramref name="path"/>, made absolute, with every symbolic link along it resolved (the part that does not exist yet is kept as it is).</summary>
    public static string Of(string path) => Of(Path.GetFullPath(path), 0);

    /// <summary>
    /// Where <paramref name="path"/> leads when it is a symbolic link that leads nowhere, or null: its target as written,
    /// or, through a chain of links, the path at the end of the chain, which does not exist. .NET calls such a link an
    /// existing file.
    /// </summary>
    public static string? DanglingTarget(string path)
    {
        if (new FileInfo(path).LinkTarget is not { } target || Of(path) is var end && Path.Exists(end))
        {
            return null;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is not null && new FileInfo(Path.GetFullPath(target, folder)).LinkTarget is null ? target : end;
    }

    /// <summary>
    /// The first part of <paramref name="path"/> (made absolute) that is a symbolic link leading nowhere, with where it
    /// leads, or null: nothing can be created under it, and .NET calls it a file, or just missing.
    /// </summary>
    public static (string Link, string Target)? DanglingPart(string path)
    {
        string fullPath = Path.GetFullPath(path);
        string root = Path.GetPathRoot(fullPath)!;
        string current = root;
        foreach (string part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (DanglingTarget(current) is { } target)
            {
                return (current, target);
            }

            if (!Path.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

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
