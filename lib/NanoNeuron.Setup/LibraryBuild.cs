using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using NanoNeuron.Tools;

namespace NanoNeuron.Setup;

/// <summary>Keeps <c>artifacts/notebooks</c> holding the course library built from the current sources; the first cell of <c>notebooks/setup.dib</c> calls it.</summary>
/// <remarks>
/// A stamp is written only after a successful build: the SHA-256 of every source's contents (an edit that keeps a file's
/// size and time, as <c>cp -p</c>, <c>tar</c> and <c>rsync -t</c> make, still counts; the sources are what the build reads:
/// every file under lib/ but each project's own bin/ and obj/, even in a deeper folder named obj, and the build settings
/// at the root, a nuget.config of the learner's too; a name with any character, a newline
/// even, is read back as it was), and the SHA-256 of every file a
/// build wrote in <c>artifacts/notebooks</c> (an output that was emptied, replaced or damaged since counts too, whatever its
/// size and time, and is written again by a full build). Only files of the kinds a build writes count as outputs
/// (assemblies, symbols, documentation, dependency and runtime settings, native libraries), so a learner's notes of other
/// kinds (.md, .txt, .cs, …) in the folder are never compared, even one edited while a build runs; one of those kinds
/// (a .json, say) edited while a build runs is taken for an output, and so is every file of those kinds in the folder when
/// the stamp is missing, unreadable or cut short (its later edits build once more). Nothing is ever deleted here.
/// When both still match, nothing is built and the check takes milliseconds. This is compiled code rather than a notebook cell because the
/// kernel needs about half a second to compile a cell this long, every time a lesson opens.
/// One kernel at a time: several notebooks may start together, and their builds share one folder; only a lock another
/// kernel holds is waited for. A kernel stopped while it builds (SIGTERM, SIGHUP) stops its build's whole process tree
/// first, and a build leaves a line in the lock while it runs, so the next one, finding it, builds in full. A kernel killed
/// with SIGKILL cannot stop its build: that build runs on, unlocked, and the next kernel, whose build is a full one (the
/// lock's line), may run it beside that one. This step's own files (the lock, the stamp, BUILD-FAILED.txt) are only ever files: a folder,
/// a link or a named pipe in place of one is refused before any build, and they are written whole, never through a link.
/// </remarks>
public static class LibraryBuild
{
    // The library's DLLs in artifacts/notebooks: a lesson must never run against an old copy of them.
    private static readonly string[] Libraries =
        ["NanoNeuron.dll", "NanoNeuron.Experiments.dll", "NanoNeuron.Exercises.dll", "NanoNeuron.Charts.dll", "NanoNeuron.Notebooks.dll", "NanoNeuron.Vectorized.dll", "NanoNeuron.MLNet.dll"];

    private const string GuardKey = "NanoNeuron.SetupGuard";

    // This step's own DLL, which the same build puts beside the library (and a failed build leaves there).
    private const string SetupLibrary = "NanoNeuron.Setup.dll";

    // Files outside lib/ that change how the library builds: the repository's own, then those the compiler (.globalconfig)
    // and NuGet (nuget.config, in any case) also read at the root when a learner adds them.
    // The repository's Directory.Build.targets and Directory.Build.rsp are empty: they keep MSBuild from reading one from
    // above the repository (it reads the nearest of each).
    private static readonly string[] BuildSettings = ["Directory.Build.props", "Directory.Build.rsp", "Directory.Build.targets", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] AddedSettings = [".globalconfig"];

    // What makes a folder the course's repository root: the project the library is built from.
    private const string NotebooksProject = "lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj";

    // This step's own files, each with what it holds: never a folder, a link or anything but a file (nothing is written through a link there).
    private static readonly (string Name, string Holds)[] OwnFiles =
    [
        ("artifacts/notebooks.lock", "the lock that lets one kernel at a time build"),
        ("artifacts/notebooks/" + StampFile, "the stamp of the last good build"),
        ("artifacts/notebooks/" + FailedFile, "the errors of a build that failed"),
    ];

