using System.Runtime.CompilerServices;
using NanoNeuron.Charts;
using NanoNeuron.Tools;
using NanoNeuron.Optimization;

namespace NanoNeuron.Cli;

/// <summary>
/// Renders and writes the chart page: the only code of the command line that uses the chart library, so that a run
/// without <c>--chart</c> never loads it (NanoNeuron.Course, Plotly.NET and FSharp.Core take tens of milliseconds to
/// load). Writes it safely, in two steps: <see cref="Stage"/> writes the page to a new file with a unique name beside
/// the target (never an existing file or a link), and <see cref="StagedChart.Commit"/> puts it in the target's place in one
/// step. Until then the old chart is as it was, and a staged page that is never committed is deleted: the command line
/// commits only once the report has reached standard output, so that both are written or neither is.
/// </summary>
internal static class ChartFile
{
    /// <summary>
    /// The bytes a temporary name adds to the target's: a leading '.', and '.', 32 hexadecimal digits and ".tmp" after it.
    /// A name too long for that is shortened in the temporary name only.
    /// </summary>
    private const int TemporaryNameBytes = 1 + 1 + 32 + 4;

    /// <summary>The offline page with the cost history and the fitted line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Render(TrainingResult<Neuron> result, DataSet train) =>
        OfflineHtml.Render(TrainingCharts.TrainingReport(result, train), "NanoNeuron training");

    /// <summary>
    /// Why the chart cannot be written at <paramref name="path"/>, or null if it can. A symbolic link is followed: the chart
    /// replaces the file it leads to, and the link stays; a link whose target's folder is missing is refused. The folder the
    /// chart goes into must let a file be created in it (checked by creating one and removing it). A file or folder that is
    /// immutable or append-only (chattr +i, +a), which its mode does not show, is refused for that, with chattr as the fix.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string? Problem(string path)
    {
        if (path.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "the chart's name holds bytes that are not UTF-8 (.NET reads each as \\ufffd, so the file would get another name than the one typed): name it in UTF-8, such as training.html.";
        }

        if (path.Length > 0 && string.IsNullOrWhiteSpace(path))
        {
            return "the chart path is blank (only white space): pass a file name ending in .html, such as training.html.";
        }

        if (LostCurrentFolder(path) is { } lost)
        {
            return lost;
        }

        // Before the folder is looked for: Linux answers "no such file" for a path it cannot take, whether the folder exists or not.
        if (LongPath(path) is { } tooLong)
        {
            return tooLong;
        }

        if (BrokenFolder(path) is { } broken)
        {
            return broken;
        }

        string fullPath;
        try
        {
            fullPath = OfflineHtml.CheckPath(path);
        }
        catch (ArgumentException exception)
        {
            return exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;
        }

        string target;
        try
        {
            target = Target(fullPath);
        }
        catch (IOException exception)
        {
            return $"'{path}' is a symbolic link that cannot be followed ({exception.Message}): remove the link (rm '{path}') or choose another file name.";
        }

        string folder = Path.GetDirectoryName(target)!;
        if (target != fullPath)
        {
            if (!Directory.Exists(folder))
            {
                return $"'{path}' is a symbolic link to '{target}', whose folder does not exist: create the folder (mkdir -p '{folder}'), or remove the link (rm '{path}') to write the chart in its place.";
            }

            if (Directory.Exists(target))
            {
                return $"'{path}' is a symbolic link to the folder '{target}': name a file, such as {Path.Combine(path, "training.html")}.";
            }
        }

        if (UnixFile.OtherKind(target) is { } kind)
        {
            string what = target == fullPath ? $"'{path}' is {kind}" : $"'{path}' is a symbolic link to '{target}', which is {kind}";
            return $"{what}, not a file, and the chart would replace it with one: name a file, such as training.html.";
        }

        string fileName = Path.GetFileName(target);
        if (PathLimits.Bytes(fileName) > PathLimits.MaxNameBytes)
        {
            return $"the file name is {PathLimits.Bytes(fileName)} bytes long (in UTF-8), more than a file name can be ({PathLimits.MaxNameBytes}): choose a shorter name, such as training.html.";
        }

        if (PathLimits.Bytes(TemporaryPath(target, "0123456789abcdef0123456789abcdef")) > PathLimits.MaxPathBytes)
        {
            return $"'{path}' is too long: the chart is written beside it first, under a name up to {TemporaryNameBytes} bytes longer, and a path may have at most {PathLimits.MaxPathBytes} bytes. Choose a shorter path.";
        }

        // The folder first: a file in /proc looks read-only, but no chmod makes its folder take a chart.
        if (FolderProblem(folder) is { } folderProblem)
        {
            return folderProblem;
        }

        return File.Exists(target) ? LockedFile(target, path) ?? ReadOnly(target, path) : null;
    }

