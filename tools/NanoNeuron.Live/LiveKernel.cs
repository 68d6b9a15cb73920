using System.Diagnostics;
using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using Microsoft.CodeAnalysis;
using NanoNeuron.Live.Kernel;

namespace NanoNeuron.Live;

/// <summary>
/// What the worker calls: one session of cells, run one at a time. Messages are JSON text (see
/// <see cref="CellResultJson"/>); the worker passes them to the page as they are.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class LiveKernel
{
    private static IReadOnlyList<MetadataReference> core = [];
    private static IReadOnlyList<MetadataReference> charts = [];
    private static CellSession? session;

    /// <summary>Reads the core libraries' metadata and opens a session; returns how long that took, in ms.</summary>
    [JSExport]
    public static double Start()
    {
        var clock = Stopwatch.StartNew();
        core = MetadataReferences.For(CourseLibraries.Core);
        session = NewSession();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Whether the chart libraries are in use. The worker loads their assemblies (lazily, the first time a cell needs
    /// them), then calls <see cref="UseCharts"/>.
    /// </summary>
    [JSExport]
    public static bool ChartsInUse() => charts.Count > 0;

    /// <summary>Makes the chart libraries, already loaded by the worker, available to the cells from now on.</summary>
    [JSExport]
    public static void UseCharts()
    {
        if (charts.Count == 0)
        {
            charts = MetadataReferences.For(CourseLibraries.Charts);
            Current.AddLibraries(charts, CourseLibraries.ChartUsings);
        }
    }

    /// <summary>
    /// Runs one cell after the ones before it. "needs-libraries": it names something unknown while the charts are not
    /// loaded; the worker loads them and runs the cell again.
    /// </summary>
    [JSExport]
    public static async Task<string> Run(string code)
    {
        var result = await Current.RunAsync(code).ConfigureAwait(true);
        string status = result.Status == CellStatus.Ok ? "ok" : result.MayNeedLibraries && charts.Count == 0 ? "needs-libraries" : "error";
        return CellResultJson.Write(result, status);
    }

    /// <summary>Forgets every cell: a new, empty session (the chart libraries stay loaded).</summary>
    [JSExport]
    public static void Reset()
    {
        session?.Dispose();
        session = NewSession();
    }

    private static CellSession Current => session ?? throw new InvalidOperationException("Start the kernel first.");

    private static CellSession NewSession() => new(
        [.. core, .. charts],
        charts.Count == 0 ? CourseLibraries.CoreUsings : [.. CourseLibraries.CoreUsings, .. CourseLibraries.ChartUsings],
        ValueFormats.Format);
}
