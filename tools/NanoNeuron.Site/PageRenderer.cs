using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ColorCode;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.DotNet.Interactive.Documents;

namespace NanoNeuron.Site;

/// <summary>Turns an executed notebook into one HTML page: markdown, code, outputs and offline charts.</summary>
internal static partial class PageRenderer
{
    /// <summary>The setup cell: its outputs are package-loading noise, so the page shows only its line.</summary>
    public const string SetupLine = "#!import setup.dib";

    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>A lesson's page and its place in the course.</summary>
    public sealed record Lesson(string FileName, string Title, string Subtitle, InteractiveDocument Document)
    {
        /// <summary>The page's file name: the notebook's, ending in .html.</summary>
        public string PageName => Path.ChangeExtension(FileName, ".html");

        /// <summary>The page's address relative to the site: its name URL-encoded, so that a space, '#' or '?' in it still links to it.</summary>
        public string PageHref => Uri.EscapeDataString(PageName);
    }

    /// <summary>Reads the title (the first heading) and the subtitle (the first paragraph after it) of a notebook.</summary>
    public static Lesson Describe(string fileName, InteractiveDocument document)
    {
        var markdown = document.Elements.FirstOrDefault(e => e.KernelName == "markdown")?.Contents ?? "";
        var parsed = Markdig.Markdown.Parse(markdown, Markdown);
        string title = parsed.OfType<HeadingBlock>().Select(PlainText).FirstOrDefault() ?? Path.GetFileNameWithoutExtension(fileName);
        string subtitle = parsed.OfType<ParagraphBlock>().Select(PlainText).FirstOrDefault() ?? "";
        return new Lesson(fileName, title, subtitle, document);
    }

    /// <summary>The whole page of one lesson; <paramref name="live"/>: its code cells can be edited and run (see <see cref="LiveSite"/>).</summary>
    public static string Render(Lesson lesson, Lesson? previous, Lesson? next, string plotlyScript, bool glossary = false, bool live = false)
    {
        var body = new StringBuilder();
        int codeCells = 0;
        foreach (var element in lesson.Document.Elements)
        {
            if (element.KernelName == "markdown")
            {
                body.AppendLine(MarkdownToHtml(element.Contents));
                continue;
            }

            string code = element.Contents.TrimEnd();
            if (code.Trim() == SetupLine)
            {
                body.AppendLine(live ? LiveSite.Cell(element, 0, SetupCell()) : SetupCell());
                continue;
            }

            codeCells++;
            string cell = CodeBlock(code, codeCells) + string.Concat(element.Outputs.Select(output => OutputBlock(output, codeCells)));
            cell = live ? LiveSite.Cell(element, codeCells, cell) : cell;
            body.AppendLine(IsCheckCell(code) ? CheckCell(code, cell) : cell);
        }

        var navigation = new StringBuilder(Navigation(glossary));
        if (previous is not null)
        {
            navigation.Append($" <a href=\"{previous.PageHref}\">← {WebUtility.HtmlEncode(previous.Title)}</a>");
        }

        if (next is not null)
        {
            navigation.Append($" <a href=\"{next.PageHref}\">{WebUtility.HtmlEncode(next.Title)} →</a>");
        }

        return Page(lesson.Title, navigation.ToString(), body.ToString(), plotlyScript, live ? LiveSite.PageAttributes(lesson.FileName) : null);
    }

    /// <summary>The course map: every lesson with its subtitle.</summary>
    public static string RenderIndex(IReadOnlyList<Lesson> lessons, string plotlyScript, bool glossary = false)
    {
        var body = new StringBuilder("<h1>NanoNeuron in C#</h1>\n<p>One neuron learns to convert Celsius to Fahrenheit by gradient descent. ")
            .Append("Every lesson below was executed when this site was built: the code, its results and its charts are as they ran. ")
            .Append("The charts are interactive and work offline.</p>\n<ol class=\"course-map\" start=\"0\">\n");
        foreach (var lesson in lessons)
        {
            body.Append($"<li><a href=\"{lesson.PageHref}\">{WebUtility.HtmlEncode(lesson.Title)}</a>")
                .Append($"<span class=\"subtitle\">{WebUtility.HtmlEncode(lesson.Subtitle)}</span></li>\n");
        }

        body.Append("</ol>\n");
        if (glossary)
        {
            body.Append("<p>New words are explained in the <a href=\"glossary.html\">glossary</a>.</p>\n");
        }

        return Page("NanoNeuron in C#", Navigation(glossary), body.ToString(), plotlyScript);
    }

