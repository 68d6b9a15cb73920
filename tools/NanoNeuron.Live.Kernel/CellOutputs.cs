using System.Text;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// What one cell shows, in order, shaped as a notebook's outputs (nbformat 4): Console text as a stream, each
/// <c>display(…)</c> and the cell's value as MIME bundles, and an error. The page draws them, and a downloaded
/// notebook keeps them as they are.
/// </summary>
public sealed class CellOutputs
{
    private readonly List<CellOutput> outputs = [];
    private readonly Func<object?, MimeBundle> format;

    /// <summary>Outputs formatted by <paramref name="format"/> (<see cref="ValueFormats.Format"/> in the kernel).</summary>
    public CellOutputs(Func<object?, MimeBundle> format) => this.format = format;

    /// <summary>The outputs so far.</summary>
    public IReadOnlyList<CellOutput> Items => outputs;

    /// <summary>Text written to the Console, joined to the text just before it.</summary>
    public void Write(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (outputs.Count > 0 && outputs[^1] is StreamOutput last)
        {
            outputs[^1] = last with { Text = last.Text + text };
        }
        else
        {
            outputs.Add(new StreamOutput(text));
        }
    }

    /// <summary>A value shown with <c>display(…)</c>.</summary>
    public void Display(object? value) => outputs.Add(new DisplayOutput(format(value), IsResult: false));

    /// <summary>The cell's value: the last expression it ends with.</summary>
    public void Result(object? value) => outputs.Add(new DisplayOutput(format(value), IsResult: true));

    /// <summary>The cell failed: it did not compile, or it threw.</summary>
    public void Error(ErrorOutput error) => outputs.Add(error);

    /// <summary>A writer for <see cref="Console.SetOut"/> that adds what is written to these outputs.</summary>
    public TextWriter ConsoleWriter() => new OutputWriter(this);

    private sealed class OutputWriter(CellOutputs outputs) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => outputs.Write(value.ToString());

        public override void Write(string? value) => outputs.Write(value ?? "");

        public override void Write(char[] buffer, int index, int count) => outputs.Write(new string(buffer, index, count));
    }
}

/// <summary>One output of a cell.</summary>
public abstract record CellOutput;

/// <summary>Text the cell wrote to the Console.</summary>
/// <param name="Text">The text, as written.</param>
public sealed record StreamOutput(string Text) : CellOutput;

/// <summary>A value shown below the cell.</summary>
/// <param name="Data">The value in each format the page may show.</param>
/// <param name="IsResult">Whether it is the cell's value (the last expression) rather than a <c>display(…)</c>.</param>
public sealed record DisplayOutput(MimeBundle Data, bool IsResult) : CellOutput;

/// <summary>Why a cell failed.</summary>
/// <param name="Name">The exception's type name, or "CompilationError".</param>
/// <param name="Message">What went wrong, in the compiler's or the exception's words.</param>
/// <param name="Diagnostics">The compiler's errors, each with its place in the cell; empty for an exception.</param>
public sealed record ErrorOutput(string Name, string Message, IReadOnlyList<CellDiagnostic> Diagnostics) : CellOutput;

/// <summary>A compiler error and where it is in the cell (lines and columns from 1).</summary>
/// <param name="Id">The compiler's code, for example CS0103.</param>
/// <param name="Line">The line it starts on, from 1.</param>
/// <param name="Column">The column it starts at, from 1.</param>
/// <param name="EndLine">The line it ends on.</param>
/// <param name="EndColumn">The column it ends before.</param>
/// <param name="Message">The compiler's message.</param>
public sealed record CellDiagnostic(string Id, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    /// <summary>"(line,column): error CS0103: message", as the compiler writes it.</summary>
    public override string ToString() => $"({Line},{Column}): error {Id}: {Message}";
}

/// <summary>
/// One value in several formats, keyed by MIME type ("text/plain", "text/html", and a chart's figure as
/// "application/vnd.plotly.v1+json", whose value is JSON text); the page shows the richest it can.
/// </summary>
/// <param name="Formats">Each MIME type with the value in it.</param>
public sealed record MimeBundle(IReadOnlyDictionary<string, string> Formats)
{
    /// <summary>The MIME type of a chart's figure (data, layout, frames), as Jupyter's Plotly renderer takes it.</summary>
    public const string PlotlyJson = "application/vnd.plotly.v1+json";

    /// <summary>
    /// If the value is an exercise's verdict, whether it is right (✓) or a hint; null for any other value. The page
    /// reads a verdict out; the notebook keeps it in the output's metadata (<see cref="ValueFormats.VerdictKey"/>).
    /// </summary>
    public bool? Verdict { get; init; }

    /// <summary>Plain text alone.</summary>
    public static MimeBundle Text(string text) => new(new Dictionary<string, string> { ["text/plain"] = text });
}
