using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using NanoNeuron.Tools;

namespace NanoNeuron.Setup;

/// <summary>Keeps <c>artifacts/notebooks</c> holding the course library built from the current sources; the first cell of <c>notebooks/setup.dib</c> calls it.</summary>
/// <remarks>
/// A stamp is written only after a successful build: the SHA-256 of every source's contents (an edit that keeps a file's
/// size and time, as <c>cp -p</c>, <c>tar</c> and <c>rsync -t</c> make, still counts), and the SHA-256 of every file a
/// build wrote in <c>artifacts/notebooks</c> (an output that was emptied, replaced or damaged since counts too, whatever its
/// size and time, and is written again by a full build). Only files of the kinds a build writes count as outputs
/// (assemblies, symbols, documentation, dependency and runtime settings, native libraries), so a learner's notes of other
/// kinds (.md, .txt, .cs, …) in the folder are never compared, even one edited while a build runs; one of those kinds
/// (a .json, say) edited while a build runs is taken for an output. Nothing is ever deleted here.
/// When both still match, nothing is built and the check takes milliseconds. This is compiled code rather than a notebook cell because the
/// kernel needs about half a second to compile a cell this long, every time a lesson opens.
/// One kernel at a time: several notebooks may start together, and their builds share one folder.
/// </remarks>
public static class LibraryBuild
{
    // The library's DLLs in artifacts/notebooks: a lesson must never run against an old copy of them.
    private static readonly string[] Libraries =
        ["NanoNeuron.dll", "NanoNeuron.Experiments.dll", "NanoNeuron.Exercises.dll", "NanoNeuron.Charts.dll", "NanoNeuron.Notebooks.dll", "NanoNeuron.Vectorized.dll", "NanoNeuron.MLNet.dll"];

    private const string GuardKey = "NanoNeuron.SetupGuard";

    // This step's own DLL, which the same build puts beside the library (and a failed build leaves there).
    private const string SetupLibrary = "NanoNeuron.Setup.dll";

    // Files outside lib/ that change how the library builds.
    private static readonly string[] BuildSettings = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    /// <summary>Builds the library unless it was built from exactly these sources; if the build fails, shows why and stops every later cell.</summary>
    /// <param name="repositoryRoot">The repository's root folder (<c>..</c> from <c>notebooks/</c>).</param>
    /// <exception cref="InvalidOperationException">The library did not build; the message holds the compiler's errors and what to do.</exception>
    public static void EnsureCurrent(string repositoryRoot)
    {
        string artifacts = Path.Combine(repositoryRoot, "artifacts");
        string output = Path.Combine(artifacts, "notebooks");
        if ((Unusable(artifacts, output) ?? UnreadableSource(repositoryRoot)) is { } unusable)
        {
            // Checked again by every later cell: once the folder can be made, they run (the notebook is run again anyway).
            GuardLaterCells(() => Unusable(artifacts, output) ?? UnreadableSource(repositoryRoot));
            throw new InvalidOperationException(unusable);
        }

        using FileStream? buildLock = WaitForLock(Path.Combine(artifacts, "notebooks.lock"));
        if (buildLock is null)
        {
            string waited = string.Create(CultureInfo.InvariantCulture,
                $"Another notebook has been building the course library for {LockWait.TotalMinutes:0} minutes (it holds artifacts/notebooks.lock), so this notebook cannot run yet. ")
                + "Wait for that build to finish, or stop its kernel, then restart this kernel and run the notebook again.";
            GuardLaterCells(() => waited);
            throw new InvalidOperationException(waited);
        }

        string stampFile = Path.Combine(output, StampFile);
        var sources = Sources(repositoryRoot);
        var earlier = Stamp.Read(stampFile);
        var present = Outputs(output);
        // Only what a build wrote is compared (and replaced below): a file of the learner's own in the folder is left alone.
        bool damaged = earlier is not null && !earlier.Outputs.All(present.Contains);
        if (earlier is not null && earlier.Sources.SequenceEqual(sources) && !damaged
            && Libraries.Append(SetupLibrary).All(name => earlier.Outputs.Any(file => file.Path == name)))
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
            string name = $"artifacts/notebooks/{folder.Path}";
            string inTheWay = $"{name} is a folder where the build writes a file, so the course library cannot be built and this notebook cannot run: remove it (rm -r '{name}' in the repository's root), then run the notebook again.";
            GuardLaterCells(() => Directory.Exists(Path.Combine(output, folder.Path)) ? inTheWay : null);
            throw new InvalidOperationException(inTheWay);
        }

