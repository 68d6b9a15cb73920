using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// A notebook's session: cells compiled one after the other as C# script submissions, each seeing the variables,
/// methods and types of the cells run before it, its last expression being its value.
/// </summary>
/// <remarks>
/// Each cell is <c>CSharpCompilation.CreateScriptCompilation</c> chained to the previous cell's compilation, emitted to
/// memory and loaded in the session's own collectible <see cref="AssemblyLoadContext"/>, which resolves the earlier cells
/// by name. A cell that compiles joins the chain even if it then throws, as in a notebook: what it declared stays.
/// </remarks>
public sealed class CellSession : IDisposable
{
    /// <summary>
    /// The compiler errors that mean a name or an assembly is not known: perhaps it is in a library not loaded yet.
    /// </summary>
    private static readonly HashSet<string> UnknownNameErrors = ["CS0103", "CS0246", "CS0234", "CS0400", "CS0012"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly List<MetadataReference> references;
    private readonly List<string> usings;
    private readonly Func<object?, MimeBundle> format;
    private readonly CellLoadContext context = new();
    private readonly CellGlobals globals;
    private readonly string name = "s" + Guid.NewGuid().ToString("N")[..8];
    private CSharpCompilation? previous;
    private object?[] submissions = new object?[16];
    private int cells;

    /// <summary>A new, empty session.</summary>
    /// <param name="references">What cells compile against (see <see cref="MetadataReferences"/>).</param>
    /// <param name="usings">The namespaces every cell imports.</param>
    /// <param name="format">How a value is shown (<see cref="ValueFormats.Format"/>).</param>
    public CellSession(IEnumerable<MetadataReference> references, IEnumerable<string> usings, Func<object?, MimeBundle> format)
    {
        this.references = [.. references];
        this.usings = [.. usings];
        this.format = format;
        globals = new CellGlobals(new CellOutputs(format));
        submissions[0] = globals;
    }

    /// <summary>How many cells have joined the session.</summary>
    public int Cells => cells;

    /// <summary>Makes more libraries available to the cells run from now on (the charts, once they are loaded).</summary>
    public void AddLibraries(IEnumerable<MetadataReference> moreReferences, IEnumerable<string> moreUsings)
    {
        references.AddRange(moreReferences);
        usings.AddRange(moreUsings.Except(usings));
    }

    /// <summary>Compiles and runs one cell after the ones before it.</summary>
    public async Task<CellResult> RunAsync(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var outputs = new CellOutputs(format);
        var clock = Stopwatch.StartNew();
        var compilation = Compile(code);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        double compileMs = clock.Elapsed.TotalMilliseconds;
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Describe).ToList();
            outputs.Error(new ErrorOutput("CompilationError", string.Join("\n", errors), errors));
            bool unknownNames = errors.Count > 0 && errors.All(e => UnknownNameErrors.Contains(e.Id));
            return new CellResult(CellStatus.Error, outputs.Items, compileMs, 0, MayNeedLibraries: unknownNames);
        }

        image.Position = 0;
        var assembly = context.LoadFromStream(image);
        context.Cells[assembly.GetName().Name!] = assembly;
        previous = compilation;
        cells++;
        if (submissions.Length <= cells)
        {
            Array.Resize(ref submissions, submissions.Length * 2);
        }

        clock.Restart();
        var (status, missingAssembly) = await Execute(assembly, compilation, outputs);
        return new CellResult(status, outputs.Items, compileMs, clock.Elapsed.TotalMilliseconds, MayNeedLibraries: missingAssembly);
    }

    /// <summary>Unloads every cell's assembly.</summary>
    public void Dispose() => context.Unload();

    private CSharpCompilation Compile(string code) => CSharpCompilation.CreateScriptCompilation(
        $"{name}c{cells + 1}",
        CSharpSyntaxTree.ParseText(code, ParseOptions),
        references,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: usings,
            optimizationLevel: OptimizationLevel.Release,
            concurrentBuild: false,
            allowUnsafe: false),
        previous,
        returnType: typeof(object),
        globalsType: typeof(CellGlobals));

    private async Task<(CellStatus Status, bool MissingAssembly)> Execute(Assembly assembly, CSharpCompilation compilation, CellOutputs outputs)
    {
        var factory = assembly.GetType(compilation.ScriptClass!.MetadataName, throwOnError: true)!
            .GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static)!;
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var writer = outputs.ConsoleWriter();
        Console.SetOut(writer);
        Console.SetError(writer);
        globals.Outputs = outputs;
        try
        {
            object? value = await ((Task<object>)factory.Invoke(null, [submissions])!).ConfigureAwait(true);
            if (EndsWithValue(compilation))
            {
                outputs.Result(value);
            }

            return (CellStatus.Ok, false);
        }
#pragma warning disable CA1031 // Whatever a learner's cell throws is shown below it, never let through.
        catch (Exception thrown)
#pragma warning restore CA1031
        {
            var exception = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
            outputs.Error(new ErrorOutput(exception.GetType().Name, exception.Message, []));
            return (CellStatus.Error, exception is FileNotFoundException);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>Whether the cell ends with an expression that has a value (no semicolon, not a void call): the cell's value.</summary>
    private static bool EndsWithValue(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax last }] }
            || !last.SemicolonToken.IsMissing)
        {
            return false;
        }

        return compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type is not { SpecialType: SpecialType.System_Void };
    }

    private static CellDiagnostic Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new CellDiagnostic(
            diagnostic.Id,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class CellLoadContext() : AssemblyLoadContext("NanoNeuron cells", isCollectible: true)
    {
        public Dictionary<string, Assembly> Cells { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName) => Cells.GetValueOrDefault(assemblyName.Name!);
    }
}

/// <summary>Whether a cell ran.</summary>
public enum CellStatus
{
    /// <summary>It compiled and ran.</summary>
    Ok,

    /// <summary>It did not compile, or it threw.</summary>
    Error,
}

/// <summary>What running a cell gave.</summary>
/// <param name="Status">Whether it ran.</param>
/// <param name="Outputs">What it showed, in order.</param>
/// <param name="CompileMs">How long Roslyn took.</param>
/// <param name="RunMs">How long the cell ran.</param>
/// <param name="MayNeedLibraries">
/// It failed only because a name or an assembly is not known (perhaps in a library not loaded yet): it did not compile
/// for names the compiler does not know, or it threw <see cref="FileNotFoundException"/> for an assembly.
/// </param>
public sealed record CellResult(CellStatus Status, IReadOnlyList<CellOutput> Outputs, double CompileMs, double RunMs, bool MayNeedLibraries);