    /// <summary>Builds the library unless it was built from exactly these sources; if the build fails, shows why and stops every later cell.</summary>
    /// <param name="repositoryRoot">The repository's root folder (<c>..</c> from <c>notebooks/</c>); a folder without
    /// lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj is refused before anything is made, and so is a relative one
    /// when the kernel's folder no longer exists.</param>
    /// <exception cref="InvalidOperationException">The library did not build (the message holds the compiler's errors and
    /// what to do), or cannot be built here (the message says why and what to do).</exception>
    public static void EnsureCurrent(string repositoryRoot)
    {
        // Nothing is made before the root is known to be the course's (an empty path would be the kernel's own folder).
        if (NotTheRoot(repositoryRoot) is { } notTheRoot)
        {
            GuardLaterCells(() => notTheRoot);
            throw new InvalidOperationException(notTheRoot);
        }

        string artifacts = Path.Combine(repositoryRoot, "artifacts");
        string output = Path.Combine(artifacts, "notebooks");
        RemoveSetupLeftovers(artifacts);
        if ((Unusable(repositoryRoot) ?? UnreadableSource(repositoryRoot)) is { } unusable)
        {
            // Checked again by every later cell: once the folder can be made, they run (the notebook is run again anyway).
            GuardLaterCells(() => Unusable(repositoryRoot) ?? UnreadableSource(repositoryRoot));
            throw new InvalidOperationException(unusable);
        }

        using FileStream buildLock = WaitForLock(Path.Combine(artifacts, "notebooks.lock"));
        // A build leaves a line in the lock while it runs: one found there was interrupted (its kernel was killed), and
        // what it left in obj/ and here may be half written, with times MSBuild takes for up to date (attack 11, A11-10).
        bool interrupted = buildLock.Length > 0;
        string stampFile = Path.Combine(output, StampFile);
        var sources = Sources(repositoryRoot);
        var earlier = Stamp.Read(stampFile);
        var present = Outputs(output);
        // Only what a build wrote is compared (and replaced below): a file of the learner's own in the folder is left alone.
        bool damaged = earlier is not null && !earlier.Outputs.All(present.Contains);
        // A stamp that lists every library: one cut short (a full disk, a crash) is read, but lists only part of the build.
        bool complete = earlier is not null && Libraries.Append(SetupLibrary).All(name => earlier.Outputs.Any(file => file.Path == name));
        if (complete && earlier!.Sources.SequenceEqual(sources) && !damaged)
        {
            return;
        }

        // MSBuild compiles again only a source newer than its last output: an edit that kept an older time needs a full rebuild.
        var built = DateTime.UtcNow;
        bool full = earlier is not null && sources.Any(source => earlier.Sources.Any(old => old.Path == source.Path && old.Hash != source.Hash)
            && File.GetLastWriteTimeUtc(source.Path) <= earlier.Built);
        // The stamp stays, for the time of the last good build: a build that fails or is interrupted changes the outputs
        // (a failed one removes the library), and the outputs no longer match it. An output emptied, replaced or damaged
        // since is written again by a full build that copies even files that look unchanged; nothing is deleted here, so
        // a file the build did not write is never lost.
        if (earlier?.Outputs.FirstOrDefault(file => Directory.Exists(Path.Combine(output, file.Path))) is { } folder)
        {
            string name = Shown($"artifacts/notebooks/{folder.Path}");
            string inTheWay = $"{name} is a folder where the build writes a file, so the course library cannot be built and this notebook cannot run: remove it (rm -r '{name}' in the repository's root), then run the notebook again.";
            GuardLaterCells(() => Directory.Exists(Path.Combine(output, folder.Path)) ? inTheWay : null);
            throw new InvalidOperationException(inTheWay);
        }

        MarkBuilding(buildLock, running: true);
        var (exitCode, log) = Build(repositoryRoot, output, full || damaged || interrupted, rewrite: damaged || interrupted);
        MarkBuilding(buildLock, running: false);
        string failedFile = Path.GetFullPath(Path.Combine(output, FailedFile));
        if (exitCode == 0)
        {
            // What a build wrote: what the last stamp holds, and what this build added or changed. A file that was there
            // before, the same, is not the build's: not compared. Without a readable and complete stamp, nothing tells an earlier build's
            // files from a note, so every file of an output kind counts: else the library, unchanged by this build, would
            // be missing from the stamp and every later run would build again (attack 11, A11-7).
            var written = Outputs(output).Where(file => !complete || earlier!.Outputs.Any(old => old.Path == file.Path) || !present.Contains(file)).ToList();
            if (!TryRemoveOwnFile(failedFile) || !TryWriteOwnFile(stampFile, new Stamp(built, sources, written).Text())) // the sources as they were before the build
            {
                // The library is built; only the next run cannot know it, and would build again.
                throw new InvalidOperationException(OwnFileInTheWay(repositoryRoot)
                    ?? "The course library was built, but its stamp (artifacts/notebooks/sources.stamp) could not be written, so the next run will build it again: make artifacts/notebooks writable, then run the notebook again.");
            }

            return;
        }

        // An engine may hide an exception thrown by an imported cell, so: remove the library of an earlier build (the
        // lesson must not run against it), keep the errors in BUILD-FAILED.txt, and make every later cell fail with
        // them until the library builds again.
        string message = FailureMessage(log);
        foreach (string library in Libraries)
        {
            File.Delete(Path.Combine(output, library));
        }

        // Without BUILD-FAILED.txt (something put in its place during the build), every later cell of this kernel fails with the message.
        bool kept = TryWriteOwnFile(failedFile, message + "\n");
        GuardLaterCells(() => !kept ? message : File.Exists(failedFile) ? File.ReadAllText(failedFile).TrimEnd() : null);
        throw new InvalidOperationException(message);
    }

