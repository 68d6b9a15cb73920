namespace NanoNeuron.Live.Kernel;

/// <summary>
/// Which assemblies a cell compiles against, and which namespaces it sees without a <c>using</c>: the setup line's
/// (notebooks/setup.dib) imports, in two parts. The core loads with the runtime; the charts (Plotly.NET and
/// FSharp.Core, 3 MB) only when a cell first needs them.
/// </summary>
public static class CourseLibraries
{
    /// <summary>The base library a cell may use, and the course's own libraries that load with the runtime.</summary>
    public static IReadOnlyList<string> Core { get; } =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Collections.Immutable",
        "System.Console", "System.Linq", "System.Memory", "System.Runtime.Numerics", "System.Runtime.Intrinsics",
        "System.Numerics.Vectors", "System.Numerics.Tensors", "System.Text.RegularExpressions", "System.ObjectModel",
        "NanoNeuron", "NanoNeuron.Vectorized", "NanoNeuron.Live.Kernel",

        // The checkers (Expect, Questions, TryIt), for now built from lib/NanoNeuron.Notebooks's kernel-free files.
        "NanoNeuron.Live.Checkers",
    ];

    /// <summary>The chart libraries and what needs them, loaded on demand.</summary>
    public static IReadOnlyList<string> Charts { get; } =
        ["NanoNeuron.Course", "Plotly.NET", "Plotly.NET.CSharp", "FSharp.Core", "DynamicObj", "Giraffe.ViewEngine", "Newtonsoft.Json"];

    /// <summary>What every cell imports, as the notebooks' setup line does.</summary>
    public static IReadOnlyList<string> CoreUsings { get; } =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        "NanoNeuron", "NanoNeuron.Classification", "NanoNeuron.ClosedForm", "NanoNeuron.Data", "NanoNeuron.Fast",
        "NanoNeuron.Networks", "NanoNeuron.Optimization", "NanoNeuron.SeveralInputs", "NanoNeuron.Notebooks",
    ];

    /// <summary>The imports that need the chart libraries.</summary>
    public static IReadOnlyList<string> ChartUsings { get; } = ["NanoNeuron.Course"];
}
