using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using NanoNeuron.Tools;

namespace NanoNeuron.Site;

/// <summary>
/// The live course on the site's pages: the browser runtime (tools/NanoNeuron.Live, published) copied to
/// <see cref="Folder"/>, and the markup its page module (live.js) reads. Every code cell runs in the browser except the
/// setup line (the runtime's job) and the kernel-only cells of <see cref="Exceptions"/>.
/// </summary>
internal static class LiveSite
{
    /// <summary>Where the runtime goes in the site.</summary>
    public const string Folder = "live";

    /// <summary>The runtime's page module, which every live page loads.</summary>
    public const string Module = "live.js";

    /// <summary>
    /// What a published runtime holds that a live page loads by name: the page's module and styles, the modules it imports,
    /// and .NET's own loader. A folder without one of them, or with one empty, is no runtime.
    /// </summary>
    public static IReadOnlyList<string> RuntimeFiles { get; } =
        [Module, "live.css", "live-kernel.js", "live-labs.js", "live-worker.js", "_framework/dotnet.js"];

    /// <summary>
    /// Why <paramref name="runtime"/> is no runtime, or null: it is no folder (it does not exist, is a file, a broken link),
    /// or the first of <see cref="RuntimeFiles"/> it lacks or holds empty, with which. A link is judged by the file it
    /// leads to: one that leads nowhere is no file, one to /dev/null an empty one.
    /// </summary>
    public static string? NotARuntime(string runtime) =>
        PathKind.NotAFolder(runtime, SiteBuilder.Shown) is { } notAFolder ? $"it {notAFolder}"
        : !Directory.Exists(runtime) ? "it does not exist"
        : RuntimeFiles.Select(name => (name, file: Resolved(Path.Combine(runtime, name))))
            .Where(entry => entry.file is not { Exists: true, Length: > 0 })
            .Select(entry => entry.file is { Exists: true } ? $"its {entry.name} is empty" : $"it holds no {entry.name}")
            .FirstOrDefault();