    /// <summary>The glossary's page: its markdown with the site's layout; its title is its first heading.</summary>
    public static string RenderGlossary(string markdown, string plotlyScript)
    {
        var parsed = Markdig.Markdown.Parse(markdown, Markdown);
        string title = parsed.OfType<HeadingBlock>().Select(PlainText).FirstOrDefault() ?? "Glossary";
        return Page(title, Navigation(glossary: true), MarkdownToHtml(markdown), plotlyScript);
    }

    private static string Navigation(bool glossary) =>
        glossary ? "<a href=\"index.html\">Course map</a> <a href=\"glossary.html\">Glossary</a>" : "<a href=\"index.html\">Course map</a>";

    /// <summary>
    /// C# code as HTML with its keywords, types, strings and comments in spans of classes that site.css colours
    /// (ColorCode; it encodes the code's text): <c>&lt;div class="csharp"&gt;&lt;pre&gt;…&lt;/pre&gt;&lt;/div&gt;</c>.
    /// </summary>
    public static string HighlightCSharp(string code)
    {
        lock (CSharp)
        {
            return CSharp.GetHtmlString(code, Languages.CSharp);
        }
    }

    private static readonly HtmlClassFormatter CSharp = new();

    /// <summary>Markdown to HTML, with relative links to notebooks and markdown files turned into links to their pages.</summary>
    public static string MarkdownToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Markdown);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && IsRelative(url) && PageLink().IsMatch(url))
            {
                link.Url = PageLink().Replace(url, ".html");
            }
        }

        return Markdig.Markdown.ToHtml(document, Markdown);
    }

    /// <summary>The first line of a check cell: a cell that only checks the numbers the text states (CONTRIBUTING.md).</summary>
    public const string CheckCellMarker = "// Checks:";

    /// <summary>Whether a code cell is a check cell: its first line starts with <see cref="CheckCellMarker"/>.</summary>
    public static bool IsCheckCell(string code) => code.TrimStart().StartsWith(CheckCellMarker, StringComparison.Ordinal);

    /// <summary>How many numbers of the text a cell checks: its calls of <c>Expect.About</c> and <c>Expect.Exactly</c>.</summary>
    public static int CountChecks(string code) => ExpectCall().Count(code);

    /// <summary>
    /// A check cell, folded behind one line that says how many numbers of the text it checks; it opens (a
    /// <c>&lt;details&gt;</c>, so by keyboard too) to show its code and whatever it printed.
    /// </summary>
    public static string CheckCell(string code, string cellHtml)
    {
        int checks = CountChecks(code);
        string counted = checks == 1 ? "1 number" : string.Create(CultureInfo.InvariantCulture, $"{checks} numbers");
        return $"<details class=\"cell-check\"><summary>✓ {counted} in the text checked</summary>{cellHtml}</details>";
    }

    /// <summary>The setup cell, shown small: its outputs are package-loading noise, and its line is the same in every lesson.</summary>
    public static string SetupCell() =>
        $"<div class=\"cell-setup\"><span class=\"label\">Setup cell</span> <code>{WebUtility.HtmlEncode(SetupLine)}</code></div>";

    /// <summary>
    /// A code cell's code, highlighted, in a box that scrolls sideways when a line is longer than the column: the box
    /// can take the keyboard's focus (so the arrow keys scroll it) and is a region named after the cell.
    /// </summary>
    public static string CodeBlock(string code, int cell) =>
        $"<div class=\"cell-code\" tabindex=\"0\" role=\"region\" aria-label=\"Code cell {cell}\">{HighlightCSharp(code)}</div>";

    /// <summary>One output of code cell <paramref name="cell"/>: a chart as a figure, anything else in a box that scrolls like the code's.</summary>
    public static string OutputBlock(InteractiveDocumentOutputElement output, int cell)
    {
        string html = Output(output);
        return html.Length == 0 ? ""
            : html.StartsWith("<figure", StringComparison.Ordinal) ? $"<div class=\"cell-output\">{html}</div>"
            : $"<div class=\"cell-output\" tabindex=\"0\" role=\"region\" aria-label=\"Output of code cell {cell}\">{html}</div>";
    }

    /// <summary>One output: a chart as a figure, other HTML as it is, text in a box.</summary>
    public static string Output(InteractiveDocumentOutputElement output) => output switch
    {
        DisplayElement display when display.Data.TryGetValue("text/html", out var html) => Chart(Text(html)) ?? Text(html),
        DisplayElement display when display.Data.TryGetValue("text/plain", out var text) => $"<pre>{WebUtility.HtmlEncode(Text(text))}</pre>",
        TextElement text => $"<pre>{WebUtility.HtmlEncode(text.Text)}</pre>",
        ErrorElement error => $"<pre class=\"error\">{WebUtility.HtmlEncode($"{error.ErrorName}: {error.ErrorValue}")}</pre>",
        _ => "",
    };

    /// <summary>
    /// A chart as the kernel shows it (NanoNeuron.Notebooks' OfflineCharts: Plotly.NET's own div and a script that
    /// calls <c>Plotly.newPlot</c>, with no reference to plotly.js, which the page loads itself), as a
    /// <c>&lt;figure&gt;</c> of class "chart"; null if this is not a chart. The figure is named after the chart's
    /// title, and its text alternative (NanoNeuron.Charts' <c>ChartDescription</c>, in the layout's <c>meta</c>) is
    /// its caption. A fixed width in the layout is dropped, so that the chart takes the column's width at any screen size.
    /// </summary>
    public static string? Chart(string html)
    {
        if (!html.Contains("Plotly.newPlot(", StringComparison.Ordinal))
        {
            return null;
        }

        var (text, title, description) = ChartText(html);
        string name = WebUtility.HtmlEncode(title ?? "Chart");
        if (description is null)
        {
            return $"<figure class=\"chart\" aria-label=\"{name}\">{text}</figure>";
        }

        string id = $"chart-text-{ChartId(text)}";
        return $"<figure class=\"chart\" aria-label=\"{name}\" aria-describedby=\"{id}\">{text}<figcaption id=\"{id}\">{WebUtility.HtmlEncode(description)}</figcaption></figure>";
    }

    /// <summary>
    /// The chart's HTML with any fixed width taken out of its layout, and the title and description a reader is given:
    /// the layout's <c>meta</c> (see NanoNeuron.Charts' <c>ChartDescription</c>), or else its title.
    /// </summary>
    public static (string Html, string? Title, string? Description) ChartText(string html)
    {
        var match = LayoutLine().Match(html);
        if (!match.Success || JsonNode.Parse(match.Groups["json"].Value) is not JsonObject layout)
        {
            return (html, null, null);
        }

        string? Read(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        var meta = layout["meta"] as JsonObject;
        string? title = Read(meta?["title"]) ?? Read(layout["title"]?["text"]) ?? Read(layout["title"] as JsonValue);
        string? description = Read(meta?["description"]);
        layout.Remove("width");
        string json = layout.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return (html[..match.Groups["json"].Index] + json + html[(match.Groups["json"].Index + match.Groups["json"].Length)..], title, description);
    }

    private static string ChartId(string html) => NewPlotId().Match(html) is { Success: true } id ? id.Groups["id"].Value : Guid.NewGuid().ToString("N");

    [GeneratedRegex(@"^\s*var layout = (?<json>\{.*\});\s*$", RegexOptions.Multiline)]
    private static partial Regex LayoutLine();

    [GeneratedRegex(@"Plotly\.newPlot\('(?<id>[^']+)'")]
    private static partial Regex NewPlotId();

    [GeneratedRegex(@"\bExpect\s*\.\s*(About|Exactly)\b")]
    private static partial Regex ExpectCall();

    private static string Page(string title, string navigation, string body, string plotlyScript, string? live = null) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(title)} · NanoNeuron</title>
        <link rel="stylesheet" href="site.css">
        <script src="{plotlyScript}"></script>{(live is null ? "" : LiveSite.Head)}
        </head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header><span class="course">NanoNeuron in C#</span><nav aria-label="Course">{navigation}</nav></header>
        <main id="main"{live}>
        {body}
        </main>
        <footer>Built from the notebooks in this repository; each page shows the notebook as it ran.</footer>
        </body>
        </html>
        """;

    private static string PlainText(Block block) => block is LeafBlock { Inline: { } inline }
        ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
        : "";

    /// <summary>An output's text, whether stored as one string or as a list of lines.</summary>
    public static string Text(object? value) => value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString() ?? "",
        JsonElement { ValueKind: JsonValueKind.Array } element => string.Concat(element.EnumerateArray().Select(e => Text(e))),
        IEnumerable<object?> lines => string.Concat(lines.Select(Text)),
        _ => value?.ToString() ?? "",
    };

    private static bool IsRelative(string url) =>
        !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith('#');

    [GeneratedRegex(@"\.(?:ipynb|md)(?=$|#)")]
    private static partial Regex PageLink();
}