    /// <summary>About how much room a build of the library takes in artifacts/notebooks.</summary>
    public const int BuildMegabytes = 22;

    /// <summary>
    /// What a learner is told of a failed build, with its errors (<paramref name="log"/>'s error lines, or all of it):
    /// errors in lib/ to fix, or, when the build could not write its files, the disk to free or check.
    /// </summary>
    /// <remarks>
    /// A full disk (ENOSPC: "No space left on device", or a quota: "Disk quota exceeded") or a failing one ("Input/output
    /// error") is not the learner's edit in lib/: it leads, with its fix, and the build's errors follow.
    /// </remarks>
    public static string FailureMessage(string log)
    {
        string errors = string.Join("\n", log.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct());
        string said = errors.Length > 0 ? errors : log.Trim();
        const string Again = "then restart the kernel and run the notebook again";
        if (log.Contains("No space left on device", StringComparison.Ordinal) || log.Contains("Disk quota exceeded", StringComparison.Ordinal))
        {
            return $"The course library did not build because the disk holding artifacts/ is full (the build needs about {BuildMegabytes} MB there), so this notebook cannot run: "
                + $"free space on it (df -h artifacts shows how much is left), {Again}. The build said:\n{said}";
        }

        if (log.Contains("Input/output error", StringComparison.Ordinal))
        {
            return "The course library did not build because the disk holding artifacts/ could not be read or written (an input/output error), so this notebook cannot run: "
                + $"check that disk (or move the repository to another one), {Again}. The build said:\n{said}";
        }

        return $"The course library did not build, so this notebook cannot run. Fix these errors in lib/ (or undo your last change there), {Again}:\n{said}";
    }

    /// <summary>Why <paramref name="repositoryRoot"/> is not the course's repository root (or cannot be found: <see cref="FolderGone"/>), or null when it holds <see cref="NotebooksProject"/>.</summary>
    /// <remarks>setup.dib passes <c>..</c>, the folder above the kernel's: a lesson run from elsewhere than <c>notebooks/</c> lands here.</remarks>
    private static string? NotTheRoot(string? repositoryRoot)
    {
        if (FolderGone(repositoryRoot) is { } gone)
        {
            return gone;
        }

        if (!string.IsNullOrEmpty(repositoryRoot) && File.Exists(Path.Combine(repositoryRoot, NotebooksProject)))
        {
            return null;
        }

        string shown = string.IsNullOrEmpty(repositoryRoot) ? "'' (an empty path)" : $"'{Shown(FullPathOrAsGiven(repositoryRoot))}'";
        return $"The folder given as the repository's root, {shown}, is not the course's repository root (it has no {NotebooksProject}), "
            + "so the course library cannot be built and this notebook cannot run: run the lesson from the notebooks/ folder of the course's repository, "
            + "whose setup.dib builds the library in '..' (cd notebooks && dotnet repl --run NN-name.ipynb, with the lesson's file name, "
            + "or open the notebook in VS Code or Jupyter from that folder), then run the notebook again.";
    }

