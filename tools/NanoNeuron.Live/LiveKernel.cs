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
    /// Compiles and runs a small cell in a session of its own, then forgets it: the compiler's first cell is slow (its
    /// code runs for the first time, and the references' symbols are read), so the worker does this while the learner
    /// reads, and the first cell they run is compiled warm. Returns how long it took, in ms.
    /// </summary>
    [JSExport]
    public static async Task<double> Warm()
    {
        var clock = Stopwatch.StartNew();
        using var scratch = NewSession();
        await scratch.RunAsync(WarmUpCell).ConfigureAwait(true);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>What the warm-up runs: a variable, a call into the course's library and a value shown, as a lesson's cells do.</summary>
    internal const string WarmUpCell = "var warmUp = new Neuron(0.9492, 0.4570);\nwarmUp.Predict(70)";

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
