using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Lessons;
using NanoNeuron.Tools;

namespace NanoNeuron.Site;

/// <summary>Executes the course's notebooks and writes the static site.</summary>
internal static partial class SiteBuilder
{
    /// <summary>plotly.js as Plotly.NET embeds it: the site's only script, served from the site itself.</summary>
    public const string PlotlyScript = "plotly-2.28.0.min.js";

    /// <summary>The file that marks a folder as a site this builder wrote: only such a folder, or an empty one, is written over.</summary>
    public const string Marker = ".nanoneuron-site";

    /// <summary>The lock file (empty) in a site's folder that one build at a time holds (<see cref="SiteFolder"/>).</summary>
    public const string Lock = Marker + ".lock";

    /// <summary>The glossary's markdown, beside the notebooks; the site shows it as <see cref="GlossaryPage"/> when it exists.</summary>
    public const string GlossarySource = "glossary.md";

    /// <summary>The glossary's page.</summary>
    public const string GlossaryPage = "glossary.html";

    /// <summary>Runs one notebook: (notebook, where to write the executed copy) → (exit code, log).</summary>
    public delegate (int ExitCode, string Log) Engine(string notebook, string executedPath);

    /// <summary>Stopped before the site was written (by the token given to <see cref="Build(string, string, TextWriter, TextWriter, Engine, string, string, CancellationToken)"/>): 128 + SIGINT, as shells report Ctrl+C.</summary>
    public const int Stopped = 130;

    /// <summary>Builds the site; returns 0, 1 after naming the notebook and cell that failed (or what could not be written), or 2 for bad options.</summary>
    public static int Build(string notebooksFolder, string outputFolder, TextWriter output, TextWriter error) =>
        Build(notebooksFolder, outputFolder, output, error, (notebook, executed) => NotebookRunner.Execute(notebook, executed));

    /// <summary>
    /// Builds the site with <paramref name="engine"/> running the notebooks; relative paths resolve from <paramref name="workingDirectory"/>
    /// (by default the current directory). The site's folder changes only if every notebook ran: the build writes a fresh
    /// copy and puts it in place at the end (<see cref="SiteFolder"/>). <paramref name="stop"/> (a termination signal) stops
    /// the build before that: no more engines start, and it returns <see cref="Stopped"/> once the running ones ended (the
    /// engine is given the same token to stop them). If standard output cannot be written the build stops with
    /// <see cref="UnwritableStreamException.ExitCode"/>. With <paramref name="liveRuntime"/> (the published
    /// tools/NanoNeuron.Live's wwwroot), every lesson page is live: the runtime is copied to live/ and each code cell can be
    /// edited and run in the browser.
    /// </summary>
    public static int Build(
        string notebooksFolder, string outputFolder, TextWriter output, TextWriter error, Engine engine, string? workingDirectory = null,
        string? liveRuntime = null, CancellationToken stop = default)
    {
        var stdout = StandardStream.Output(output);
        var stderr = StandardStream.Error(error);
        try
        {
            return Build(notebooksFolder, outputFolder, stdout, stderr, engine, workingDirectory ?? Environment.CurrentDirectory, liveRuntime, stop);
        }
        catch (UnwritableStreamException unwritable) when (unwritable.Stream == stdout)
        {
            stderr.WriteLine($"error: {unwritable.Message}: the build stopped, and '{Shown(outputFolder)}' was left as it was.");
            return UnwritableStreamException.ExitCode;
        }
    }

