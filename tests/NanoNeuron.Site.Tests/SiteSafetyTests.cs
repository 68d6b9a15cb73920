using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>The builder writes only into a folder of its own, and never publishes a page that was not executed by this build.</summary>
public sealed class SiteSafetyTests : IDisposable
{
    private const string Lesson = """
        {"cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One\n", "\n", "*The first.* New words are in the [glossary](glossary.md)."]},
          {"cell_type": "code", "execution_count": null, "metadata": {"dotnet_interactive": {"language": "csharp"}}, "outputs": [], "source": ["1 + 1"]}
         ],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}},
         "nbformat": 4, "nbformat_minor": 5}
        """;

    // Inside the repository, so that the engine finds the pinned tool manifest.
    private readonly string root = Path.Combine(RepositoryRoot.Path, "artifacts", "test-notebooks", Guid.NewGuid().ToString("N"));

    public SiteSafetyTests()
    {
        Directory.CreateDirectory(Notebooks);
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), Lesson);
    }

    private string Notebooks => Path.Combine(root, "notebooks");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private (int ExitCode, string Output, string Error) Build(string output)
    {
        using var written = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteBuilder.Build(Notebooks, output, written, error);
        return (exitCode, written.ToString(), error.ToString());
    }

    [Theory]
    [InlineData(".", "holds")]
    [InlineData("notebooks", "is")]
    [InlineData("notebooks/site", "lies inside")]
    public void Build_OutputWouldOverwriteTheNotebooks_Exits2AndWritesNothing(string folder, string relation)
    {
        var before = Snapshot.Take(root);

        var (exitCode, _, error) = Build(Path.Combine(root, folder));

        Assert.Equal(2, exitCode);
        Assert.Contains($"{relation} the notebooks folder", error, StringComparison.Ordinal);
        Assert.Contains("--output artifacts/site", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    [Fact]
    public void Build_OutputIsALinkToTheNotebooks_Exits2AndWritesNothing()
    {
        string link = Path.Combine(root, "link");
        Directory.CreateSymbolicLink(link, Notebooks);
        var before = Snapshot.Take(root);

        var (exitCode, _, error) = Build(Path.Combine(link, "site"));

        Assert.Equal(2, exitCode);
        Assert.Contains("lies inside the notebooks folder", error, StringComparison.Ordinal);
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    [Fact]
    public void Build_FolderWithOtherFiles_Exits2AndKeepsThem()
    {
        string folder = Directory.CreateDirectory(Path.Combine(root, "mine")).FullName;
        File.WriteAllText(Path.Combine(folder, "index.html"), "my own page");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Directory.SetLastWriteTimeUtc(folder, written);
        var before = Snapshot.Take(root);

        var (exitCode, _, error) = Build(folder);

        Assert.Equal(2, exitCode);
        // Not even a probe was created in it and removed (which would have moved the folder's time).
        Assert.Equal(written, Directory.GetLastWriteTimeUtc(folder));
        Assert.Contains("with other files in it", error, StringComparison.Ordinal);
        Assert.Contains("new or empty folder", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    [Fact]
    public void Build_EngineWritesNothing_PublishesNoPageFromAnEarlierBuildAndLeavesTheSiteAsItWas()
    {
        // An earlier build left an executed copy; this time the notebook is unreadable and the engine writes nothing.
        string site = Path.Combine(root, "site");
        Directory.CreateDirectory(Path.Combine(site, "notebooks"));
        File.WriteAllText(Path.Combine(site, ".nanoneuron-site"), "");
        File.WriteAllText(Path.Combine(site, "notebooks", "01-one.ipynb"), Lesson);
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), "{ this is not a notebook");
        var before = Snapshot.Take(site);

        var (exitCode, output, error) = Build(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("[1/1] 01-one.ipynb ... failed", output, StringComparison.Ordinal);
        Assert.Contains("01-one.ipynb", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site, "01-one.html")), "no page is published from an earlier build's copy");
        Assert.Equal(before, Snapshot.Take(site));
    }

    [Fact]
    public void Build_Glossary_IsAPageLinkedFromTheMapAndEveryLesson_AndTheSiteBuildsWithoutIt()
    {
        File.WriteAllText(Path.Combine(Notebooks, "glossary.md"),
            "# Glossary\n\n**cost** — how far the predictions are from the answers; see [lesson 01](01-one.ipynb#top) and the [notes](notes.md).\n");
        string site = Path.Combine(root, "site");

        var (exitCode, output, error) = Build(site);

        Assert.True(exitCode == 0, output + error);
        string glossary = File.ReadAllText(Path.Combine(site, "glossary.html"));
        Assert.Contains("<title>Glossary · NanoNeuron</title>", glossary, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"site.css\">", glossary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"index.html\">Course map</a>", glossary, StringComparison.Ordinal);
        Assert.Contains("<strong>cost</strong>", glossary, StringComparison.Ordinal);
        Assert.Contains("href=\"01-one.html#top\"", glossary, StringComparison.Ordinal);
        Assert.Contains("href=\"notes.html\"", glossary, StringComparison.Ordinal);
        Assert.Contains("href=\"glossary.html\"", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        string lesson = File.ReadAllText(Path.Combine(site, "01-one.html"));
        Assert.Contains("<a href=\"glossary.html\">Glossary</a>", lesson, StringComparison.Ordinal);
        Assert.Contains("<a href=\"glossary.html\">glossary</a>", lesson, StringComparison.Ordinal);
        Assert.DoesNotContain("glossary.md", lesson, StringComparison.Ordinal);

        // Without glossary.md the same folder is built again, without the page and without links to it.
        File.Delete(Path.Combine(Notebooks, "glossary.md"));
        (exitCode, output, error) = Build(site);

        Assert.True(exitCode == 0, output + error);
        Assert.False(File.Exists(Path.Combine(site, "glossary.html")));
        Assert.DoesNotContain("Glossary</a>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("Glossary</a>", File.ReadAllText(Path.Combine(site, "01-one.html")), StringComparison.Ordinal);
    }
}