    /// <summary>
    /// Why a relative <paramref name="repositoryRoot"/> (setup.dib's <c>..</c>) cannot be resolved, or null: the kernel's
    /// folder was deleted, or replaced by a new one (a re-clone, a git clean or checkout, a synced folder), since it started.
    /// </summary>
    /// <remarks>.NET's current folder then throws FileNotFoundException; an absolute root needs none.</remarks>
    private static string? FolderGone(string? repositoryRoot)
    {
        if (string.IsNullOrEmpty(repositoryRoot) || Path.IsPathRooted(repositoryRoot))
        {
            return null;
        }

        try
        {
            _ = Environment.CurrentDirectory;
            return null;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"The kernel's folder no longer exists (it was deleted or replaced after the kernel started: a re-clone, git clean or checkout, a synced folder), "
                + $"so the repository's root '{Shown(repositoryRoot)}', which is relative to it, cannot be found and this notebook cannot run: restart the kernel from the notebooks/ folder, then run the notebook again.";
        }
    }

    /// <summary><paramref name="path"/> made absolute, or as it is when it cannot be (a NUL character in it).</summary>
    private static string FullPathOrAsGiven(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (ArgumentException)
        {
            return path;
        }
    }

    /// <summary>
    /// Why artifacts/notebooks cannot hold the build, or null once it can: artifacts or it is no folder (a file, a named
    /// pipe, a link that leads nowhere or loops), one of this step's own files is no file (<see cref="OwnFileInTheWay"/>),
    /// it cannot be made or written (read-only, or a link to /proc), or it holds something no build writes and no reading
    /// ends well (a named pipe would block the check for ever). The engine would otherwise hide the error and show only the
    /// missing DLLs.
    /// </summary>
    private static string? Unusable(string repositoryRoot)
    {
        const string Again = "then run the notebook again.";
        string artifacts = Path.Combine(repositoryRoot, "artifacts");
        string output = Path.Combine(artifacts, "notebooks");
        foreach (var (path, name) in new[] { (artifacts, "artifacts"), (output, "artifacts/notebooks") })
        {
            if (PathKind.NotAFolder(path, Shown) is { } what)
            {
                return $"{name} {what}, so the course library cannot be built into it and this notebook cannot run: remove it (rm {name} in the repository's root), {Again}";
            }
        }

        if (OwnFileInTheWay(repositoryRoot) is { } inTheWay)
        {
            return inTheWay;
        }

        // artifacts/ first, when artifacts/notebooks is still to be made in it: a link to /proc would only say "Could not find file".
        if (!Directory.Exists(output) && Directory.Exists(artifacts) && WritableFolder.Check(artifacts) is { } artifactsObstacle)
        {
            return Blocked("artifacts", artifactsObstacle);
        }

        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"The folder artifacts/notebooks, where the course library is built, cannot be made ({exception.Message}), so this notebook cannot run: make artifacts/ writable (or remove it), {Again}";
        }

        if (WritableFolder.Check(output) is { } obstacle)
        {
            return Blocked("artifacts/notebooks", obstacle);
        }

        foreach (string file in Entries(output))
        {
            if (NotAFile(file) is { } what)
            {
                string name = Shown("artifacts/notebooks/" + Path.GetRelativePath(output, file).Replace('\\', '/'));
                return $"{name} {what}, which no build of the course library writes, so this notebook cannot run: remove it (rm '{name}' in the repository's root), {Again}";
            }
        }

