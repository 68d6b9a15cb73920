using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.Playwright;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

[Collection(SiteDefinition.Name)]
public partial class SiteTests(SiteFixture site)
{
    /// <summary>The course map, every lesson's page, and the glossary's when notebooks/glossary.md exists.</summary>
    public static TheoryData<string> Pages => [.. PageNames];

    private static IEnumerable<string> PageNames => [
        "index.html",
        .. SiteBuilder.Lessons(Path.Combine(RepositoryRoot.Path, "notebooks")).Select(path => Path.ChangeExtension(Path.GetFileName(path), ".html")),
        .. File.Exists(Path.Combine(RepositoryRoot.Path, "notebooks", SiteBuilder.GlossarySource)) ? [SiteBuilder.GlossaryPage] : Array.Empty<string>()];

    private static int LessonCount => SiteBuilder.Lessons(Path.Combine(RepositoryRoot.Path, "notebooks")).Count;

    [Fact]
    public void Build_ExecutesEveryNotebookWithProgressAndASummary()
    {
        Assert.True(site.ExitCode == 0, site.Output + site.Error);
        int lessons = LessonCount;
        Assert.Contains($"[1/{lessons}] 00-welcome.ipynb ... ok", site.Output, StringComparison.Ordinal);
        Assert.Contains($"Built {lessons} pages, the glossary and the course map", site.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Folder, "notebooks", "07-training.ipynb")), "the executed notebooks are kept beside the pages");
    }

    [Fact]
    public void PuttingItAllTogether_AsExecuted_AnswersTheSeventyDegreeQuestionWithTheOriginalsNumber()
    {
        string executed = Path.Combine(site.Folder, "notebooks", "08-putting-it-all-together.ipynb");
        Assert.True(File.Exists(executed), site.Output + site.Error);
        var shown = Notebook.Parse(File.ReadAllText(executed)).Elements.SelectMany(cell => cell.Outputs).OfType<DisplayElement>()
            .Select(display => string.Concat(display.Data.Values.Select(PageRenderer.Text)));
        Assert.Contains(shown, text => text.Contains("158.00024270295162", StringComparison.Ordinal));
    }

    [Fact]
    public void Plotly_ItsBrotliCopy_DecompressesToTheScript()
    {
        byte[] script = File.ReadAllBytes(Path.Combine(site.Folder, SiteBuilder.PlotlyScript));
        using var brotli = new System.IO.Compression.BrotliStream(
            File.OpenRead(Path.Combine(site.Folder, SiteBuilder.PlotlyScript + ".br")), System.IO.Compression.CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        brotli.CopyTo(decompressed);

        Assert.Equal(script, decompressed.ToArray());
        Assert.True(new FileInfo(Path.Combine(site.Folder, SiteBuilder.PlotlyScript + ".br")).Length < script.Length / 3);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_ReferencesNothingOutsideTheSite(string page)
    {
        string html = File.ReadAllText(Path.Combine(site.Folder, page));

        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match reference in LocalReference().Matches(html))
        {
            string target = reference.Groups["target"].Value.Split('#')[0];
            // A lesson may cite a source with a link (<a href="https://…">): following it is the reader's choice, and
            // the page loads nothing from it. Everything a page loads (src=, stylesheets) must be the site's own.
            bool inAnchor = html.AsSpan(html.LastIndexOf('<', reference.Index)).StartsWith("<a ", StringComparison.Ordinal);
            bool citation = inAnchor && reference.Groups["attribute"].Value == "href"
                && (target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal));
            if (citation)
            {
                continue;
            }

            Assert.False(target.StartsWith('/') || target.Contains("://", StringComparison.Ordinal), $"{page}: '{target}' is not a relative link");
            if (target.Length > 0)
            {
                Assert.True(File.Exists(Path.Combine(site.Folder, target)), $"{page} links to '{target}', which the site does not have");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_InABrowser_DrawsEveryChartWithoutConsoleErrors(string page)
    {
        var errors = new List<string>();
        var browserPage = await site.Browser.NewPageAsync();
        browserPage.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        browserPage.PageError += (_, error) => errors.Add(error);

        await browserPage.GotoAsync(new Uri(Path.Combine(site.Folder, page)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        var charts = await browserPage.Locator("figure.chart").AllAsync();
        foreach (var chart in charts)
        {
            Assert.True(await chart.Locator("svg.main-svg").CountAsync() > 0, $"{page}: chart {await chart.GetAttributeAsync("id")} did not draw");
        }

        Assert.Empty(errors);
        if (page is not ("index.html" or SiteBuilder.GlossaryPage))
        {
            Assert.NotEmpty(charts);
        }

        await browserPage.CloseAsync();
    }

    [Fact]
    public void Glossary_WhenItExists_IsLinkedFromTheMapAndEveryLesson()
    {
        bool exists = File.Exists(Path.Combine(RepositoryRoot.Path, "notebooks", SiteBuilder.GlossarySource));
        Assert.Equal(exists, File.Exists(Path.Combine(site.Folder, SiteBuilder.GlossaryPage)));
        foreach (string page in PageNames.Where(page => page != SiteBuilder.GlossaryPage))
        {
            string html = File.ReadAllText(Path.Combine(site.Folder, page));
            Assert.True(exists == html.Contains("href=\"glossary.html\"", StringComparison.Ordinal), $"{page}: glossary link should be {(exists ? "there" : "absent")}");
            Assert.DoesNotContain("href=\"glossary.md", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TrainingLesson_HasAWorkingEpochSliderAndIsScreenshotted()
    {
        var page = await Sliders.ScrubToTheEnd(site, "07-training.html", "epoch 70,000");

        string screenshots = Path.Combine(RepositoryRoot.Path, "artifacts", "test-results");
        Directory.CreateDirectory(screenshots);
        string path = Path.Combine(screenshots, "07-training.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);

        // The README's picture (docs/lesson-07.png is a copy): the cost history, from its heading to its chart.
        await page.SetViewportSizeAsync(1100, 1120);
        await page.EvaluateAsync("() => document.getElementById('the-cost-history').scrollIntoView()");
        string costHistory = Path.Combine(screenshots, "07-training-cost-history.png");
        await page.ScreenshotAsync(new() { Path = costHistory });
        Assert.True(new FileInfo(costHistory).Length > 10_000);
        await page.CloseAsync();
    }

    [GeneratedRegex("(?<attribute>href|src)=\"(?<target>[^\"]*)\"")]
    private static partial Regex LocalReference();
}
