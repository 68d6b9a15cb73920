using System.Reflection;
using System.Runtime.Loader;

namespace NanoNeuron.Notebooks;

/// <summary>What a notebook needs before its first cell of the lesson; called by <c>notebooks/setup.dib</c>.</summary>
public static class NotebookSetup
{
    private static int installed;

    /// <summary>
    /// Installs the FSharp.Core fix and the course's formatters (calling it again installs nothing more), and returns
    /// plotly.js as a script for the setup cell to show: the charts that follow draw with it, offline.
    /// </summary>
    /// <remarks>
    /// The .NET Interactive kernel ships FSharp.Core 10.0.0.0 while Plotly.NET 6 asks for 10.1.0.0, so every
    /// chart would fail with FileNotFoundException. The kernel's copy is compatible: when the runtime cannot
    /// find the requested FSharp.Core, this hands it the one already loaded.
    /// Charts: see <see cref="OfflineCharts"/>.
    /// </remarks>
    public static PlotlyScript Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += ResolveFSharpCore;
            Formatters.Register();
        }

        return OfflineCharts.PlotlyScript;
    }

    private static Assembly? ResolveFSharpCore(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
}
