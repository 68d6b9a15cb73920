using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

public class RenderingTests
{
    [Fact]
    public void MarkdownToHtml_NotebookLinksBecomePageLinks()
    {
        string html = PageRenderer.MarkdownToHtml("[next](02-x.ipynb) and [map](02-x.ipynb#top) and [web](https://example.org/a.ipynb)");
        Assert.Contains("href=\"02-x.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"02-x.html#top\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a.ipynb\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownToHtml_RelativeMarkdownLinksBecomePageLinks()
    {
        string html = PageRenderer.MarkdownToHtml("[g](glossary.md) and [term](glossary.md#cost) and [web](https://example.org/a.md) and [root](/a.md) and [page](a.mdx)");
        Assert.Contains("href=\"glossary.html\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"glossary.html#cost\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/a.md\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/a.md\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"a.mdx\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HighlightCSharp_ColoursKeywordsStringsAndComments_AndEncodesTheCode()
    {
        string html = PageRenderer.HighlightCSharp("var label = \"<b>\"; // a comment\nif (1 < 2) { }");

        Assert.Contains("<span class=\"keyword\">var</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"string\">&quot;&lt;b&gt;&quot;</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"comment\">// a comment</span>", html, StringComparison.Ordinal);
        Assert.Contains(" &lt; ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    private const string KernelChart = """
        <div><div id="abc"><!-- Plotly chart will be drawn inside this DIV --></div><script type="text/javascript">var renderPlotly_abc = function() {
            var data = [{"type":"scatter","x":[1.0],"y":[2.0]}];
            var layout = {"width":1100,"height":450,"title":{"text":"t; u <b>"}LAYOUT_META};
            var config = {"responsive":true};
            Plotly.newPlot('abc', data, layout, config);
        };
        renderPlotly_abc();
        </script></div>
        """;

    [Fact]
    public void Chart_KernelOutput_IsAFigureNamedAfterItsTitle_WithoutAFixedWidth()
    {
        string html = PageRenderer.Chart(KernelChart.Replace("LAYOUT_META", "", StringComparison.Ordinal))!;

        Assert.StartsWith("<figure class=\"chart\" aria-label=\"t; u &lt;b&gt;\"><div><div id=\"abc\">", html, StringComparison.Ordinal);
        Assert.Contains("var layout = {\"height\":450,\"title\":{\"text\":\"t; u <b>\"}};", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('abc', data, layout, config);", html, StringComparison.Ordinal);
        Assert.DoesNotContain("figcaption", html, StringComparison.Ordinal);
        Assert.Null(PageRenderer.Chart("<table><tr><td>1</td></tr></table>"));
    }

    [Fact]
    public void Chart_WithADescription_HasItAsItsCaptionAndAccessibleDescription()
    {
        string html = PageRenderer.Chart(KernelChart.Replace("LAYOUT_META", ",\"meta\":{\"description\":\"The cost falls <fast>.\",\"title\":\"Cost history\"}", StringComparison.Ordinal))!;

        Assert.StartsWith("<figure class=\"chart\" aria-label=\"Cost history\" aria-describedby=\"chart-text-abc\">", html, StringComparison.Ordinal);
        Assert.EndsWith("<figcaption id=\"chart-text-abc\">The cost falls &lt;fast&gt;.</figcaption></figure>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeCell_ScrollsInABoxTheKeyboardCanReach_NamedAfterTheCell()
    {
        string html = PageRenderer.CodeBlock("var x = 1;", 3);
        Assert.StartsWith("<div class=\"cell-code\" tabindex=\"0\" role=\"region\" aria-label=\"Code cell 3\"><div", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCell_IsFoldedBehindTheCountOfItsChecks()
    {
        const string Code = "// Checks: the slopes above.\nExpect.About(a, 1, 0.1);\nExpect . Exactly(b, 2);\nvar c = Expected(3);";

        Assert.True(PageRenderer.IsCheckCell(Code));
        Assert.False(PageRenderer.IsCheckCell("var a = 1; // Checks: not a check cell"));
        Assert.Equal(2, PageRenderer.CountChecks(Code));
        Assert.Equal("<details class=\"cell-check\"><summary>✓ 2 numbers in the text checked</summary>CELL</details>", PageRenderer.CheckCell(Code, "CELL"));
        Assert.Contains("✓ 1 number in the text checked", PageRenderer.CheckCell("// Checks: one.\nExpect.Exactly(1, 1);", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson_SetupCellIsSmall_CheckCellIsFolded_AndCodeCellsAreNumbered()
    {
        var document = new Microsoft.DotNet.Interactive.Documents.InteractiveDocument(
        [
            new("# 01 — Title\n\n*Summary.*", "markdown", []),
            new(PageRenderer.SetupLine, "csharp", [new Microsoft.DotNet.Interactive.Documents.TextElement("package noise")]),
            new("var a = 1;\na", "csharp", [new Microsoft.DotNet.Interactive.Documents.TextElement("1")]),
            new("// Checks: a.\nExpect.Exactly(a, 1);", "csharp", []),
        ]);
        string page = PageRenderer.Render(PageRenderer.Describe("01-title.ipynb", document), null, null, "plotly.js");

        Assert.Contains("<div class=\"cell-setup\"><span class=\"label\">Setup cell</span> <code>#!import setup.dib</code></div>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("package noise", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Code cell 1\"", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"cell-output\" tabindex=\"0\" role=\"region\" aria-label=\"Output of code cell 1\"><pre>1</pre></div>", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"cell-check\"><summary>✓ 1 number in the text checked</summary><div class=\"cell-code\" tabindex=\"0\" role=\"region\" aria-label=\"Code cell 2\">", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("<h1", StringComparison.Ordinal) < page.IndexOf("cell-setup", StringComparison.Ordinal), "the title comes before the setup cell");
    }

    [Fact]
    public void Build_FailingNotebook_NamesTheNotebookTheCellAndTheError()
    {
        // Inside the repository, so that the engine finds the pinned tool manifest.
        string root = Path.Combine(RepositoryRoot.Path, "artifacts", "test-notebooks", Guid.NewGuid().ToString("N"));
        string folder = Path.Combine(root, "notebooks");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "01-broken.ipynb"), """
            {"cells": [
              {"cell_type": "code", "execution_count": null, "metadata": {"dotnet_interactive": {"language": "csharp"}}, "outputs": [], "source": ["var fine = 1;"]},
              {"cell_type": "code", "execution_count": null, "metadata": {"dotnet_interactive": {"language": "csharp"}}, "outputs": [], "source": ["throw new InvalidOperationException(\"the lesson is broken\");"]}
             ],
             "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}},
             "nbformat": 4, "nbformat_minor": 5}
            """);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exitCode = SiteBuilder.Build(folder, Path.Combine(root, "site"), output, error);

            Assert.Equal(1, exitCode);
            Assert.Contains("[1/1] 01-broken.ipynb ... failed", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("01-broken.ipynb, cell 2", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("the lesson is broken", error.ToString(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(root, "site", "index.html")), "a failed build writes no site");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Build_NoNotebooks_SaysWhereItLookedAndWhatToDo()
    {
        // A folder that exists but holds no lesson (a missing one is refused as such: SiteInputTests).
        string empty = Directory.CreateTempSubdirectory("nanoneuron-empty-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(1, SiteBuilder.Build(empty, Path.Combine(empty, "site"), output, error));
            Assert.Contains($"no numbered notebooks (NN-name.ipynb) in '{empty}'", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("--notebooks", error.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(empty, "site")), "no site folder is made");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Build_OutputIsAFile_SaysToNameAFolder()
    {
        string file = Path.GetTempFileName();
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(2, SiteBuilder.Build(Path.Combine(RepositoryRoot.Path, "notebooks"), file, output, error));
            Assert.Contains("is a file: name a folder", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