    /// <summary>The file at <paramref name="path"/>, or the one its chain of links ends at (null for a chain that loops).</summary>
    private static FileInfo? Resolved(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target ? new FileInfo(target.FullName) : new FileInfo(path);
        }
        catch (IOException)
        {
            return null; // links in a circle
        }
    }

    /// <summary>
    /// The one list of the cells that do not simply run in the browser, each with its reason, which the page shows beside
    /// it. A <see cref="LiveExceptionKind.KernelOnly"/> cell is not run there and keeps the output it had when the site
    /// was built; a <see cref="LiveExceptionKind.DiffersInTheBrowser"/> cell runs, and one of its checks fails there with
    /// <see cref="LiveException.Failure"/>. The live browser test runs every other cell of every lesson, expects exactly
    /// these failures, and fails when a listed cell no longer needs its entry, so that the list only shrinks.
    /// </summary>
    /// <remarks>
    /// The browser's .NET rounds the last bit of <c>Math.Tanh</c>, <c>Math.Exp</c> and <c>Math.Log</c> differently from
    /// .NET on Linux (measured: of 200,000 values of tanh on [−5, 5], 96,388 end in an odd bit on the desktop and 91,816 in
    /// the browser; <c>Math.Sqrt</c> agrees). Short computations agree to many digits; a long, sensitive one can move.
    /// </remarks>
    public static IReadOnlyList<LiveException> Exceptions { get; } =
    [
        KernelOnlyCell("c19-003", "it loads ML.NET, whose native code a browser cannot run", "#r \"nuget: Microsoft.ML"),
        KernelOnlyCell("c19-013", "it trains with ML.NET", "MLNetRegression.Fit"),
        KernelOnlyCell("c19-033", "it checks ML.NET's line, which the cell above finds only in the notebook", "mlNet"),
        KernelOnlyCell("c19-015", "it times ML.NET", "MLNetRegression.Fit"),
        KernelOnlyCell("c19-016", "it draws the timings of the cell above, which runs only in the notebook", "times"),
        KernelOnlyCell("c19-018", "it checks ML.NET's line", "mlNet"),
        KernelOnlyCell("c19-021", "it trains with ML.NET", "MLNetRegression.Fit"),
        KernelOnlyCell("c19-023", "it checks the ML.NET lines of the cell above", "mlNet"),
        KernelOnlyCell("c19-025", "it trains with ML.NET", "MLNetRegression.Fit"),
        KernelOnlyCell("c19-026", "it checks the ML.NET lines of the cell above", "noisy"),
        KernelOnlyCell("c19-027", "it draws the ML.NET lines of the cells above", "noisy"),
    ];

    /// <summary>The entry of <see cref="Exceptions"/> for a cell, or null if it simply runs in the browser.</summary>
    public static LiveException? ExceptionFor(string? cellId) => Exceptions.FirstOrDefault(exception => exception.CellId == cellId);

    private static LiveException KernelOnlyCell(string cellId, string reason, string cause) =>
        new(cellId, LiveExceptionKind.KernelOnly, reason, null, cause);

    /// <summary>What a live page adds to its head: the runtime's styles and page module.</summary>
    public const string Head = $"\n<link rel=\"stylesheet\" href=\"{Folder}/live.css\">\n<script type=\"module\" src=\"{Folder}/{Module}\"></script>";

    /// <summary>The attributes of a live page's &lt;main&gt;: the executed notebook, which "download" starts from.</summary>
    public static string PageAttributes(string notebookFileName) =>
        $" data-live-notebook=\"notebooks/{WebUtility.HtmlEncode(Uri.EscapeDataString(notebookFileName))}\"";

    /// <summary>
    /// One code cell's HTML (<paramref name="html"/>: its code and outputs, or the small setup cell) in the element the
    /// page module reads: its id, its number on the page (as the code box names it; 0 for the setup cell), and what kind
    /// of cell it is for the browser.
    /// </summary>
    public static string Cell(InteractiveDocumentElement cell, int number, string html)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string attributes = $"class=\"cell\" data-cell-id=\"{WebUtility.HtmlEncode(cell.Id ?? "")}\" data-cell-number=\"{number}\"";
        if (cell.Contents.Trim() == PageRenderer.SetupLine)
        {
            attributes += " data-live=\"setup\"";
        }
        else if (ExceptionFor(cell.Id) is { Kind: LiveExceptionKind.KernelOnly } kernelOnly)
        {
            attributes += $" data-live=\"kernel-only\" data-live-reason=\"{WebUtility.HtmlEncode(kernelOnly.Reason)}\"";
        }
        else if (ExceptionFor(cell.Id) is { Kind: LiveExceptionKind.DiffersInTheBrowser } difference)
        {
            attributes += $" data-live-note=\"{WebUtility.HtmlEncode(difference.Reason)}\"";
        }

        return $"<div {attributes}>{html}</div>";
    }

    /// <summary>
    /// Gives the executed notebook's cells the ids of the lesson's cells, by position: the pinned dotnet-repl writes
    /// nbformat 4.5 without them, and a live page names its cells (for the learner's stored edits and for "download")
    /// by id. Nothing changes when the two do not have the same number of cells.
    /// </summary>
    public static void KeepCellIds(string lesson, string executed)
    {
        var source = JsonNode.Parse(File.ReadAllText(lesson))?["cells"]?.AsArray();
        var notebook = JsonNode.Parse(File.ReadAllText(executed));
        var cells = notebook?["cells"]?.AsArray();
        if (source is null || cells is null || source.Count != cells.Count)
        {
            return;
        }

        for (int i = 0; i < cells.Count; i++)
        {
            if (source[i]?["id"]?.GetValue<string>() is { } id && cells[i] is JsonObject cell)
            {
                cell["id"] = id;
            }
        }

        File.WriteAllText(executed, notebook!.ToJsonString(Written) + "\n");
    }

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Copies the published runtime (its wwwroot) into the site, every file as it is.</summary>
    public static void CopyRuntime(string runtime, string destination)
    {
        foreach (string file in Directory.EnumerateFiles(runtime, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(destination, Path.GetRelativePath(runtime, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
