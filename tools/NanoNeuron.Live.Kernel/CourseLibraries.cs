namespace NanoNeuron.Live.Kernel;

/// <summary>
/// Which assemblies a cell compiles against, and which namespaces it sees without a <c>using</c>: the setup line's
/// (notebooks/setup.dib) imports, in two parts. The core loads with the runtime; the charts (NanoNeuron.Charts with
/// Plotly.NET and FSharp.Core, 3 MB) only when a cell first needs them.
/// </summary>
public static class CourseLibraries
{
    /// <summary>
    /// The base library a cell may use, and the course's libraries that load with the runtime: the maths, the
    /// experiments, the checkers and the tables values are shown as; and the compiler the kernel itself runs on, which
    /// the appendix's cell on the original's undeclared variable calls.
    /// </summary>
    public static IReadOnlyList<string> Core { get; } =
    [
        "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Collections.Immutable",
        "System.Console", "System.Linq", "System.Memory", "System.Runtime.Numerics", "System.Runtime.Intrinsics",
        "System.Numerics.Vectors", "System.Numerics.Tensors", "System.Text.RegularExpressions", "System.ObjectModel",
        "NanoNeuron", "NanoNeuron.Vectorized", "NanoNeuron.Experiments", "NanoNeuron.Exercises", "NanoNeuron.Display",
        "NanoNeuron.Live.Kernel", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
    ];

    /// <summary>The chart libraries, loaded on demand.</summary>
    public static IReadOnlyList<string> Charts { get; } =
        ["NanoNeuron.Charts", "Plotly.NET", "Plotly.NET.CSharp", "FSharp.Core", "DynamicObj", "Giraffe.ViewEngine", "Newtonsoft.Json"];

    /// <summary>What every cell imports, as the notebooks' setup line does (less NanoNeuron.Notebooks, the kernel's glue).</summary>
    public static IReadOnlyList<string> CoreUsings { get; } =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks",
        "NanoNeuron", "NanoNeuron.Activations", "NanoNeuron.Classification", "NanoNeuron.ClosedForm", "NanoNeuron.Data", "NanoNeuron.Exercises",
        "NanoNeuron.Experiments", "NanoNeuron.Fast", "NanoNeuron.Networks", "NanoNeuron.Optimization", "NanoNeuron.SeveralInputs",
    ];

    /// <summary>The imports that need the chart libraries.</summary>
    public static IReadOnlyList<string> ChartUsings { get; } = ["NanoNeuron.Charts"];
}
