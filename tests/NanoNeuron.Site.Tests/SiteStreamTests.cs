using CsCheck;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// The site builder's standard output closed, full, or failing part-way (issue 19): exit 74, the reason (blaming standard
/// output, not the site's folder) on standard error, never a stack trace, and the site as it was.
/// </summary>
public sealed class SiteStreamTests : IDisposable
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# TITLE\n", "\n", "*A lesson.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private readonly string root = Directory.CreateTempSubdirectory("nanoneuron-site-streams-").FullName;

    public SiteStreamTests()
    {
        Directory.CreateDirectory(Notebooks);
        Write("first build");
    }

    private string Notebooks => Path.Combine(root, "notebooks");

    private string Site => Path.Combine(root, "site");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void Write(string title)
    {
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), Lesson.Replace("TITLE", "01 — " + title, StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Notebooks, "02-two.ipynb"), Lesson.Replace("TITLE", "02 — " + title, StringComparison.Ordinal));
    }

    private static (int, string) CopyEngine(string notebook, string executed)
    {
        File.Copy(notebook, executed);
        return (0, "");
    }

    private int Build(TextWriter output, TextWriter error) => SiteBuilder.Build(Notebooks, Site, output, error, CopyEngine);

    private static void AssertOneLine(string error, params string[] expected)
    {
        Assert.Single(error.TrimEnd().Split('\n'));
        foreach (string part in expected)
        {
            Assert.Contains(part, error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "No space left on device")]
    [InlineData(true, "Bad file descriptor")]
    public void Build_StandardOutputFullOrClosed_Exits74BlamingStandardOutputAndLeavesTheSite(bool closed, string reason)
    {
        Assert.Equal(0, Build(TextWriter.Null, TextWriter.Null));
        Write("second build");
        var before = Snapshot.Take(root);
        using var output = new BrokenWriter(0, closed);
        using var error = new StringWriter();

        int exitCode = Build(output, error);

        Assert.Equal(74, exitCode);
        AssertOneLine(error.ToString(), $"could not write to standard output ({reason})", "the build stopped", "was left as it was");
        Assert.DoesNotContain("could not write the site", error.ToString(), StringComparison.Ordinal);
        var changes = Snapshot.Changes(before, Snapshot.Take(root)).ToList();
        Assert.True(changes.Count == 0, string.Join(", ", changes));
    }

    [Fact]
    public void Build_FirstBuildWithStandardOutputClosed_LeavesNoFolder()
    {
        using var error = new StringWriter();

        Assert.Equal(74, Build(new BrokenWriter(0, closed: true), error));
        Assert.False(Directory.Exists(Site));
    }

    /// <summary>
    /// Standard output fills up after any number of characters: the build either said everything and put the new site in
    /// place (exit 0), or exits 74 with the old site as it was.
    /// </summary>
    [Fact]
    public void Build_StandardOutputFailsAtAnyPoint_TheSiteChangesOnlyWithTheWholeReport()
    {
        Assert.Equal(0, Build(TextWriter.Null, TextWriter.Null));
        using var whole = new StringWriter();
        Assert.Equal(0, Build(whole, TextWriter.Null));
        int length = whole.ToString().Length;
        int build = 0;

        Gen.Double[0, 1.5].Sample(fraction =>
        {
            Write($"build {++build}");
            var before = Snapshot.Take(root);
            var output = new BrokenWriter((int)(fraction * length));
            using var error = new StringWriter();

            int exitCode = Build(output, error);

            string index = File.ReadAllText(Path.Combine(Site, "index.html"));
            if (exitCode == 0)
            {
                Assert.EndsWith("Open index.html in a browser.\n", output.ToString(), StringComparison.Ordinal);
                Assert.Contains($"build {build}", index, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(74, exitCode);
                AssertOneLine(error.ToString(), "could not write to standard output (No space left on device)");
                Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
            }

            Assert.True(fraction > 0 || exitCode == 74);
            Assert.True(fraction < 1.2 || exitCode == 0);
        }, iter: 40, threads: 1);
    }

    [Theory]
    [InlineData("--list-lessons")]
    [InlineData("--help")]
    public void Run_ListingToAFullStandardOutput_Exits74WithOneLine(string option)
    {
        using var error = new StringWriter();

        Assert.Equal(74, SiteCommand.Run([option], root, new BrokenWriter(0), error));
        AssertOneLine(error.ToString(), "could not write to standard output (No space left on device)");
    }

    /// <summary>The real executable, its standard output closed or full as a shell leaves it: no stack trace, exit 74.</summary>
    [Theory]
    [InlineData("--list-lessons >/dev/full", "No space left on device")]
    [InlineData("--list-lessons >&-", "Bad file descriptor")]
    [InlineData("--help >/dev/full", "No space left on device")]
    public async Task Executable_StandardOutputClosedOrFull_Exits74WithTheReason(string arguments, string reason)
    {
        var (exit, output, error) = await Shell.RunAsync($"exec dotnet \"$SITE\" {arguments}", new Dictionary<string, string> { ["SITE"] = Executable }, root);

        Assert.True(exit == 74, $"exit {exit}\n{output}{error}");
        AssertOneLine(error, $"could not write to standard output ({reason})");
    }

    /// <summary>The real executable, listing into a pipe whose reader has gone (as `| head -c 0` leaves it): exit 74, not a success.</summary>
    [Fact]
    public async Task Executable_ListingIntoAPipeNobodyReads_Exits74()
    {
        var (exit, output, error) = await Shell.RunAsync(
            Shell.IntoAPipeNobodyReads("dotnet \"$SITE\" --list-lessons"), new Dictionary<string, string> { ["SITE"] = Executable, ["FIFO"] = Path.Combine(root, "pipe") }, root);

        Assert.True(exit == 74, $"exit {exit}\n{output}{error}");
        AssertOneLine(error, "could not write to standard output (Broken pipe)");
    }

    /// <summary>The site builder's executable.</summary>
    private static string Executable => typeof(SiteBuilder).Assembly.Location;
}
