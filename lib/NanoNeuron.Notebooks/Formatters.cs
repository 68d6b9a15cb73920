using Microsoft.DotNet.Interactive.Formatting;
using NanoNeuron.Display;
using NanoNeuron.Exercises;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks;

/// <summary>
/// How values look when a cell ends with one: the tables of <see cref="HtmlValues"/> (lib/NanoNeuron.Display) instead
/// of .NET Interactive's object dumps, registered with the kernel.
/// </summary>
/// <remarks>
/// How the pinned Formatting package (1.0.0-beta.26120.1) picks a formatter: for a value's actual type it takes every
/// user-registered formatter whose type the value is (an open generic type such as <c>IEnumerable&lt;&gt;</c> counts
/// when the value implements it), most specific first, and tries them in turn until one says it wrote something; only
/// when no user formatter applies at all does it use its own defaults. An anonymous type cannot be named, so one
/// formatter registered for <see cref="object"/> (<see cref="Tables"/>) catches records, anonymous objects and
/// sequences of them (a LINQ <c>Select</c> of anonymous objects is an iterator implementing
/// <c>IEnumerable&lt;T&gt;</c>); for any other value it asks the formatters the kernel would have used without it.
/// </remarks>
public static class Formatters
{
    private const string Html = "text/html";

    /// <summary>The formatter for records, anonymous objects, sequences of them and the course's types.</summary>
    private static readonly HtmlFormatter<object> Tables = new(Format);

    /// <summary>Registers the course's HTML formatters with .NET Interactive.</summary>
    public static void Register()
    {
        Formatter.Register(Tables);
        Formatter.Register<Feedback>(Feedback, Html);
        // Draws with the plotly.js that Install shows, never with one from a CDN (a kernel extension's would; the last registered wins).
        Formatter.Register<Plotly.NET.GenericChart>((chart, writer) => writer.Write(OfflineCharts.ChartHtml(chart)), Html);
        Formatter.Register<PlotlyScript>((script, writer) => writer.Write(script.Html), Html);
    }

    /// <summary>A neuron as its two parameters and its formula.</summary>
    public static string Neuron(Neuron neuron) => CourseTables.Neuron(neuron);

    /// <summary>Gradients with their meaning.</summary>
    public static string Gradients(Gradients gradients) => CourseTables.Gradients(gradients);

    /// <summary>A forward pass: its cost and its first predictions.</summary>
    public static string Forward(ForwardResult forward) => CourseTables.Forward(forward);

    /// <summary>A training run: how far it went and where it ended.</summary>
    public static string Training(TrainingResult<Neuron> result) => CourseTables.Training(result);

    /// <summary>A gradient check: one row per parameter.</summary>
    public static string GradientComparisons(IEnumerable<GradientComparison> rows) => CourseTables.GradientComparisons(rows);

    /// <summary>An exercise's verdict, green or red.</summary>
    public static string Feedback(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return Verdict.Html(feedback.Passed, feedback.ToString());
    }

    /// <summary>What a cell shows for <paramref name="value"/> as HTML: the course's table, or what the kernel shows without the course.</summary>
    internal static string ToHtml(object value)
    {
        using var writer = new StringWriter();
        Format(value, new FormatContext(writer));
        return writer.ToString();
    }

    private static bool Format(object value, FormatContext context)
    {
        if (HtmlValues.ToHtml(value) is { } html)
        {
            context.Writer.Write(html);
            return true;
        }

        return KernelDefault(value, context);
    }

    /// <summary>
    /// Formats <paramref name="value"/> as the kernel would without <see cref="Tables"/>: the other registered HTML
    /// formatters that apply to its type, the most specific first (as the Formatting package orders them), until one writes it.
    /// </summary>
    private static bool KernelDefault(object value, FormatContext context)
    {
        var type = value.GetType();
        var candidates = Formatter.RegisteredFormatters(includeDefaults: true)
            .Where(formatter => !ReferenceEquals(formatter, Tables) && formatter.MimeType == Html && AppliesTo(formatter.Type, type))
            .ToList();
        // A formatter is more specific than another when the other applies to its type too: count how many apply to each.
        foreach (var formatter in candidates.OrderByDescending(formatter => candidates.Count(other => AppliesTo(other.Type, formatter.Type))))
        {
            if (formatter.Format(value, context))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As the Formatting package decides it: the type is assignable, or an open generic type the value's type or one of its interfaces is made from.</summary>
    private static bool AppliesTo(Type formatterType, Type actual) => !formatterType.IsGenericTypeDefinition
        ? formatterType.IsAssignableFrom(actual)
        : Ancestry(actual).Concat(actual.GetInterfaces()).Any(t => t.IsGenericType && t.GetGenericTypeDefinition() == formatterType);

    private static IEnumerable<Type> Ancestry(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            yield return type;
        }
    }
}