        return null;
    }

    /// <summary>The prefix of the folder where notebooks/setup.dib first builds this step, followed by its kernel's process id.</summary>
    public const string SetupFolderPrefix = "setup-";

    /// <summary>
    /// Removes the artifacts/setup-&lt;pid&gt; folders of kernels that are gone: setup.dib removes its own in a finally block,
    /// which a kernel stopped or restarted while it builds this step never reaches (attack 13, A13a-4).
    /// </summary>
    /// <remarks>
    /// Only in a real artifacts folder (never through a link), and best effort: a leftover that cannot be removed stays
    /// until a later run, and never stops this one.
    /// </remarks>
    private static void RemoveSetupLeftovers(string artifacts)
    {
        if (!Directory.Exists(artifacts) || new DirectoryInfo(artifacts).LinkTarget is not null)
        {
            return;
        }

        try
        {
            ProcessFolders.RemoveLeftovers(artifacts, SetupFolderPrefix);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left for a later run; the build does not need the folder gone.
        }
    }

    /// <summary>Why the folder <paramref name="name"/> (artifacts or artifacts/notebooks) cannot hold the build, and the fix that applies.</summary>
    /// <remarks>A chmod for a read-only folder of one's own, the owner for another user's, else removing it (a link only loses the link).</remarks>
    private static string Blocked(string name, WritableFolder.Obstacle obstacle) =>
        $"The folder {name}, where the course library is built, {obstacle.What}, so this notebook cannot run: "
        + (obstacle.ChmodFixes ? $"make it writable (chmod u+w {name})"
            : obstacle.Attribute is { } attribute ? $"remove the attribute (chattr -{attribute} {(obstacle.AttributeOn is { } on ? $"'{Shown(on)}'" : name)}, as root)"
            : obstacle.OwnerFixes ? "ask its owner to make it writable, or work in a clone of your own"
            : $"remove it (rm {name} in the repository's root; a link only loses the link)") + ", then run the notebook again.";

    /// <summary>
    /// What stands where this step keeps one of its own files (<see cref="OwnFiles"/>) when it is not a file: a folder, a
    /// link (even to a file: nothing is written through one there, and a lock through a link that leads nowhere would be
    /// taken for another kernel's), a named pipe or a device; null when each is a file or missing.
    /// </summary>
    private static string? OwnFileInTheWay(string repositoryRoot)
    {
        foreach (var (name, holds) in OwnFiles)
        {
            string path = Path.Combine(repositoryRoot, name);
            bool link = new FileInfo(path).LinkTarget is not null;
            bool folder = !link && Directory.Exists(path);
            string? what = link ? PathKind.BrokenLink(path, Shown) ?? $"is a symbolic link to '{Shown(new FileInfo(path).LinkTarget!)}'"
                : folder ? "is a folder"
                : UnixFile.OtherKind(path) is { } kind ? $"is {kind}"
                : null;
            if (what is not null)
            {
                return $"{name} {what}, where this step keeps its own file ({holds}), so the course library cannot be built and this notebook cannot run: "
                    + $"remove it (rm{(folder ? " -r" : "")} '{name}' in the repository's root), then run the notebook again.";
            }
        }

        return null;
    }

    /// <summary>Writes one of this step's own files whole, by renaming a new file over it (a link there is replaced, never written through); false if it cannot.</summary>
    private static bool TryWriteOwnFile(string path, string text)
    {
        string written = $"{path}.{Environment.ProcessId}.new";
        try
        {
            File.WriteAllText(written, text);
            File.Move(written, path, overwrite: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryRemoveOwnFile(written);
            return false;
        }
    }

    /// <summary>Removes one of this step's own files (a link, not what it leads to) if it is there; false if it cannot (a folder put in its place).</summary>
    private static bool TryRemoveOwnFile(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Why a source of the library cannot be read (a named pipe under lib/ would block the check for ever, a link that
    /// loops or leads nowhere would escape as an exception), or null. A build setting of the repository's that is missing
    /// is refused too: MSBuild, the SDK and the compiler would read one from above the repository instead, unstamped.
    /// </summary>
    private static string? UnreadableSource(string repositoryRoot)
    {
        var present = Settings(repositoryRoot).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        if (BuildSettings.FirstOrDefault(name => !present.Contains(name)) is { } missing)
        {
            return $"{missing}, one of the build settings, is missing, so the library cannot be built as the course builds it and this notebook cannot run: restore it (git checkout -- {missing}), then run the notebook again.";
        }

        foreach (string file in Settings(repositoryRoot).Concat(Entries(Path.Combine(repositoryRoot, "lib"), skipBuilt: true)))
        {
            if ((NotAFile(file) ?? SystemLink(file)) is { } what)
            {
                string name = Shown(Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/'));
                return BuildSettings.Contains(name)
                    ? $"{name}, one of the build settings, {what}, so the library cannot be built and this notebook cannot run: restore it (git checkout -- {name}), then run the notebook again."
                    : IsAddedSetting(name)
                    ? $"{name}, a build setting the course does not have, {what}, so the library cannot be built and this notebook cannot run: remove it (rm{(Directory.Exists(file) && new FileInfo(file).LinkTarget is null ? " -r" : "")} '{name}' in the repository's root), then run the notebook again."
                    : $"{name} {what}, which the course library's sources never hold, so the library cannot be built and this notebook cannot run: remove it (rm '{name}' in the repository's root), then run the notebook again.";
            }
        }

        return null;
    }

    /// <summary>
    /// The build settings at the root that are there (a file or not: <see cref="UnreadableSource"/> says what else), in
    /// order: <see cref="BuildSettings"/>, <see cref="AddedSettings"/> and a nuget.config of any case (NuGet reads each).
    /// </summary>
    private static IEnumerable<string> Settings(string repositoryRoot) =>
        Directory.EnumerateFileSystemEntries(repositoryRoot)
            .Where(entry => BuildSettings.Contains(Path.GetFileName(entry), StringComparer.Ordinal) || IsAddedSetting(Path.GetFileName(entry)))
            .Order(StringComparer.Ordinal);

    private static bool IsAddedSetting(string name) =>
        AddedSettings.Contains(name, StringComparer.Ordinal) || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Everything below <paramref name="folder"/> that is not a folder (files, links, named pipes…), in order, without
    /// following a link to a folder (it is listed itself); with <paramref name="skipBuilt"/> (for lib/), each project's own
    /// bin/ and obj/ (lib/<i>project</i>/bin, lib/<i>project</i>/obj) are passed over, and nothing else: MSBuild compiles
    /// a source in a deeper folder named obj or bin.
    /// </summary>
    private static IEnumerable<string> Entries(string folder, bool skipBuilt = false) => Entries(folder, skipBuilt, depth: 0);

    private static IEnumerable<string> Entries(string folder, bool skipBuilt, int depth)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (skipBuilt && depth == 1 && Path.GetFileName(entry) is "bin" or "obj")
            {
                continue; // a project's build's own, folder or link
            }

            if (new FileInfo(entry).LinkTarget is not null || !Directory.Exists(entry))
            {
                yield return entry;
            }
            else
            {
                foreach (string inside in Entries(entry, skipBuilt, depth + 1))
                {
                    yield return inside;
                }
            }
        }
    }

    /// <summary>What <paramref name="path"/> is when it is no file that can be read to its end — a link that loops or leads nowhere, a named pipe, a device — or null.</summary>
    private static string? NotAFile(string path) =>
        PathKind.BrokenLink(path, Shown)
        ?? (Directory.Exists(path) ? (new FileInfo(path).LinkTarget is { } target ? $"is a symbolic link to the folder '{Shown(target)}'" : "is a folder, not a file")
        : UnixFile.OtherKind(path) is { } kind ? $"is {kind}, not a file" : null);

    /// <summary>
    /// What <paramref name="path"/> is when it is a link into one of the system's file systems (/proc, /sys, /dev:
    /// <see cref="WritableFolder.SystemFileSystem"/>), whose files change as they are read (a hash of one never matches), or null.
    /// </summary>
    private static string? SystemLink(string path) =>
        new FileInfo(path).LinkTarget is { } target && WritableFolder.SystemFileSystem(RealPath.Of(path)) is not null
            ? $"is a symbolic link to '{Shown(target)}', a file of the system whose contents change as they are read"
            : null;

    /// <summary>A path as the messages show it: a control or format character (a newline, U+202E) as \uXXXX, as the tools show it.</summary>
    private static string Shown(string path) => PrintableText.Escape(path);

    /// <summary>
    /// How long a kernel waits for another one's build of the library (several notebooks may start together); a build of
    /// every project took six minutes on a two-core machine shared by several jobs.
    /// </summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(20);

    /// <summary>
    /// The lock on the library's folder. Only another kernel holding it (a sharing violation) is waited for, up to
    /// <see cref="LockWait"/>; any other failure to open it is said at once.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another kernel held the lock for longer than <see cref="LockWait"/>, or it cannot be opened.</exception>
    private static FileStream WaitForLock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (HeldByAnother(exception) && waited.Elapsed < LockWait)
            {
                Thread.Sleep(250);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                string why = HeldByAnother(exception)
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"Another notebook has been building the course library for {LockWait.TotalMinutes:0} minutes (it holds artifacts/notebooks.lock), so this notebook cannot run yet. ")
                        + "Wait for that build to finish, or stop its kernel, then restart this kernel and run the notebook again."
                    : $"artifacts/notebooks.lock, the lock that lets one kernel at a time build the course library, cannot be opened ({exception.Message}), so this notebook cannot run: "
                        + "make artifacts/ writable (or remove artifacts/notebooks.lock in the repository's root), then run the notebook again.";
                GuardLaterCells(() => why);
                throw new InvalidOperationException(why);
            }
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

    private const string StampFile = "sources.stamp";

    private const string FailedFile = "BUILD-FAILED.txt";

    /// <summary>
    /// The kinds of file a build of the library writes: assemblies, symbols, documentation, dependency and runtime
    /// settings, native libraries and their debug files. Nothing else there is the build's (a learner's notes).
    /// </summary>
    private static readonly string[] OutputKinds = [".dll", ".pdb", ".xml", ".json", ".so", ".dylib", ".dbg", ".dwarf"];

    private static bool OfAnOutputKind(string path) => OutputKinds.Contains(Path.GetExtension(path), StringComparer.Ordinal);

    /// <summary>
    /// The build settings and every file under lib/ but each project's bin/ and obj/, in order, each with the SHA-256 of its
    /// contents, read as a stream (a file of any size, even over 2 GB).
    /// </summary>
    private static List<Source> Sources(string repositoryRoot) =>
        [.. Settings(repositoryRoot).Where(File.Exists)
            .Concat(Entries(Path.Combine(repositoryRoot, "lib"), skipBuilt: true).Order(StringComparer.Ordinal))
            .Select(file => new Source(Path.GetFullPath(file), Hash(file)))];

    /// <summary>
    /// Every file of an output kind in the output folder, in order, with the SHA-256 of its contents: a DLL damaged since
    /// the build counts even when it kept its size and time (about 20 MB, hashed in tens of milliseconds).
    /// </summary>
    private static List<Output> Outputs(string output) =>
        [.. Entries(output)
            .Where(file => OfAnOutputKind(file) && new FileInfo(file).LinkTarget is null) // no build writes a link
            .Select(file => new Output(Path.GetRelativePath(output, file).Replace('\\', '/'), Hash(file)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)];

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private sealed record Source(string Path, string Hash);

    private sealed record Output(string Path, string Hash);

    /// <summary>
    /// What a successful build was made from and what it left: one line each, "source PATH HASH" and "output HASH PATH",
    /// each path with '%' and control characters (a newline in a file's name) escaped as %XX, so that every name is read back as it was.
    /// </summary>
    private sealed record Stamp(DateTime Built, List<Source> Sources, List<Output> Outputs)
    {
        public static Stamp? Read(string file)
        {
            try
            {
                var lines = File.ReadAllLines(file);
                var built = new DateTime(long.Parse(lines[0]["built ".Length..], CultureInfo.InvariantCulture), DateTimeKind.Utc);
                var sources = lines.Where(line => line.StartsWith("source ", StringComparison.Ordinal))
                    .Select(line => line["source ".Length..]).Select(line => new Source(Uri.UnescapeDataString(line[..line.LastIndexOf(' ')]), line[(line.LastIndexOf(' ') + 1)..]));
                var outputs = lines.Where(line => line.StartsWith("output ", StringComparison.Ordinal)).Select(line => line.Split(' ', 3))
                    .Select(parts => new Output(Uri.UnescapeDataString(parts[2]), parts[1])).Where(output => OfAnOutputKind(output.Path)).ToList(); // an older step took notes for outputs
                // An older setup step wrote "output LENGTH TICKS PATH": build.
                return outputs.All(output => output.Hash.Length == 64) ? new Stamp(built, [.. sources], outputs) : null;
            }
            catch (Exception exception) when (exception is IOException or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
            {
                return null; // missing, or from an older setup step: build
            }
        }

        public string Text() => string.Join("\n",
            [string.Create(CultureInfo.InvariantCulture, $"built {Built.Ticks}"),
             .. Sources.Select(source => $"source {Escaped(source.Path)} {source.Hash}"),
             .. Outputs.Select(output => $"output {output.Hash} {Escaped(output.Path)}"), ""]);

        /// <summary>The path with '%' and every control character as %XX (UTF-8), which <see cref="Uri.UnescapeDataString(string)"/> reads back.</summary>
        private static string Escaped(string path) =>
            string.Concat(path.Select(character => character == '%' || char.IsControl(character) ? Uri.EscapeDataString(character.ToString()) : character.ToString()));
    }

    /// <summary>
    /// Writes a line in the lock while a build runs (<paramref name="running"/>), and empties it when the build has ended:
    /// a line found there by the next kernel says a build was interrupted, so that one builds in full.
    /// </summary>
    private static void MarkBuilding(FileStream buildLock, bool running)
    {
        buildLock.SetLength(0);
        if (running)
        {
            buildLock.Write("a build of the course library is running, or was interrupted\n"u8);
        }

        buildLock.Flush();
    }

    /// <summary>
    /// Runs <c>dotnet build</c>; when this process is stopped meanwhile (a kernel stopped or restarted gets SIGTERM, a
    /// closed terminal SIGHUP; or it exits, <see cref="AppDomain.ProcessExit"/>), the build's whole process tree is stopped
    /// too, so that it does not write on, orphaned, after the lock is released. The signals' own handling is not changed:
    /// the process still stops. SIGINT is left alone (a kernel may take it to interrupt a cell; Ctrl+C in a terminal
    /// reaches the build itself), and SIGKILL cannot be seen: its build runs on (see the class remarks).
    /// </summary>
    /// <exception cref="InvalidOperationException">This process is stopping and its build was stopped.</exception>
    private static (int ExitCode, string Log) Build(string repositoryRoot, string output, bool full, bool rewrite)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, // VS Code's kernel speaks to the editor over its own standard output
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        foreach (string argument in new[] { "build", "lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj", "-c", "Release", "-o", Path.GetFullPath(output), "-nologo", "-v", "quiet", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        if (full)
        {
            start.ArgumentList.Add("--no-incremental");
        }

        if (rewrite)
        {
            start.ArgumentList.Add("-p:SkipCopyUnchangedFiles=false"); // a damaged copy keeps its size and time
        }

        // A copy that fails is not tried again: MSBuild's 10 tries of every file took 5½ minutes on a full disk (attack 13, A13a-15).
        start.ArgumentList.Add("-p:CopyRetryCount=0");

        // -nodeReuse:false: MSBuild's nodes are then the build's own children, stopped with it, and none lives on after it (attack 11, A11-10).
        using var build = Process.Start(start) ?? throw new InvalidOperationException("could not start `dotnet build`");
        bool stopping = false;
        EventHandler stop = (_, _) =>
        {
            stopping = true;
            StopTree(build);
        };
        AppDomain.CurrentDomain.ProcessExit += stop;
        // .NET stops a process on SIGTERM or SIGHUP without running ProcessExit: these handlers only add the build's end
        // to the signal's usual handling (none cancels it), so the kernel reacts to them as before.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => stop(null, EventArgs.Empty));
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => stop(null, EventArgs.Empty));
        try
        {
            var error = build.StandardError.ReadToEndAsync();
            string log = build.StandardOutput.ReadToEnd();
            build.WaitForExit();
            if (Volatile.Read(ref stopping))
            {
                // Not a failed build: nothing is removed, and the lock keeps the line that makes the next build a full one.
                throw new InvalidOperationException("This kernel is stopping, so its build of the course library was stopped: run the notebook again once the kernel has restarted.");
            }

            return (build.ExitCode, log + error.Result);
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= stop;
            StopTree(build); // an exception here (the thread interrupted) must not leave the build running either
        }
    }

    /// <summary>Stops <paramref name="build"/> and every process it started (MSBuild's nodes, the compiler), and waits for it, unless it has ended.</summary>
    private static void StopTree(Process build)
    {
        try
        {
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                build.WaitForExit(TimeSpan.FromSeconds(30));
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or ObjectDisposedException or System.ComponentModel.Win32Exception or AggregateException)
        {
            // It ended meanwhile, or a process of its tree could not be stopped: nothing more can be done here.
        }
    }

    // Once per kernel: this assembly is loaded afresh by every run of the setup cell, so the flag lives in the AppDomain.
    private static void GuardLaterCells(Func<string?> reason)
    {
        // Outside a kernel (a program or a test calls this step) there are no later cells, and no kernel's assembly to load.
        if (AppDomain.CurrentDomain.GetData(GuardKey) is not null
            || !AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.GetName().Name == "Microsoft.DotNet.Interactive"))
        {
            return;
        }

        AppDomain.CurrentDomain.SetData(GuardKey, GuardKey);
        AddGuard(reason);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] // loads the kernel's assembly only when called
    private static void AddGuard(Func<string?> reason)
    {
        Kernel.Root.AddMiddleware(async (command, context, next) =>
        {
            // Every cell fails with the reason instead of running, from setup's second cell on (which would otherwise
            // report each missing DLL), except this setup step itself and the import that runs it.
            if (command is SubmitCode submit && !submit.Code.Contains("#!import", StringComparison.Ordinal)
                && !submit.Code.Contains(nameof(LibraryBuild), StringComparison.Ordinal) && reason() is { } why)
            {
                context.Fail(command, message: why);
                return;
            }

            await next(command, context);
        });
    }
}
