using System.Globalization;
using System.Runtime.Versioning;
using CsCheck;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>How a build replaces the site (issue 19): the leftovers of a killed build go, and nothing of someone else's is removed to make room.</summary>
public sealed class SiteFolderTests : IDisposable
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One\n", "\n", "*The first.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private readonly string root = Directory.CreateTempSubdirectory("nanoneuron-site-folder-").FullName;

    public SiteFolderTests()
    {
        Directory.CreateDirectory(Notebooks);
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), Lesson);
        Directory.CreateDirectory(Site);
        File.WriteAllText(Path.Combine(Site, SiteBuilder.Marker), "");
    }

    private string Notebooks => Path.Combine(root, "notebooks");

    private string Site => Path.Combine(root, "site");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private (int ExitCode, string Output, string Error) Build()
    {
        using var written = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteBuilder.Build(Notebooks, Site, written, error, (notebook, executed) =>
        {
            File.Copy(notebook, executed);
            return (0, "");
        });
        return (exitCode, written.ToString(), error.ToString());
    }

    [Fact]
    public void Build_StagingFolderOfAKilledBuild_IsRemoved_AndOneOfABuildStillRunningIsKept()
    {
        // No process has an id above the kernel's largest.
        int gone = int.Parse(File.ReadAllText("/proc/sys/kernel/pid_max").Trim(), CultureInfo.InvariantCulture) + 1;
        string killed = Directory.CreateDirectory(Path.Combine(Site, $"{SiteFolder.StagingPrefix}{gone}-abc", "notebooks")).FullName;
        File.WriteAllText(Path.Combine(killed, "01-one.ipynb"), Lesson);
        string running = Directory.CreateDirectory(Path.Combine(Site, $"{SiteFolder.StagingPrefix}{Environment.ProcessId}-other")).FullName;

        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 0, output + error);
        Assert.False(Directory.Exists(Path.Combine(Site, $"{SiteFolder.StagingPrefix}{gone}-abc")));
        Assert.True(Directory.Exists(running));
        Assert.True(File.Exists(Path.Combine(Site, "01-one.html")));
    }

    /// <summary>
    /// Two builds into the same folder at once (attack 13, A13a-14: both said "Built", and the first one's publish removed
    /// the second one's pages): while one holds the folder, the other is refused before any notebook runs, with exit 2,
    /// the holder's process id and what to do, and changes nothing; the first one then publishes its site, and the folder
    /// takes a build again. The first build waits in its engine until the second has been refused.
    /// </summary>
    [Theory]
    [InlineData("site built before")]
    [InlineData("new folder")]
    public async Task Build_AnotherBuildWritingTheFolder_IsRefusedBeforeAnyNotebookRunsAndTheFirstOnePublishes(string kind)
    {
        string site = kind == "new folder" ? Path.Combine(root, "new", "site") : Site;
        using var running = new ManualResetEventSlim();
        using var refused = new ManualResetEventSlim();
        var first = Task.Run(() =>
        {
            using var written = new StringWriter();
            using var error = new StringWriter();
            int exitCode = SiteBuilder.Build(Notebooks, site, written, error, (notebook, executed) =>
            {
                running.Set();
                refused.Wait(TimeSpan.FromMinutes(5));
                File.Copy(notebook, executed);
                return (0, "");
            });
            return (exitCode, written.ToString() + error);
        });
        Assert.True(running.Wait(TimeSpan.FromMinutes(5)), "the first build did not start its engine");

        using var secondOutput = new StringWriter();
        using var secondError = new StringWriter();
        int second = SiteBuilder.Build(Notebooks, site, secondOutput, secondError, (notebook, executed) =>
            throw new InvalidOperationException($"the engine must not run ({notebook})"));
        refused.Set();
        var (firstExit, firstSaid) = await first;

        Assert.True(second == 2, secondOutput.ToString() + secondError);
        Assert.Empty(secondOutput.ToString());
        Assert.Equal(
            $"error: --output '{site}': another build is writing this folder (pid {Environment.ProcessId}): wait for it to end, or choose another --output, such as --output artifacts/site2.\n",
            secondError.ToString().ReplaceLineEndings("\n"));
        Assert.True(firstExit == 0, firstSaid);
        Assert.True(File.Exists(Path.Combine(site, "01-one.html")));
        Assert.Contains("\"01-one.html\"", File.ReadAllText(Path.Combine(site, SiteBuilder.Marker)), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, SiteBuilder.Lock)));
        Assert.Empty(Directory.GetDirectories(site, SiteFolder.StagingPrefix + "*"));

        using var again = new StringWriter();
        Assert.Equal(0, SiteBuilder.Build(Notebooks, site, again, again, (notebook, executed) =>
        {
            File.Copy(notebook, executed);
            return (0, "");
        }));
    }

    /// <summary>A build killed before it wrote the marker of an empty folder left only the lock there: the folder still takes a site.</summary>
    [Fact]
    public void Build_EmptyFolderButForALeftLock_IsBuilt()
    {
        File.Delete(Path.Combine(Site, SiteBuilder.Marker));
        File.WriteAllText(Path.Combine(Site, SiteBuilder.Lock), "");

        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 0, output + error);
        Assert.True(File.Exists(Path.Combine(Site, "01-one.html")));
    }

    /// <summary>
    /// The process id in a staging or setup folder's name is read exactly when digits follow the prefix, up to a '-' or the
    /// end; any other name has none, and its folder is never removed (attack 13, A13a-4, the code shared with the setup step).
    /// </summary>
    [Fact]
    public void Owner_AnyName_IsTheIdAfterThePrefixOrNone()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.String[Gen.Char["ab-9"], 0, 6], Gen.Bool.Select(setup => setup ? "setup-" : SiteFolder.StagingPrefix)).Sample((pid, rest, prefix) =>
        {
            string id = pid.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(pid, Tools.ProcessFolders.Owner(prefix + id, prefix));
            Assert.Equal(pid, Tools.ProcessFolders.Owner($"{prefix}{id}-{rest}", prefix));
            Assert.Null(Tools.ProcessFolders.Owner($"{prefix}x{id}{rest}", prefix));
            Assert.Null(Tools.ProcessFolders.Owner(prefix + rest.Replace("9", "", StringComparison.Ordinal), prefix));
            Assert.Null(Tools.ProcessFolders.Owner("other-" + id, prefix));
        }, iter: 300, threads: 1);
    }

    /// <summary>
    /// A failed first build into a nested new path removes every folder it created, not only the site's (attack 13, A13a-5:
    /// new1/ and new1/new2/ stayed); a folder above that something else was put into meanwhile stays, with it.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_FailsIntoANestedNewPath_RemovesTheFoldersItCreated(bool somethingPutAbove)
    {
        string outer = Path.Combine(root, "new1");
        string site = Path.Combine(outer, "new2", "site");
        string mine = Path.Combine(outer, "mine.txt");
        using var written = new StringWriter();
        using var error = new StringWriter();

        int exitCode = SiteBuilder.Build(Notebooks, site, written, error, (notebook, executed) =>
        {
            if (somethingPutAbove)
            {
                File.WriteAllText(mine, "put here during the build");
            }

            return (1, "the engine failed");
        });

        Assert.True(exitCode == 1, written.ToString() + error);
        Assert.False(Directory.Exists(Path.Combine(outer, "new2")), "the folders the build created are removed");
        Assert.Equal(somethingPutAbove, Directory.Exists(outer));
        Assert.Equal(somethingPutAbove, File.Exists(mine));
    }

    /// <summary>
    /// <see cref="SiteFolder.MissingFolders"/> lists a path and each missing folder above it, from the innermost out, down to
    /// the first that exists, whatever the depth and however much of it exists (A13a-5).
    /// </summary>
    [Fact]
    public void MissingFolders_AnyDepthAndExistingPart_ListsExactlyTheMissingOnesInnermostFirst()
    {
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 6]).Sample((depth, existing) =>
        {
            existing = Math.Min(existing, depth);
            string top = Path.Combine(root, "deep-" + Guid.NewGuid().ToString("N"));
            string[] levels = [.. Enumerable.Range(1, depth).Select(i => Path.Combine([top, .. Enumerable.Range(1, i).Select(j => "d" + j)]))];
            if (existing > 0)
            {
                Directory.CreateDirectory(levels[existing - 1]);
            }

            var missing = SiteFolder.MissingFolders(levels[^1] + "/");

            Assert.Equal(levels.Skip(existing).Reverse().Append(existing == 0 ? top : null).OfType<string>(), missing);
        }, iter: 100, threads: 1);
    }

    [Theory]
    [InlineData("notebooks", "is a file where the site needs a folder")]
    [InlineData("index.html/", "is a folder where the site writes a file")]
    public void Build_SomeoneElsesFileWhereTheSiteWrites_FailsNamingItAndChangesNothing(string entry, string reason)
    {
        if (entry.EndsWith('/'))
        {
            Directory.CreateDirectory(Path.Combine(Site, entry));
        }
        else
        {
            File.WriteAllText(Path.Combine(Site, entry), "someone else's");
        }

        var before = Snapshot.Take(root);

        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 1, output + error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Built", output, StringComparison.Ordinal); // found before the site is said to be built (attack 8, A8-4)
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    /// <summary>
    /// The list of what a build wrote is a named pipe (attack 8, A8-4): refused before any notebook runs, instead of a build
    /// that says "Built" and then waits for ever to read it. Nothing in the folder changes.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Build_MarkerThatIsANamedPipe_IsRefusedBeforeAnyNotebookRuns()
    {
        string marker = Path.Combine(Site, SiteBuilder.Marker);
        File.Delete(marker);
        await Shell.MakeFifoAsync(marker);

        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 2, output + error);
        Assert.Empty(output);
        Assert.Contains($"holds a {SiteBuilder.Marker} file (the list of what a build here wrote) that is a named pipe (FIFO), not a list of files", error, StringComparison.Ordinal);
        Assert.Contains("build into a new or empty folder, such as --output artifacts/site, or remove it.", error, StringComparison.Ordinal);
        Assert.Equal([marker], Directory.GetFileSystemEntries(Site));
    }

    /// <summary>
    /// The list is a link (attack 9: one to /proc/self/mem ran every notebook, then failed with an I/O error): the builder
    /// writes it itself, never through a link, so a link there is refused before any notebook runs.
    /// </summary>
    [Theory]
    [InlineData("/proc/self/mem")]
    [InlineData("elsewhere.txt")]
    [UnsupportedOSPlatform("windows")]
    public void Build_MarkerThatIsALink_IsRefusedBeforeAnyNotebookRuns(string target)
    {
        string marker = Path.Combine(Site, SiteBuilder.Marker);
        File.Delete(marker);
        File.CreateSymbolicLink(marker, target);

        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 2, output + error);
        Assert.Empty(output);
        Assert.Contains($"holds a {SiteBuilder.Marker} that is a symbolic link to '{target}', but the builder writes that file itself and never through a link", error, StringComparison.Ordinal);
        Assert.Equal([marker], Directory.GetFileSystemEntries(Site));
        Assert.Equal(target, new FileInfo(marker).LinkTarget);
    }

    [Fact]
    public void Build_TheMarker_ListsEveryFileTheBuildWrote()
    {
        var (exitCode, output, error) = Build();

        Assert.True(exitCode == 0, output + error);
        string[] listed = [.. File.ReadAllLines(Path.Combine(Site, SiteBuilder.Marker)).Where(line => line.StartsWith('"'))];
        Assert.Equal(["\"01-one.html\"", "\"index.html\"", "\"notebooks/01-one.ipynb\"", $"\"{SiteBuilder.PlotlyScript}\"", $"\"{SiteBuilder.PlotlyScript}.br\"", "\"site.css\""], listed);
    }
}
