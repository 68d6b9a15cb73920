namespace NanoNeuron.Tools;

/// <summary>What a path is when it is not what it was given as: the one list of kinds the tools and the setup step name.</summary>
internal static class PathKind
{
    /// <summary>
    /// What <paramref name="path"/> is when it is a symbolic link that loops (or sits below a folder link that does) or
    /// leads nowhere, or null: .NET calls such a path missing, or a file.
    /// </summary>
    /// <param name="path">The path given.</param>
    /// <param name="shown">How a path is shown in the answer (escaped, for a terminal).</param>
    public static string? BrokenLink(string path, Func<string, string> shown) =>
        UnixFile.LinkLoop(path) is { } loop
            ? (loop == Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) ? "is" : $"cannot be reached: '{shown(loop)}' is")
                + " a symbolic link that leads back to itself (or through more than 40 links)"
        : RealPath.DanglingTarget(path) is { } target ? $"is a symbolic link to '{shown(target)}', which does not exist"
        : null;

    /// <summary>
    /// What <paramref name="path"/> is when it exists, or seems to, but is no folder — a broken link (<see cref="BrokenLink"/>),
    /// a named pipe or a device, a file — or null when it is a folder or is missing.
    /// </summary>
    /// <param name="path">The path given as a folder.</param>
    /// <param name="shown">How a path is shown in the answer (escaped, for a terminal).</param>
    public static string? NotAFolder(string path, Func<string, string> shown) =>
        Directory.Exists(path) ? null
        : BrokenLink(path, shown) is { } broken ? broken
        : UnixFile.OtherKind(path) is { } kind ? $"is {kind}, not a folder"
        : File.Exists(path) ? "is a file, not a folder"
        : null;
}