    /// <summary>
    /// Why the chart may not replace the file <paramref name="target"/> whatever its mode, or null: it is immutable
    /// (chattr +i) or append-only (chattr +a), so that even root may not rename another file over it.
    /// </summary>
    /// <remarks>The fix names the file a link leads to: chattr changes that file, not the link.</remarks>
    private static string? LockedFile(string target, string path) => UnixFile.Attributes(target) switch
    {
        (Immutable: true, _) => $"'{path}' is immutable (chattr +i), so not even root may replace it: remove the attribute (chattr -i '{target}', as root) or choose another file name.",
        (_, AppendOnly: true) => $"'{path}' is append-only (chattr +a), so not even root may replace it: remove the attribute (chattr -a '{target}', as root) or choose another file name.",
        _ => null,
    };

    /// <summary>
    /// Why the chart may not replace the file <paramref name="target"/>, or null: it is read-only (no write bit for anyone:
    /// its owner marked it so, and even root keeps off), or this process may not write it. The fix named is one the caller
    /// can apply: chmod for their own file (or as root), another name for someone else's.
    /// </summary>
    private static string? ReadOnly(string target, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly) ? $"'{path}' is read-only: make it writable or choose another file name." : null;
        }

        const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        var owner = UnixFile.Owner(target);
        var user = UnixFile.User();
        bool someoneElses = owner is { } file && user is { } caller && caller != 0 && file.User != caller;
        // In a folder with the sticky bit (as /tmp has), only a file's owner, the folder's or root may replace it, whatever its mode.
        string folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        bool stuck = someoneElses && File.GetUnixFileMode(folder).HasFlag(UnixFileMode.StickyBit) && UnixFile.Owner(folder)?.User != user;
        if ((File.GetUnixFileMode(target) & AnyWrite) != 0 && UnixFile.MayWrite(target) != false && !stuck)
        {
            return null;
        }

        return stuck
            ? $"'{path}' belongs to another user (uid {owner!.Value.User}), in a folder where only a file's owner may replace it (its sticky bit, as /tmp has): choose another file name."
            : someoneElses
            ? $"'{path}' belongs to another user (uid {owner!.Value.User}), and you may not write it: choose another file name, or ask its owner to make it writable."
            : $"'{path}' is read-only: make it writable (chmod u+w) or choose another file name.";
    }

    /// <summary>
    /// Why no chart can be written under the chart's folder, or null: a part of it is a symbolic link no path can pass (one
    /// that loops, too long a chain of links, one that leads nowhere), or a file (.NET would call the folder missing, and
    /// "create it" cannot work).
    /// </summary>
    private static string? BrokenFolder(string path)
    {
        const string Link = "so the chart's folder cannot be reached: remove or fix the link, or choose another folder.";
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path)) is not { } folder ? null
                : UnixFile.LinkLoop(folder) is { } loop ? $"'{loop}' is a symbolic link that leads back to itself (or through more than 40 links), {Link}"
                : RealPath.DanglingPart(folder) is var (link, target) ? $"'{link}' is a symbolic link to '{target}', which does not exist, {Link}"
                : FilePart(folder) is { } file ? $"'{file}' is a file, not a folder, so the chart cannot be written under it: name a folder, or choose another path."
                : null;
        }
        catch (ArgumentException)
        {
            return null; // answered by OfflineHtml.CheckPath
        }
    }

    /// <summary>The first part of <paramref name="folder"/> (absolute) that is a file (or a link to one), or null.</summary>
    private static string? FilePart(string folder)
    {
        string current = Path.GetPathRoot(folder)!;
        foreach (string part in folder[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (!Directory.Exists(current))
            {
                return File.Exists(current) ? current : null;
            }
        }

        return null;
    }

    /// <summary>Why the relative <paramref name="path"/> cannot be made absolute, or null: the current folder is gone.</summary>
    /// <remarks>
    /// A folder deleted while a shell was in it (by <c>rm -rf</c> or a checkout in another terminal) stays the process's
    /// current folder, but getcwd(2) fails, and so does every path relative to it. An absolute path does not need it.
    /// </remarks>
    private static string? LostCurrentFolder(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path))
        {
            return null;
        }

        try
        {
            _ = Directory.GetCurrentDirectory();
            return null;
        }
        catch (IOException)
        {
            return "the current folder no longer exists (deleted while this shell was in it): cd to an existing folder, or pass an absolute --chart path.";
        }
    }

    /// <summary>Why <paramref name="path"/>, made absolute, is longer than Linux takes (<see cref="PathLimits.MaxPathBytes"/>), or null.</summary>
    private static string? LongPath(string path)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            return null; // answered by OfflineHtml.CheckPath
        }

        int bytes = PathLimits.Bytes(fullPath);
        return bytes > PathLimits.MaxPathBytes
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the chart's path is {bytes:N0} bytes long (in UTF-8, from the root), more than a path can be ({PathLimits.MaxPathBytes:N0}): choose a shorter path, such as training.html.")
            : null;
    }

    /// <summary>Why no file can be created in <paramref name="folder"/>, where the chart goes, or null: found before training, not after.</summary>
    private static string? FolderProblem(string folder) =>
        WritableFolder.Check(folder) is { } obstacle
            ? $"the folder '{folder}' {obstacle.What}, so the chart cannot be written in it: "
                + (obstacle.ChmodFixes ? $"make the folder writable (chmod u+w '{folder}') or choose another folder."
                    : obstacle.Attribute is { } attribute ? $"remove the attribute (chattr -{attribute} '{obstacle.AttributeOn ?? folder}', as root) or choose another folder."
                    : obstacle.OwnerFixes ? "choose another folder, or ask its owner to make it writable."
                    : "choose another folder.")
            : null;

    /// <summary>
    /// Where the chart goes: <paramref name="fullPath"/> itself, or, if it is a symbolic link, the file it leads to (through
    /// every link on the way, relative ones from the link's folder). The target may not exist yet.
    /// </summary>
    /// <exception cref="IOException">The links lead round in a circle, or too deep.</exception>
    private static string Target(string fullPath) =>
        new FileInfo(fullPath).LinkTarget is null ? fullPath : Path.GetFullPath(File.ResolveLinkTarget(fullPath, returnFinalTarget: true)!.FullName);

    /// <summary>
    /// Writes <paramref name="html"/>, a page from <see cref="OfflineHtml.Render"/>, to a new temporary file beside
    /// <paramref name="path"/> (beside the file it leads to, if it is a symbolic link), with the permissions of the file it
    /// will replace (if there is one), and its owner and group where the system allows it (Linux, run as root or by its owner).
    /// </summary>
    /// <exception cref="IOException">The page could not be written; the message names the target, never the temporary file.</exception>
    public static StagedChart Stage(string html, string path)
    {
        string fullPath = Path.GetFullPath(path);
        string? candidate = null;
        string? temporary = null;
        try
        {
            fullPath = Target(fullPath);
            UnixFileMode? mode = OperatingSystem.IsWindows() || !File.Exists(fullPath) ? null : File.GetUnixFileMode(fullPath);
            var owner = mode is null ? null : UnixFile.Owner(fullPath);
            FileStream stream;
            for (int attempt = 0; ; attempt++)
            {
                candidate = TemporaryPath(fullPath, Guid.NewGuid().ToString("N"));
                try
                {
                    // CreateNew fails if anything has that name, a symbolic link included: nothing is followed or replaced.
                    // Created with no more permissions than the file it replaces (the umask may take some away)...
                    var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                    if (mode is { } created && !OperatingSystem.IsWindows())
                    {
                        options.UnixCreateMode = created;
                    }

                    stream = new FileStream(candidate, options);
                    temporary = candidate;
                    break;
                }
                catch (IOException) when (attempt < 10 && File.Exists(candidate))
                {
                }
            }

            using (stream)
            {
                if (owner is { } kept)
                {
                    UnixFile.TrySetOwner(stream.SafeFileHandle, kept.User, kept.Group); // ...given its owner (before the mode: chown clears set-user-ID)...
                }

                if (mode is { } permissions && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, permissions); // ...then exactly its permissions, before any content.
                }

                using var writer = new StreamWriter(stream);
                writer.Write(html);
            }

            var staged = new StagedChart(temporary, fullPath);
            temporary = null;
            return staged;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Also when the temporary file could not even be created (its folder was removed since the arguments were checked, say).
            throw new IOException(Reason(exception, candidate, fullPath), exception);
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Where the page is written first: <c>.name.guid.tmp</c> beside the target, the name shortened (never in the middle of a
    /// character) when the whole would be longer than a file name may be.
    /// </summary>
    private static string TemporaryPath(string fullPath, string unique)
    {
        string name = PathLimits.Prefix(Path.GetFileName(fullPath), PathLimits.MaxNameBytes - TemporaryNameBytes);
        return Path.Combine(Path.GetDirectoryName(fullPath)!, $".{name}.{unique}.tmp");
    }

    private static string Reason(Exception exception, string? temporary, string fullPath) =>
        temporary is null ? exception.Message : exception.Message.Replace(temporary, fullPath, StringComparison.Ordinal);

    /// <summary>A chart page written beside its target and not yet in its place; disposed uncommitted, it is deleted.</summary>
    internal sealed class StagedChart : IDisposable
    {
        private string? temporary;

        internal StagedChart(string temporary, string fullPath)
        {
            this.temporary = temporary;
            FullPath = fullPath;
        }

        /// <summary>The target's full path: the file a symbolic link leads to, if <c>--chart</c> named one.</summary>
        public string FullPath { get; }

        /// <summary>Puts the page in the target's place in one step (rename(2); the target is the file a link led to, never the link).</summary>
        /// <exception cref="IOException">It could not be moved; the message names the target, never the temporary file.</exception>
        public void Commit()
        {
            ObjectDisposedException.ThrowIf(temporary is null, this);
            try
            {
                File.Move(temporary, FullPath, overwrite: true);
                temporary = null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new IOException(Reason(exception, temporary, FullPath), exception);
            }
        }

        /// <summary>Deletes the page if it was not committed.</summary>
        public void Dispose()
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
                temporary = null;
            }
        }
    }
}
