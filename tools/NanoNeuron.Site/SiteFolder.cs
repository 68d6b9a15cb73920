using System.Globalization;
using System.Text;
using System.Text.Json;
using NanoNeuron.Tools;

namespace NanoNeuron.Site;

/// <summary>
/// The site's folder, replaced only by a build that succeeded. A build writes into <see cref="Staging"/>, a fresh folder
/// inside the site's (so on the same file system, whatever links lead to it); <see cref="Publish"/> then moves every file it
/// wrote into place and removes the files an earlier build wrote that this one did not. A build that fails or is stopped
/// leaves the site as it was. The marker file lists what the builder wrote, so that it never removes anything else.
/// One build at a time writes a folder: each holds <see cref="SiteBuilder.Lock"/> from <see cref="Open"/> to
/// <see cref="Dispose"/> (attack 13, A13a-14: two builds at once both said "Built", and the first one's publish removed
/// the second one's pages).
/// </summary>
internal sealed class SiteFolder : IDisposable
{
    /// <summary>The prefix of a build's staging folder; the process id and a random part follow.</summary>
    public const string StagingPrefix = ".nanoneuron-build-";

    private const string MarkerText =
        "A site written by tools/NanoNeuron.Site; the builder writes over this folder only because of this file.\n" +
        "Below, one JSON string a line, is every file it wrote: a later build removes those it no longer writes, and nothing else.\n";

    private readonly string folder;
    private readonly bool createdFolder;
    private readonly IReadOnlyList<string> createdParents;
    private readonly bool createdMarker;
    private readonly FileStream buildLock;
    private readonly bool createdLock;
    private bool published;

    private SiteFolder(
        string folder, bool createdFolder, IReadOnlyList<string> createdParents, bool createdMarker, string staging, FileStream buildLock, bool createdLock)
    {
        this.folder = folder;
        this.buildLock = buildLock;
        this.createdLock = createdLock;
        this.createdFolder = createdFolder;
        this.createdParents = createdParents;
        this.createdMarker = createdMarker;
        Staging = staging;
    }

    /// <summary>Where this build writes the site: a new folder, moved into place by <see cref="Publish"/>.</summary>
    public string Staging { get; }