    private static int Build(
        string notebooksFolder, string outputFolder, StandardStream output, StandardStream error, Engine engine, string workingDirectory, string? liveRuntime,
        CancellationToken stop)
    {
        if ((UnusablePath("--notebooks", notebooksFolder) ?? UnusablePath("--output", outputFolder) ?? (liveRuntime is null ? null : UnusablePath("--live", liveRuntime))) is { } reason)
        {
            error.WriteLine($"error: {reason}");
            return 2;
        }

        try
        {
            string? live = liveRuntime is null ? null : Path.GetFullPath(liveRuntime, workingDirectory);
            if (live is not null && LiveSite.NotARuntime(live) is { } notARuntime)
            {
                error.WriteLine($"error: --live '{Shown(liveRuntime!)}' is not a published live runtime ({notARuntime}): publish the runtime first (dotnet publish tools/NanoNeuron.Live -c Release -o artifacts/live) and pass its wwwroot folder.");
                return 2;
            }

            return BuildSite(Path.GetFullPath(notebooksFolder, workingDirectory), outputFolder, Path.GetFullPath(outputFolder, workingDirectory), output, error, engine, live, stop);
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"error: a path is not usable ({Shown(exception.Message)}): pass folders such as --notebooks notebooks --output artifacts/site.");
            return 2;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write the site to '{Shown(outputFolder)}': {Shown(exception.Message)}");
            return 1;
        }
    }

    /// <summary>The longest file name (in UTF-8 bytes) that common file systems accept.</summary>
    public const int MaxNameBytes = PathLimits.MaxNameBytes;

    /// <summary>The longest path (in UTF-8 bytes) that Linux accepts.</summary>
    public const int MaxPathBytes = PathLimits.MaxPathBytes;

    /// <summary>Why a folder option cannot be used as a path (empty, blank, with a NUL character or bytes that are not UTF-8, or too long for the file system), or null.</summary>
    public static string? UnusablePath(string option, string? value)
    {
        string example = $"{option} {option switch { "--output" => "artifacts/site", "--live" => "artifacts/live/wwwroot", _ => "notebooks" }}";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{option} is {(string.IsNullOrEmpty(value) ? "empty" : "blank")}: name a folder, such as {example}.";
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            return $"{option} contains a NUL character, which no path can hold: name a folder, such as {example}.";
        }

        if (value.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return $"{option} holds bytes that are not UTF-8 (.NET reads each as \\ufffd, so the folder would get another name than the one typed): name a folder whose name is UTF-8, such as {example}.";
        }

        if (System.Text.Encoding.UTF8.GetByteCount(value) > MaxPathBytes)
        {
            return $"{option} is {value.Length} characters long, more than a path can be ({MaxPathBytes} bytes): name a shorter folder, such as {example}.";
        }

        return value.Split('/', '\\').FirstOrDefault(name => System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameBytes) is { } longName
            ? $"{option} has a name of {longName.Length} characters ('{Shown(longName[..20])}…'), more than a file name can be ({MaxNameBytes} bytes): name a folder, such as {example}."
            : null;
    }

    // The engine runs in the notebooks' folder, so every path it is given is absolute.
    private static int BuildSite(
        string notebooksFolder, string requested, string siteFolder, TextWriter output, TextWriter error, Engine engine, string? liveRuntime, CancellationToken stopped)
    {
        var notebooks = Lessons(notebooksFolder);
        if (File.Exists(siteFolder))
        {
            // .NET calls a link that loops or leads nowhere a file.
            string what = PathKind.BrokenLink(siteFolder, Shown) is { } broken ? $"{broken}: remove or fix the link, or name another folder" : "is a file: name a folder";
            error.WriteLine($"error: --output '{Shown(requested)}' {what} for the site, such as artifacts/site.");
            return 2;
        }

        if ((PathKind.NotAFolder(notebooksFolder, Shown) ?? (Directory.Exists(notebooksFolder) ? null : "does not exist")) is { } notFolder)
        {
            error.WriteLine($"error: --notebooks '{Shown(notebooksFolder)}' {notFolder}: name the folder of the course's notebooks, such as --notebooks notebooks (run from the repository's root).");
            return 2;
        }

        // A folder named like a lesson is not one: skipped, the site would be built without it.
        if (Directory.EnumerateDirectories(notebooksFolder, "*.ipynb").Where(path => CourseMap.IsNumberedNotebook(Path.GetFileName(path))).Order(StringComparer.Ordinal).FirstOrDefault() is { } folder)
        {
            error.WriteLine($"error: {Shown(Path.GetFileName(folder))} is a folder, not a notebook file: restore the lesson's file (git checkout -- <file>), or rename or remove the folder.");
            return 1;
        }

        if (notebooks.Count == 0)
        {
            error.WriteLine($"error: no numbered notebooks (NN-name.ipynb) in '{Shown(notebooksFolder)}': run from the repository's root or pass --notebooks.");
            return 1;
        }

        if (RefuseOutput(notebooksFolder, siteFolder, requested) is { } reason)
        {
            error.WriteLine($"error: {reason}");
            return 2;
        }

        // Last, because it creates a folder in the output's nearest existing folder (and removes it): never in one refused above.
        if (UnwritableOutput(siteFolder, requested) is { } unwritable)
        {
            error.WriteLine($"error: {unwritable}");
            return 2;
        }

        // Before anything starts: a notebook that cannot be read (a named pipe would block the build for ever) or is no notebook.
        for (int i = 0; i < notebooks.Count; i++)
        {
            if (NotANotebook(notebooks[i]) is { } invalid)
            {
                string shown = Shown(Path.GetFileName(notebooks[i]));
                output.WriteLine($"[{i + 1}/{notebooks.Count}] {shown} ... failed");
                error.WriteLine($"error: {shown} {invalid}");
                return 1;
            }
        }

        string glossary = Path.Combine(notebooksFolder, GlossarySource);
        if (Directory.Exists(glossary))
        {
            error.WriteLine($"error: {GlossarySource} (beside the notebooks) is a folder, not a markdown file, so the site would have no glossary: restore the file (git checkout -- notebooks/{GlossarySource}), or remove the folder.");
            return 1;
        }

        if (File.Exists(glossary)) // File.Exists: a named pipe or a device too
        {
            if (Unreadable(glossary, out byte[] bytes, GlossaryFile) is { } badGlossary)
            {
                error.WriteLine($"error: {GlossarySource} (beside the notebooks) {badGlossary}");
                return 1;
            }

            // The page would show \ufffd for such a byte; a byte order mark at the start is read as what it is, and dropped.
            int skipped = bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0;
            if (NotUtf8At(bytes.AsSpan(skipped)) is { } offset)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"error: {GlossarySource} (beside the notebooks) is not UTF-8 at byte offset {skipped + offset} (0x{bytes[skipped + offset]:X2}), and the page would show \\ufffd in its place: save it as UTF-8, or restore it (git checkout -- notebooks/{GlossarySource})."));
                return 1;
            }
        }

        // Everything below is written into a fresh folder, which replaces the site only once every notebook ran.
        // One build at a time per folder, checked before any notebook runs: another one's publish would remove this one's pages.
        using var site = SiteFolder.Open(siteFolder, out string? busy);
        if (site is null)
        {
            error.WriteLine($"error: --output '{Shown(requested)}': {busy}");
            return 2;
        }

        string outputFolder = site.Staging;
        string executedFolder = Path.Combine(outputFolder, "notebooks");
        Directory.CreateDirectory(executedFolder);
        var lessons = new List<PageRenderer.Lesson>();
        var total = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopped);
        var runs = StartRuns(notebooks, executedFolder, engine, stop.Token);
        try
        {
            for (int i = 0; i < notebooks.Count; i++)
            {
                string name = Path.GetFileName(notebooks[i]);
                string shown = Shown(name);
                string executed = Path.Combine(executedFolder, name);
                output.Write($"[{i + 1}/{notebooks.Count}] {shown} ... ");
                var run = runs[i].GetAwaiter().GetResult();
                if (stopped.IsCancellationRequested || run.Stopped)
                {
                    output.WriteLine("stopped");
                    error.WriteLine($"stopped: the build was interrupted; every notebook engine was stopped, and '{Shown(requested)}' was left as it was.");
                    return Stopped;
                }

                if (run.Invalid is { } invalid)
                {
                    output.WriteLine("failed");
                    error.WriteLine($"error: {shown} {invalid}");
                    return 1;
                }

                if (run.Timeout is { } timeout)
                {
                    output.WriteLine("failed");
                    error.WriteLine($"error: {Shown(timeout.Message)}");
                    return 1;
                }

                if (!File.Exists(executed))
                {
                    output.WriteLine("failed");
                    error.WriteLine($"error: {shown}: the engine wrote no executed notebook (exit code {run.ExitCode}):\n{run.Log.Trim()}");
                    return 1;
                }

                if (liveRuntime is not null)
                {
                    LiveSite.KeepCellIds(notebooks[i], executed);
                }

                var document = Notebook.Parse(File.ReadAllText(executed));
                if (FirstError(document) is { } failure)
                {
                    output.WriteLine("failed");
                    error.WriteLine($"error: {FailedCell(name, failure.Cell, failure.FirstLine, failure.Error)}");
                    return 1;
                }

                if (run.ExitCode != 0)
                {
                    output.WriteLine("failed");
                    error.WriteLine($"error: {shown}: the engine exited with code {run.ExitCode}:\n{run.Log.Trim()}");
                    return 1;
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok ({run.Seconds:F1} s)"));
                lessons.Add(PageRenderer.Describe(name, document));
            }
        }
        finally
        {
            // After a failure, start nothing more, and wait for the engines already running: none may go on writing
            // into the output folder once the build has returned.
            stop.Cancel();
            try
            {
                Task.WaitAll(runs);
            }
            catch (AggregateException)
            {
                // An engine that threw: the loop above has rethrown the first such failure it reached, or returned earlier.
            }
        }

        bool hasGlossary = File.Exists(glossary);
        WriteAssets(outputFolder);
        if (liveRuntime is not null)
        {
            LiveSite.CopyRuntime(liveRuntime, Path.Combine(outputFolder, LiveSite.Folder));
        }

        WriteFile(outputFolder, "index.html", PageRenderer.RenderIndex(lessons, PlotlyScript, hasGlossary));
        for (int i = 0; i < lessons.Count; i++)
        {
            string page = PageRenderer.Render(lessons[i], i > 0 ? lessons[i - 1] : null, i + 1 < lessons.Count ? lessons[i + 1] : null, PlotlyScript, hasGlossary, liveRuntime is not null);
            WriteFile(outputFolder, lessons[i].PageName, page);
        }

        if (hasGlossary)
        {
            WriteFile(outputFolder, GlossaryPage, PageRenderer.RenderGlossary(File.ReadAllText(glossary), PlotlyScript));
        }

        if (stopped.IsCancellationRequested)
        {
            error.WriteLine($"stopped: the build was interrupted; '{Shown(requested)}' was left as it was.");
            return Stopped;
        }

        // Said once the site can be put in place, and before it is, so that a standard output that fails here leaves the
        // old site as it was.
        site.CheckPlaces();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {lessons.Count} pages{(hasGlossary ? ", the glossary" : "")} and the course map in {Shown(siteFolder)} ({total.Elapsed.TotalSeconds:F0} s). Open index.html in a browser."));
        output.Flush();
        site.Publish();
        return 0;
    }

    /// <summary>How many notebooks run at once: the course's machines have two cores, and a kernel mostly uses one.</summary>
    public const int ParallelNotebooks = 2;

    /// <summary>One notebook's run: why it could not start, or how its engine ended (or that it was stopped).</summary>
    private sealed record NotebookRun(string? Invalid, NotebookTimeoutException? Timeout, int ExitCode, string Log, double Seconds, bool Stopped = false);

    /// <summary>
    /// Starts every notebook's engine, <see cref="ParallelNotebooks"/> at a time in lesson order, each writing its executed
    /// copy into this build's fresh folder. A cancelled token starts no more engines.
    /// </summary>
    private static Task<NotebookRun>[] StartRuns(IReadOnlyList<string> notebooks, string executedFolder, Engine engine, CancellationToken stop)
    {
        var slots = new SemaphoreSlim(ParallelNotebooks);
        return [.. notebooks.Select(notebook => Task.Run(async () =>
        {
            await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                if (stop.IsCancellationRequested)
                {
                    return new NotebookRun("was not run: an earlier notebook failed.", null, -1, "", 0);
                }

                if (NotANotebook(notebook) is { } invalid)
                {
                    return new NotebookRun(invalid, null, -1, "", 0);
                }

                var timer = Stopwatch.StartNew();
                try
                {
                    var (exitCode, log) = engine(notebook, Path.Combine(executedFolder, Path.GetFileName(notebook)));
                    return new NotebookRun(null, null, exitCode, log, timer.Elapsed.TotalSeconds);
                }
                catch (NotebookTimeoutException timeout)
                {
                    return new NotebookRun(null, timeout, -1, "", timer.Elapsed.TotalSeconds);
                }
                catch (OperationCanceledException)
                {
                    return new NotebookRun(null, null, -1, "", timer.Elapsed.TotalSeconds, Stopped: true);
                }
            }
            finally
            {
                slots.Release();
            }
        }))];
    }

    /// <summary>
    /// Why the site must not be written to <paramref name="outputFolder"/>, or null if it may: the folder must not be, hold or
    /// lie inside the notebooks' folder (links followed), and must be missing, empty, or a site this builder wrote.
    /// </summary>
    public static string? RefuseOutput(string notebooksFolder, string outputFolder, string requested)
    {
        string notebooks = Tools.RealPath.Of(notebooksFolder);
        string site = Tools.RealPath.Of(outputFolder);
        if (IsInside(site, notebooks) || IsInside(notebooks, site))
        {
            string relation = site == notebooks ? "is" : IsInside(site, notebooks) ? "lies inside" : "holds";
            return $"--output '{Shown(requested)}' {relation} the notebooks folder '{Shown(notebooksFolder)}', and the site would overwrite the notebooks: pass a folder of its own, such as --output artifacts/site.";
        }

        string marker = Path.Combine(outputFolder, Marker);
        if (Directory.Exists(outputFolder) && new FileInfo(marker).LinkTarget is { } markerTarget)
        {
            return $"--output '{Shown(requested)}' holds a {Marker} that is a symbolic link to '{Shown(markerTarget)}', but the builder writes that file itself and never through a link: remove the link, or build into a new or empty folder, such as --output artifacts/site.";
        }

        if (Directory.Exists(outputFolder) && File.Exists(marker) && Unreadable(marker, out _, MarkerFile) is { } unreadable)
        {
            return $"--output '{Shown(requested)}' holds a {Marker} file (the list of what a build here wrote) that {unreadable}";
        }

        // A lock alone is what a build killed before it wrote the marker left: the folder is as empty as it was.
        if (Directory.Exists(outputFolder) && !File.Exists(marker) && Directory.EnumerateFileSystemEntries(outputFolder).Any(entry => Path.GetFileName(entry) != Lock))
        {
            return $"--output '{Shown(requested)}' is a folder with other files in it (not a site built here, which has a {Marker} file): pass a new or empty folder, such as --output artifacts/site, or delete this one if it is an older site.";
        }

        return null;
    }

    /// <summary>
    /// Why the site cannot be written at <paramref name="siteFolder"/>, found before any notebook runs, or null: a part of
    /// its path is a file, or the nearest folder of it that exists (the site's own, or the one it will be created in) is
    /// read-only, or takes no new folder (a read-only file system, /proc, an access list: checked by creating one and
    /// removing it). Each reason names the cause and the fix.
    /// </summary>
    public static string? UnwritableOutput(string siteFolder, string requested)
    {
        string example = "such as --output artifacts/site";
        string root = Path.GetPathRoot(siteFolder)!;
        string existing = root;
        foreach (string part in siteFolder[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(existing, part);
            if (Directory.Exists(next))
            {
                existing = next;
                continue;
            }

            if (UnixFile.LinkLoop(next) == next)
            {
                return $"--output '{Shown(requested)}': '{Shown(next)}' is a symbolic link that leads back to itself (or through more than 40 links), so the site cannot be written under it: remove or fix the link, or choose another folder, {example}.";
            }

            if (Tools.RealPath.DanglingTarget(next) is { } target)
            {
                return $"--output '{Shown(requested)}': '{Shown(next)}' is a symbolic link to '{Shown(target)}', which does not exist, so the site cannot be written under it: remove or fix the link, or choose another folder, {example}.";
            }

            if (File.Exists(next))
            {
                return $"--output '{Shown(requested)}': '{Shown(next)}' is a file, not a folder, so the site cannot be written under it: name a folder whose path holds no file, {example}.";
            }

            break; // missing from here on: the builder creates it
        }

        if (WritableFolder.Check(existing) is not { } obstacle)
        {
            return null;
        }

        string where = existing == Path.TrimEndingDirectorySeparator(siteFolder) ? "in it" : $"under it ('{Shown(siteFolder)}' would be created there)";
        string chmod = obstacle.ChmodFixes ? $"make the folder writable (chmod u+w '{Shown(existing)}') or "
            : obstacle.Attribute is { } attribute ? $"remove the attribute (chattr -{attribute} '{Shown(obstacle.AttributeOn ?? existing)}', as root) or "
            : "";
        string owner = obstacle.OwnerFixes ? ", or ask its owner to make it writable" : "";
        return $"--output '{Shown(requested)}': the folder '{Shown(existing)}' {Shown(obstacle.What)}, so the site cannot be written {where}: {chmod}choose another folder, {example}{owner}.";
    }

    /// <summary>A path or message as one printable line: every character a terminal would not show as itself (<see cref="PrintableText.Escape"/>; a file name may hold them) becomes \\uXXXX.</summary>
    public static string Shown(string text) => PrintableText.Escape(text);

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Writes a new file in this build's folder (never over anything: the folder is new).</summary>
    private static void WriteFile(string outputFolder, string name, string contents)
    {
        using var file = CreateFile(outputFolder, name);
        using var writer = new StreamWriter(file);
        writer.Write(contents);
    }

    private static FileStream CreateFile(string outputFolder, string name) =>
        new(Path.Combine(outputFolder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>The course's lessons in order: the numbered notebooks (NN-name.ipynb) of a folder, as full paths (<see cref="CourseMap.NumberedNotebooks"/>).</summary>
    public static IReadOnlyList<string> Lessons(string notebooksFolder) => CourseMap.NumberedNotebooks(notebooksFolder);

    /// <summary>The largest notebook file read: the course's lessons are a few hundred KB at most, even executed with their charts.</summary>
    public const long MaxNotebookBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Why a file of the notebooks folder cannot be read as one, or null: it must be a regular file (a named pipe would
    /// block the build for ever, a device never end), lead somewhere if it is a symbolic link, be readable, and be no larger
    /// than <see cref="MaxNotebookBytes"/>. Each reason completes "NAME …" and says what to do.
    /// </summary>
    public static string? Unreadable(string path, out byte[] contents) => Unreadable(path, out contents, NotebookFile);

    /// <summary>What a file read by <see cref="Unreadable(string, out byte[])"/> should be, and how to restore it.</summary>
    internal sealed record ReadFile(string Name, string Typical, string Restore);

    private static readonly ReadFile NotebookFile = new("a notebook file", "a lesson is a few hundred KB", "restore the lesson's file (git checkout -- <file>)");

    /// <summary>The tool manifest that pins the notebook engine (<see cref="NotebookRunner.MissingEngine"/>).</summary>
    internal static readonly ReadFile ManifestFile = new("a tool manifest", "the repository's is under 1 KB", "restore it (git checkout -- dotnet-tools.json)");

    /// <summary>The list of the files a build wrote, in a site's folder (<see cref="Marker"/>).</summary>
    private static readonly ReadFile MarkerFile = new("a list of files", "a site's is a few KB", "build into a new or empty folder, such as --output artifacts/site");

    private static readonly ReadFile GlossaryFile = new("a markdown file", "the glossary is a few dozen KB", $"restore it (git checkout -- notebooks/{GlossarySource})");

    internal static string? Unreadable(string path, out byte[] contents, ReadFile expected)
    {
        contents = [];
        string Restore = expected.Restore;
        if (UnixFile.OtherKind(path) is { } kind)
        {
            return $"is {kind}, not {expected.Name}, and reading it would never end: {Restore}, or remove it.";
        }

        try
        {
            using var file = File.OpenHandle(path);
            long length = RandomAccess.GetLength(file);
            if (length > MaxNotebookBytes)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"is {length:N0} bytes long, not {expected.Name} (the largest read is {MaxNotebookBytes / (1024 * 1024)} MB; {expected.Typical}): {Restore}, or remove it.");
            }

            contents = new byte[length];
            int read = 0;
            while (read < contents.Length && RandomAccess.Read(file, contents.AsSpan(read), read) is > 0 and var count)
            {
                read += count;
            }

            contents = contents[..read];
            return null;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException && new FileInfo(path).LinkTarget is { } target)
        {
            return $"is a symbolic link to '{Shown(target)}', which does not exist: {Restore}, or remove the link.";
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot be read (permission denied): make it readable (chmod u+r '{Shown(path)}'), or {Restore}.";
        }
        catch (IOException exception)
        {
            return $"cannot be read ({Shown(exception.Message)}): {Restore}.";
        }
    }

    /// <summary>
    /// Why a notebook file cannot be run (the engine would answer with a long stack trace, or change its text), or null: it
    /// must be readable (<see cref="Unreadable(string, out byte[])"/>), UTF-8 throughout (<see cref="NotUtf8At"/>) with no byte order mark, and JSON
    /// whose top level is an object with a "cells" list.
    /// </summary>
    public static string? NotANotebook(string path)
    {
        if (Unreadable(path, out byte[] contents) is { } unreadable)
        {
            return unreadable;
        }

        if (contents.AsSpan().StartsWith(Utf8ByteOrderMark))
        {
            return "starts with a byte order mark (EF BB BF), which a notebook may not have (Jupyter refuses it too, and no editor shows it): save it as UTF-8 without BOM (in VS Code: the status bar's encoding, Save with Encoding, UTF-8), or restore it from git (git checkout -- <file>).";
        }

        if (NotUtf8At(contents) is { } offset)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"is not UTF-8 at byte offset {offset} (0x{contents[offset]:X2}), and a notebook is UTF-8 text (Jupyter refuses this file; the engine would change the byte into \\ufffd): save it as UTF-8, or restore it from git (git checkout -- <file>).");
        }

        try
        {
            const string Again = "Restore it from git (git checkout -- <file>) or open it in VS Code or Jupyter and save it again.";
            using var document = JsonDocument.Parse(contents);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            {
                return $"is not a notebook: its JSON has no \"cells\" list at the top. {Again}";
            }

            int number = 0;
            foreach (var cell in cells.EnumerateArray())
            {
                number++;
                if (NotACell(cell) is { } problem)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"is not a notebook: its cell {number} {problem}. {Again}");
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            string reason = JsonPosition().Replace(exception.Message.ReplaceLineEndings(" "), "").Trim();
            string where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {exception.BytePositionInLine.GetValueOrDefault() + 1})")
                : "";
            return $"is not valid JSON{where}: {reason} Fix the file (or restore it from git) before building the site.";
        }
    }

    /// <summary>The byte order mark U+FEFF as UTF-8: invisible in an editor, and not JSON, so a notebook may not start with it.</summary>
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The offset of the first byte of <paramref name="contents"/> that does not belong to valid UTF-8, or null if it is all UTF-8.</summary>
    /// <remarks>A byte sequence that does not decode (<see cref="System.Text.Rune.DecodeFromUtf8"/>), or one cut short at the end, is not UTF-8.</remarks>
    public static int? NotUtf8At(ReadOnlySpan<byte> contents)
    {
        if (System.Text.Unicode.Utf8.IsValid(contents))
        {
            return null;
        }

        int offset = 0;
        while (System.Text.Rune.DecodeFromUtf8(contents[offset..], out _, out int width) == System.Buffers.OperationStatus.Done)
        {
            offset += width;
        }

        return offset;
    }

    /// <summary>
    /// What is wrong with a notebook's cell, or null: it must be an object whose "cell_type" is "code", "markdown" or "raw"
    /// and whose "source" is a text or a list of texts (nbformat 4), or the engine stops with a stack trace or loses the text.
    /// </summary>
    private static string? NotACell(JsonElement cell) =>
        cell.ValueKind != JsonValueKind.Object ? $"is {Kind(cell)}, not a cell (an object)"
        : !cell.TryGetProperty("cell_type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not ("code" or "markdown" or "raw")
            ? "has no \"cell_type\" of \"code\", \"markdown\" or \"raw\""
        : !cell.TryGetProperty("source", out var source) ? "has no \"source\""
        : source.ValueKind == JsonValueKind.Array
            ? source.EnumerateArray().FirstOrDefault(line => line.ValueKind != JsonValueKind.String) is { ValueKind: not JsonValueKind.Undefined } line
                ? $"has a \"source\" list holding {Kind(line)}, where only texts go"
                : null
        : source.ValueKind != JsonValueKind.String ? $"has a \"source\" that is {Kind(source)}, not a text or a list of texts"
        : null;

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.")]
    private static partial Regex JsonPosition();

    /// <summary>The first cell (1-based) whose output is an error, if any.</summary>
    public static (int Cell, string FirstLine, ErrorElement Error)? FirstError(InteractiveDocument document)
    {
        var cells = document.Elements.ToList();
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].Outputs.OfType<ErrorElement>().FirstOrDefault() is { } error)
            {
                return (i + 1, cells[i].Contents.Split('\n')[0].Trim(), error);
            }
        }

        return null;
    }

    /// <summary>
    /// The line that names a notebook's failing cell: the notebook, the cell's number and first line, and the first line of
    /// its error.
    /// </summary>
    /// <remarks>
    /// Everything but the number is the notebook's own text (the error may hold what the notebook printed, escape sequences
    /// included), so it is shown escaped (<see cref="Shown"/>), and the engine's stack trace below the error's first line is
    /// left out: one line, whose every character a terminal shows as itself.
    /// </remarks>
    public static string FailedCell(string notebookName, int cell, string firstLine, ErrorElement failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        string message = (failure.ErrorValue ?? "").Split('\n')[0].TrimEnd('\r');
        return string.Create(CultureInfo.InvariantCulture,
            $"{Shown(notebookName)}, cell {cell} («{Shown(firstLine)}»): {Shown(failure.ErrorName ?? "")}: {Shown(message)}");
    }

    private static void WriteAssets(string outputFolder)
    {
        Copy(typeof(Plotly.NET.GenericChart).Assembly, PlotlyResource, outputFolder, PlotlyScript);
        using (var compressed = CreateFile(outputFolder, PlotlyScript + ".br"))
        {
            compressed.Write(CompressedPlotly.Value);
        }

        Copy(typeof(SiteBuilder).Assembly, "site.css", outputFolder, "site.css");
    }

    private const string PlotlyResource = "Plotly.NET." + PlotlyScript;

    /// <summary>
    /// plotly.js's brotli copy (<c>plotly.min.js.br</c>, compressed as small as brotli makes it), as the .NET WebAssembly
    /// publish does for the live runtime: a server that sends precompressed files (tools/NanoNeuron.Serve) sends plotly.js
    /// in 0.8 MB instead of 3.6 MB; a host that compresses by itself (GitHub Pages) ignores it. Compressed once per
    /// process (several seconds at this level), since the script is the one Plotly.NET embeds.
    /// </summary>
    private static readonly Lazy<byte[]> CompressedPlotly = new(() =>
    {
        using var source = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(PlotlyResource)
            ?? throw new InvalidOperationException($"Plotly.NET has no resource '{PlotlyResource}'");
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            source.CopyTo(brotli);
        }

        return compressed.ToArray();
    });

    private static void Copy(System.Reflection.Assembly assembly, string resource, string outputFolder, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource '{resource}'");
        using var file = CreateFile(outputFolder, name);
        stream.CopyTo(file);
    }
}