        var (exitCode, log) = Build(repositoryRoot, output, full || damaged, rewrite: damaged);
        string failedFile = Path.GetFullPath(Path.Combine(output, "BUILD-FAILED.txt"));
        if (exitCode == 0)
        {
            File.Delete(failedFile);
            // What a build wrote: what the last stamp holds, and what this build added or changed. A file that was there
            // before, the same, is not the build's: not compared.
            var written = Outputs(output).Where(file => earlier?.Outputs.Any(old => old.Path == file.Path) == true || !present.Contains(file)).ToList();
            new Stamp(built, sources, written).Write(stampFile); // the sources as they were before the build
            return;
        }

        // An engine may hide an exception thrown by an imported cell, so: remove the library of an earlier build (the
        // lesson must not run against it), keep the errors in BUILD-FAILED.txt, and make every later cell fail with
        // them until the library builds again.
        string errors = string.Join("\n", log.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct());
        string message = "The course library did not build, so this notebook cannot run. Fix these errors in lib/ (or undo your last change there), "
            + "then restart the kernel and run the notebook again:\n" + (errors.Length > 0 ? errors : log.Trim());
        foreach (string library in Libraries)
        {
            File.Delete(Path.Combine(output, library));
        }

        File.WriteAllText(failedFile, message + "\n");
        GuardLaterCells(() => File.Exists(failedFile) ? File.ReadAllText(failedFile).TrimEnd() : null);
        throw new InvalidOperationException(message);
    }

    /// <summary>
    /// Why artifacts/notebooks cannot hold the build, or null once it can: artifacts or it is no folder (a file, a named
    /// pipe, a link that leads nowhere or loops), it cannot be made or written (read-only, or a link to /proc), or it holds
    /// something no build writes and no reading ends well (a named pipe would block the check for ever). The engine would
    /// otherwise hide the error and show only the missing DLLs.
    /// </summary>
    private static string? Unusable(string artifacts, string output)
    {
        const string Again = "then run the notebook again.";
        foreach (var (path, name) in new[] { (artifacts, "artifacts"), (output, "artifacts/notebooks") })
        {
            if (PathKind.NotAFolder(path, Shown) is { } what)
            {
                return $"{name} {what}, so the course library cannot be built into it and this notebook cannot run: remove it (rm {name} in the repository's root), {Again}";
            }
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
            return $"The folder artifacts/notebooks, where the course library is built, {obstacle.What}, so this notebook cannot run: "
                + (obstacle.ChmodFixes ? "make it writable (chmod u+w artifacts/notebooks)" : "remove it (rm artifacts/notebooks in the repository's root; a link only loses the link)") + $", {Again}";
        }

        foreach (string file in Entries(output))
        {
            if (NotAFile(file) is { } what)
            {
                string name = "artifacts/notebooks/" + Path.GetRelativePath(output, file).Replace('\\', '/');
                return $"{name} {what}, which no build of the course library writes, so this notebook cannot run: remove it (rm '{name}' in the repository's root), {Again}";
            }
        }

        return null;
    }

    /// <summary>
    /// Why a source of the library cannot be read (a named pipe under lib/ would block the check for ever, a link that
    /// loops or leads nowhere would escape as an exception), or null.
    /// </summary>
    private static string? UnreadableSource(string repositoryRoot)
    {
        foreach (string file in BuildSettings.Select(name => Path.Combine(repositoryRoot, name)).Concat(Entries(Path.Combine(repositoryRoot, "lib"), skipBuilt: true)))
        {
            if ((File.Exists(file) || Directory.Exists(file)) && (NotAFile(file) ?? SystemLink(file)) is { } what)
            {
                string name = Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/');
                return BuildSettings.Contains(name)
                    ? $"{name}, one of the build settings, {what}, so the library cannot be built and this notebook cannot run: restore it (git checkout -- {name}), then run the notebook again."
                    : $"{name} {what}, which the course library's sources never hold, so the library cannot be built and this notebook cannot run: remove it (rm '{name}' in the repository's root), then run the notebook again.";
            }
        }

        return null;
    }

    /// <summary>
    /// Everything below <paramref name="folder"/> that is not a folder (files, links, named pipes…), in order, without
    /// following a link to a folder (it is listed itself); with <paramref name="skipBuilt"/>, bin/ and obj/ are passed over.
    /// </summary>
    private static IEnumerable<string> Entries(string folder, bool skipBuilt = false)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (skipBuilt && Path.GetFileName(entry) is "bin" or "obj")
            {
                continue; // the build's own, folder or link
            }

            if (new FileInfo(entry).LinkTarget is not null || !Directory.Exists(entry))
            {
                yield return entry;
            }
            else
            {
                foreach (string inside in Entries(entry, skipBuilt))
                {
                    yield return inside;
                }
            }
        }
    }

    /// <summary>What <paramref name="path"/> is when it is no file that can be read to its end — a link that loops or leads nowhere, a named pipe, a device — or null.</summary>
    private static string? NotAFile(string path) =>
        PathKind.BrokenLink(path, Shown)
        ?? (Directory.Exists(path) ? (new FileInfo(path).LinkTarget is { } target ? $"is a symbolic link to the folder '{target}'" : "is a folder, not a file")
        : UnixFile.OtherKind(path) is { } kind ? $"is {kind}, not a file" : null);

    /// <summary>
    /// What <paramref name="path"/> is when it is a link into one of the system's file systems (/proc, /sys, /dev:
    /// <see cref="WritableFolder.SystemFileSystem"/>), whose files change as they are read (a hash of one never matches), or null.
    /// </summary>
    private static string? SystemLink(string path) =>
        new FileInfo(path).LinkTarget is { } target && WritableFolder.SystemFileSystem(RealPath.Of(path)) is not null
            ? $"is a symbolic link to '{target}', a file of the system whose contents change as they are read"
            : null;

    /// <summary>A path as the messages show it: as it is (the notebook shows every character).</summary>
    private static string Shown(string path) => path;

    /// <summary>
    /// How long a kernel waits for another one's build of the library (several notebooks may start together); a build of
    /// every project took six minutes on a two-core machine shared by several jobs.
    /// </summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(20);

    /// <summary>The lock on the library's folder, or null if another kernel held it for longer than <see cref="LockWait"/>.</summary>
    private static FileStream? WaitForLock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(250);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    private const string StampFile = "sources.stamp";

    /// <summary>
    /// The kinds of file a build of the library writes: assemblies, symbols, documentation, dependency and runtime
    /// settings, native libraries and their debug files. Nothing else there is the build's (a learner's notes).
    /// </summary>
    private static readonly string[] OutputKinds = [".dll", ".pdb", ".xml", ".json", ".so", ".dylib", ".dbg", ".dwarf"];

    private static bool OfAnOutputKind(string path) => OutputKinds.Contains(Path.GetExtension(path), StringComparer.Ordinal);

    /// <summary>The build settings and every file under lib/ but bin/ and obj/, in order, each with the SHA-256 of its contents.</summary>
    private static List<Source> Sources(string repositoryRoot) =>
        [.. BuildSettings.Select(name => Path.Combine(repositoryRoot, name)).Where(File.Exists)
            .Concat(Entries(Path.Combine(repositoryRoot, "lib"), skipBuilt: true).Order(StringComparer.Ordinal))
            .Select(file => new Source(Path.GetFullPath(file), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))))];

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

    /// <summary>What a successful build was made from and what it left: one line each, "source PATH HASH" and "output HASH PATH".</summary>
    private sealed record Stamp(DateTime Built, List<Source> Sources, List<Output> Outputs)
    {
        public static Stamp? Read(string file)
        {
            try
            {
                var lines = File.ReadAllLines(file);
                var built = new DateTime(long.Parse(lines[0]["built ".Length..], CultureInfo.InvariantCulture), DateTimeKind.Utc);
                var sources = lines.Where(line => line.StartsWith("source ", StringComparison.Ordinal))
                    .Select(line => line["source ".Length..]).Select(line => new Source(line[..line.LastIndexOf(' ')], line[(line.LastIndexOf(' ') + 1)..]));
                var outputs = lines.Where(line => line.StartsWith("output ", StringComparison.Ordinal)).Select(line => line.Split(' ', 3))
                    .Select(parts => new Output(parts[2], parts[1])).Where(output => OfAnOutputKind(output.Path)).ToList(); // an older step took notes for outputs
                // An older setup step wrote "output LENGTH TICKS PATH": build.
                return outputs.All(output => output.Hash.Length == 64) ? new Stamp(built, [.. sources], outputs) : null;
            }
            catch (Exception exception) when (exception is IOException or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException)
            {
                return null; // missing, or from an older setup step: build
            }
        }

        public void Write(string file) => File.WriteAllLines(file,
            [string.Create(CultureInfo.InvariantCulture, $"built {Built.Ticks}"),
             .. Sources.Select(source => $"source {source.Path} {source.Hash}"),
             .. Outputs.Select(output => $"output {output.Hash} {output.Path}")]);
    }

    private static (int ExitCode, string Log) Build(string repositoryRoot, string output, bool full, bool rewrite)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, // VS Code's kernel speaks to the editor over its own standard output
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        foreach (string argument in new[] { "build", "lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj", "-c", "Release", "-o", Path.GetFullPath(output), "-nologo", "-v", "quiet" })
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

        using var build = Process.Start(start) ?? throw new InvalidOperationException("could not start `dotnet build`");
        var error = build.StandardError.ReadToEndAsync();
        string log = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        return (build.ExitCode, log + error.Result);
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