    /// <summary>
    /// Prepares <paramref name="folder"/>, which must be missing, empty or a site this builder wrote
    /// (<see cref="SiteBuilder.RefuseOutput"/>): creates it (with the folders above it that are missing), takes its lock,
    /// creates its marker if needed, removes the staging folders of builds that were killed, and creates this build's.
    /// Returns null, with why on <paramref name="busy"/>, when another build holds the lock: nothing is changed then.
    /// </summary>
    /// <exception cref="IOException">The lock's place holds something else than a file (a folder, a link, a named pipe).</exception>
    public static SiteFolder? Open(string folder, out string? busy)
    {
        var missing = MissingFolders(folder);
        bool createdFolder = missing.Count > 0;
        Directory.CreateDirectory(folder);
        var buildLock = Lock(folder, out busy, out bool createdLock);
        if (buildLock is null)
        {
            return null; // another build's folder: what is there, even what this call created, is that build's now
        }

        try
        {
            string marker = Path.Combine(folder, SiteBuilder.Marker);
            bool createdMarker = !File.Exists(marker);
            if (createdMarker)
            {
                WriteMarker(folder, []);
            }

            Tools.ProcessFolders.RemoveLeftovers(folder, StagingPrefix);

            string staging = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{StagingPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"));
            Directory.CreateDirectory(staging);
            return new SiteFolder(folder, createdFolder, [.. missing.Skip(1)], createdMarker, staging, buildLock, createdLock);
        }
        catch
        {
            buildLock.Dispose(); // released at once, not when the finalizer runs
            throw;
        }
    }

    /// <summary>
    /// Takes the folder's lock (<see cref="SiteBuilder.Lock"/>, an empty file, created if missing: <paramref name="created"/>),
    /// or returns null with why (another build holds it, with its process id when it can be told: <see cref="Holder"/>).
    /// </summary>
    /// <remarks>
    /// An exclusive FileStream: an advisory lock (flock) that the system releases when its process ends, even killed, so a
    /// lock file left behind never blocks a build. Never opened through a link or a named pipe (either would write elsewhere
    /// or block).
    /// </remarks>
    private static FileStream? Lock(string folder, out string? busy, out bool created)
    {
        busy = null;
        created = false;
        string path = Path.Combine(folder, SiteBuilder.Lock);
        if (new FileInfo(path).LinkTarget is not null || Directory.Exists(path) || UnixFile.OtherKind(path) is not null)
        {
            throw new IOException($"'{SiteBuilder.Shown(path)}', where the builder keeps its lock, is not a file: remove it");
        }

        try
        {
            created = !File.Exists(path);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (HeldByAnother(exception))
        {
            string pid = Holder(folder) is { } holder ? string.Create(CultureInfo.InvariantCulture, $" (pid {holder})") : "";
            busy = $"another build is writing this folder{pid}: wait for it to end, or choose another --output, such as --output artifacts/site2.";
            return null;
        }
    }

    /// <summary>
    /// The process id of the build that holds <paramref name="folder"/>'s lock, or null if it cannot be told: the one running
    /// process whose staging folder is there (the lock itself cannot be read while held: .NET locks it for reading too).
    /// </summary>
    private static int? Holder(string folder)
    {
        try
        {
            var running = Directory.EnumerateDirectories(folder, StagingPrefix + "*")
                .Select(path => ProcessFolders.Owner(Path.GetFileName(path), StagingPrefix))
                .Where(pid => pid is { } id && ProcessFolders.IsRunning(id)).Distinct().ToList();
            return running.Count == 1 ? running[0] : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether opening the lock failed because another process holds it: FileStream's exclusive lock reports EWOULDBLOCK
    /// (11 on Linux, 35 on macOS) or ERROR_SHARING_VIOLATION / ERROR_LOCK_VIOLATION (Windows) as a plain IOException.
    /// </summary>
    private static bool HeldByAnother(Exception exception) =>
        exception.GetType() == typeof(IOException)
        && (OperatingSystem.IsWindows() ? exception.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021)
            : exception.HResult == (OperatingSystem.IsMacOS() ? 35 : 11));

    /// <summary>
    /// Puts the staged site in place: every staged file replaces the file of the same name (a link there is replaced, never
    /// followed), then the files of the earlier build that this one did not write are removed. Nothing is moved unless
    /// every file can be.
    /// </summary>
    /// <exception cref="IOException">Something in the site's folder stands where the site writes (a folder where it writes a file, say); nothing was moved.</exception>
    public void Publish()
    {
        var (written, earlier) = CheckPlaces();
        // Until the earlier files are removed, the marker lists both builds' files: a build killed in between leaves none unlisted.
        WriteMarker(folder, [.. earlier.Union(written, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        foreach (string file in written)
        {
            string target = MakePlace(file);
            File.Move(Path.Combine(Staging, file), target, overwrite: true);
        }

        var writtenSet = written.ToHashSet(StringComparer.Ordinal);
        foreach (string stale in earlier.Where(file => !writtenSet.Contains(file)))
        {
            Remove(stale);
        }

        WriteMarker(folder, written);
        Directory.Delete(Staging, recursive: true);
        published = true;
    }

    /// <summary>
    /// Checks, without moving anything, that <see cref="Publish"/> can put every staged file in place; returns the staged
    /// files and those the earlier build wrote.
    /// </summary>
    /// <exception cref="IOException">As <see cref="Publish"/>.</exception>
    public (List<string> Written, HashSet<string> Earlier) CheckPlaces()
    {
        ObjectDisposedException.ThrowIf(published, this);
        var written = StagedFiles(Staging, "").Order(StringComparer.Ordinal).ToList();
        var earlier = ReadMarker(folder);
        foreach (string file in written)
        {
            CheckPlace(file, earlier);
        }

        return (written, earlier);
    }

    /// <summary>
    /// Unless <see cref="Publish"/> ran: removes the staging folder, and the folder, marker and lock if this build created
    /// them, so the folder is as it was. Then releases the lock (a published site keeps its file).
    /// </summary>
    public void Dispose()
    {
        try
        {
            if (!published)
            {
                published = true;
                RemoveUnpublished();
            }
        }
        finally
        {
            buildLock.Dispose();
        }
    }

    private void RemoveUnpublished()
    {
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        if (createdFolder)
        {
            Directory.Delete(folder, recursive: true);
            RemoveEmpty(createdParents);
        }
        else
        {
            if (createdMarker)
            {
                File.Delete(Path.Combine(folder, SiteBuilder.Marker));
            }

            if (createdLock)
            {
                File.Delete(Path.Combine(folder, SiteBuilder.Lock));
            }
        }
    }

    /// <summary>
    /// The folders that creating <paramref name="folder"/> would create: itself and each missing folder above it, from the
    /// innermost out; empty if it exists.
    /// </summary>
    public static List<string> MissingFolders(string folder)
    {
        var missing = new List<string>();
        for (string? path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)); path is not null && !Directory.Exists(path); path = Path.GetDirectoryName(path))
        {
            missing.Add(path);
        }

        return missing;
    }

    /// <summary>Removes the folders a build created above the site's, from the innermost out, while each is empty: something put there meanwhile stays.</summary>
    private static void RemoveEmpty(IReadOnlyList<string> folders)
    {
        foreach (string created in folders)
        {
            try
            {
                Directory.Delete(created);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return; // not empty (or gone): what is above it stays too
            }
        }
    }

    /// <summary>The files under a staged folder, as paths relative to it with '/' between names.</summary>
    private static IEnumerable<string> StagedFiles(string root, string prefix) =>
        Directory.EnumerateFiles(Path.Combine(root, prefix)).Select(file => prefix + Path.GetFileName(file))
            .Concat(Directory.EnumerateDirectories(Path.Combine(root, prefix)).SelectMany(child => StagedFiles(root, prefix + Path.GetFileName(child) + "/")));

    /// <summary>Refuses a place where a staged file cannot go without removing something the builder did not write.</summary>
    private void CheckPlace(string file, HashSet<string> earlier)
    {
        string[] names = file.Split('/');
        string path = folder;
        for (int i = 0; i < names.Length; i++)
        {
            path = Path.Combine(path, names[i]);
            if (new FileInfo(path).LinkTarget is not null)
            {
                return; // a link is replaced, and what it leads to is never looked at
            }

            if (i == names.Length - 1)
            {
                if (Directory.Exists(path))
                {
                    throw new IOException($"'{path}' is a folder where the site writes a file: remove it");
                }
            }
            else if (File.Exists(path))
            {
                if (!earlier.Contains(string.Join('/', names[..(i + 1)])))
                {
                    throw new IOException($"'{path}' is a file where the site needs a folder: remove it");
                }

                return;
            }
            else if (!Directory.Exists(path))
            {
                return;
            }
        }
    }

    /// <summary>Creates the folders on the way to a staged file's place (a link on the way is replaced by a folder) and returns its full path.</summary>
    private string MakePlace(string file)
    {
        string[] names = file.Split('/');
        string path = folder;
        foreach (string name in names[..^1])
        {
            path = Path.Combine(path, name);
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
            {
                File.Delete(path); // a link, or a file an earlier build wrote (CheckPlace refused any other)
            }

            Directory.CreateDirectory(path);
        }

        return Path.Combine(path, names[^1]);
    }

    /// <summary>
    /// Removes a file an earlier build wrote, unless it is no longer a file or lies behind a link, then the folders on its way
    /// that it leaves empty.
    /// </summary>
    private void Remove(string file)
    {
        string[] names = file.Split('/');
        if (names.Any(name => name is "" or "." or ".." || name.Contains('\\', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal))
            || names[0] == SiteBuilder.Marker || names[0] == SiteBuilder.Lock || names[0].StartsWith(StagingPrefix, StringComparison.Ordinal))
        {
            return; // not a path this builder writes: the marker was edited by hand
        }

        var folders = new List<string>();
        string path = folder;
        foreach (string name in names[..^1])
        {
            path = Path.Combine(path, name);
            if (new FileInfo(path).LinkTarget is not null || !Directory.Exists(path))
            {
                return;
            }

            folders.Add(path);
        }

        path = Path.Combine(path, names[^1]);
        if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
        {
            File.Delete(path);
        }

        foreach (string emptied in Enumerable.Reverse(folders))
        {
            if (Directory.EnumerateFileSystemEntries(emptied).Any())
            {
                break;
            }

            Directory.Delete(emptied);
        }
    }

    /// <summary>The files the marker lists; none if it lists none (a site from an older builder) or cannot be read.</summary>
    private static HashSet<string> ReadMarker(string folder)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, SiteBuilder.Marker)))
        {
            try
            {
                if (line.StartsWith('"') && JsonSerializer.Deserialize<string>(line) is { Length: > 0 } file)
                {
                    files.Add(file);
                }
            }
            catch (JsonException)
            {
            }
        }

        return files;
    }

    /// <summary>Writes the marker in one step (a new file renamed over the old one).</summary>
    private static void WriteMarker(string folder, IEnumerable<string> files)
    {
        var text = new StringBuilder(MarkerText);
        foreach (string file in files)
        {
            text.Append(JsonSerializer.Serialize(file)).Append('\n');
        }

        string marker = Path.Combine(folder, SiteBuilder.Marker);
        string next = marker + "." + Guid.NewGuid().ToString("N");
        using (var stream = new FileStream(next, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
        }

        File.Move(next, marker, overwrite: true);
    }
}
