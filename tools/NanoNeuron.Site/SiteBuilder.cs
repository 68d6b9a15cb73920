using System.Diagnostics;
using System.Globalization;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NanoNeuron.Site;

/// <summary>Executes the course's notebooks and writes the static site.</summary>
internal static class SiteBuilder
{
    /// <summary>plotly.js as Plotly.NET embeds it: the site's only script, served from the site itself.</summary>
    public const string PlotlyScript = "plotly-2.28.0.min.js";

    /// <summary>Builds the site; returns 0, 1 after naming the notebook and cell that failed (or what could not be written), or 2 for bad options.</summary>
    public static int Build(string notebooksFolder, string outputFolder, TextWriter output, TextWriter error)
    {
        try
        {
            return BuildSite(notebooksFolder, outputFolder, output, error);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write the site to '{outputFolder}': {exception.Message}");
            return 1;
        }
    }

    private static int BuildSite(string notebooksFolder, string outputFolder, TextWriter output, TextWriter error)
    {
        // The engine runs in the notebooks' folder, so every path it is given must be absolute.
        notebooksFolder = Path.GetFullPath(notebooksFolder);
        outputFolder = Path.GetFullPath(outputFolder);
        var notebooks = Lessons(notebooksFolder);
        if (File.Exists(outputFolder))
        {
            error.WriteLine($"error: --output '{outputFolder}' is a file: name a folder for the site, such as artifacts/site.");
            return 2;
        }

        if (notebooks.Count == 0)
        {
            error.WriteLine($"error: no numbered notebooks (NN-name.ipynb) in '{notebooksFolder}': run from the repository's root or pass --notebooks.");
            return 1;
        }

        string executedFolder = Path.Combine(outputFolder, "notebooks");
        Directory.CreateDirectory(executedFolder);
        var lessons = new List<PageRenderer.Lesson>();
        var total = Stopwatch.StartNew();
        for (int i = 0; i < notebooks.Count; i++)
        {
            string name = Path.GetFileName(notebooks[i]);
            string executed = Path.Combine(executedFolder, name);
            output.Write($"[{i + 1}/{notebooks.Count}] {name} ... ");
            var timer = Stopwatch.StartNew();
            var (exitCode, log) = NotebookRunner.Execute(notebooks[i], executed);
            if (!File.Exists(executed))
            {
                output.WriteLine("failed");
                error.WriteLine($"error: {name}: the engine wrote no executed notebook (exit code {exitCode}):\n{log.Trim()}");
                return 1;
            }

            var document = Notebook.Parse(File.ReadAllText(executed));
            if (FirstError(document) is { } failure)
            {
                output.WriteLine("failed");
                error.WriteLine($"error: {name}, cell {failure.Cell} («{failure.FirstLine}»): {failure.Error.ErrorName}: {failure.Error.ErrorValue}");
                return 1;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok ({timer.Elapsed.TotalSeconds:F1} s)"));
            lessons.Add(PageRenderer.Describe(name, document));
        }

        WriteAssets(outputFolder);
        File.WriteAllText(Path.Combine(outputFolder, "index.html"), PageRenderer.RenderIndex(lessons, PlotlyScript));
        for (int i = 0; i < lessons.Count; i++)
        {
            string page = PageRenderer.Render(lessons[i], i > 0 ? lessons[i - 1] : null, i + 1 < lessons.Count ? lessons[i + 1] : null, PlotlyScript);
            File.WriteAllText(Path.Combine(outputFolder, lessons[i].PageName), page);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {lessons.Count} pages and the course map in {Path.GetFullPath(outputFolder)} ({total.Elapsed.TotalSeconds:F0} s). Open index.html in a browser."));
        return 0;
    }

    /// <summary>The course's lessons in order: the numbered notebooks (NN-name.ipynb) of a folder, as full paths.</summary>
    public static IReadOnlyList<string> Lessons(string notebooksFolder) =>
        Directory.Exists(notebooksFolder)
            ? [.. Directory.EnumerateFiles(notebooksFolder, "*.ipynb")
                .Where(path => System.Text.RegularExpressions.Regex.IsMatch(Path.GetFileName(path), @"^\d{2}-"))
                .Order(StringComparer.Ordinal)]
            : [];

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

    private static void WriteAssets(string outputFolder)
    {
        Copy(typeof(Plotly.NET.GenericChart).Assembly, "Plotly.NET." + PlotlyScript, Path.Combine(outputFolder, PlotlyScript));
        Copy(typeof(SiteBuilder).Assembly, "site.css", Path.Combine(outputFolder, "site.css"));
    }

    private static void Copy(System.Reflection.Assembly assembly, string resource, string path)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource '{resource}'");
        using var file = File.Create(path);
        stream.CopyTo(file);
    }
}
