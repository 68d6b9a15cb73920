using System.Net;
using Microsoft.DotNet.Interactive.Documents;

namespace NanoNeuron.Site;

/// <summary>
/// The live course on the site's pages: the browser runtime (tools/NanoNeuron.Live, published) copied to
/// <see cref="Folder"/>, and the markup its page module (live.js) reads. Every code cell runs in the browser except the
/// setup line (the runtime's job) and the cells in <see cref="KernelOnly"/>.
/// </summary>
internal static class LiveSite
{
    /// <summary>Where the runtime goes in the site.</summary>
    public const string Folder = "live";

    /// <summary>The runtime's page module, which every live page loads.</summary>
    public const string Module = "live.js";

    /// <summary>
    /// The cells that cannot run in a browser, with the reason each page shows beside them; they keep the output they
    /// had when the site was built. The live browser test runs every other cell of every lesson.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KernelOnly { get; } = new Dictionary<string, string>
    {
        ["c19-003"] = "it loads ML.NET, whose native code a browser cannot run",
        ["c19-006"] = "it imports NanoNeuron.MLNet, the ML.NET part of the course, which is not in the browser",
        ["c19-008"] = "it trains on the data of the cell above it, which runs only in the notebook",
        ["c19-013"] = "it trains with ML.NET",
        ["c19-015"] = "it times ML.NET",
        ["c19-016"] = "it draws the timings of the cell above, which runs only in the notebook",
        ["c19-018"] = "it checks ML.NET's line",
        ["c19-021"] = "it trains with ML.NET",
        ["c19-023"] = "it checks the ML.NET lines of the cell above",
        ["c19-025"] = "it trains with ML.NET",
        ["c19-026"] = "it checks the ML.NET lines of the cell above",
        ["c19-027"] = "it draws the ML.NET lines of the cells above",
    };

    /// <summary>What a live page adds to its head: the runtime's styles and page module.</summary>
    public const string Head = $"\n<link rel=\"stylesheet\" href=\"{Folder}/live.css\">\n<script type=\"module\" src=\"{Folder}/{Module}\"></script>";

    /// <summary>The attributes of a live page's &lt;main&gt;: the executed notebook, which "download" starts from.</summary>
    public static string PageAttributes(string notebookFileName) =>
        $" data-live-notebook=\"notebooks/{WebUtility.HtmlEncode(Uri.EscapeDataString(notebookFileName))}\"";

    /// <summary>The opening tag that holds one code cell with its outputs.</summary>
    public static string CellStart(InteractiveDocumentElement cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        string id = WebUtility.HtmlEncode(cell.Id ?? "");
        if (cell.Contents.Trim() == PageRenderer.SetupLine)
        {
            return $"<div class=\"cell\" data-cell-id=\"{id}\" data-live=\"setup\">";
        }

        return cell.Id is not null && KernelOnly.TryGetValue(cell.Id, out string? reason)
            ? $"<div class=\"cell\" data-cell-id=\"{id}\" data-live=\"kernel-only\" data-live-reason=\"{WebUtility.HtmlEncode(reason)}\">"
            : $"<div class=\"cell\" data-cell-id=\"{id}\">";
    }

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
