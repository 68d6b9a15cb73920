using System.Net;
using System.Text;
using System.Text.Json;
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
        foreach (var element in lesson.Document.Elements)
        {
            if (element.KernelName == "markdown")
            {
                body.AppendLine(MarkdownToHtml(element.Contents));
                continue;
            }

            body.Append(live ? LiveSite.CellStart(element) : "");
            body.Append("<div class=\"cell-code\">").Append(HighlightCSharp(element.Contents.TrimEnd())).AppendLine("</div>");
            if (element.Contents.Trim() != SetupLine)
            {
                foreach (var output in element.Outputs)
                {
                    body.Append("<div class=\"cell-output\">").Append(Output(output)).AppendLine("</div>");
                }
            }

            body.Append(live ? "</div>\n" : "");
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

    /// <summary>One output: a chart in its box, other HTML as it is, text in a box.</summary>
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
    /// calls <c>Plotly.newPlot</c>, with no reference to plotly.js, which the page loads itself), in a box of class
    /// "chart"; null if this is not a chart.
    /// </summary>
    public static string? Chart(string html) =>
        html.Contains("Plotly.newPlot(", StringComparison.Ordinal) ? $"<div class=\"chart\">{html}</div>" : null;

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
        <header><span class="course">NanoNeuron in C#</span>{navigation}</header>
        <main{live}>
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
