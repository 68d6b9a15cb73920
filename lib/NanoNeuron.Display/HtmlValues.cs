using NanoNeuron.Optimization;

namespace NanoNeuron.Display;

/// <summary>
/// The one entry point: a value as the course shows it in HTML, or null when the course has no table for it (the host,
/// such as .NET Interactive, then shows it its own way).
/// </summary>
/// <remarks>
/// A sequence of records or anonymous objects is one table, a column per property and a row per item (at most
/// <see cref="HtmlTable.MaxRows"/>). A single record or anonymous object is a two-column table of its properties. The
/// course's neurons, gradients, forward passes, training runs and gradient checks have tables of their own
/// (<see cref="CourseTables"/>). Numbers follow <see cref="DisplayNumber"/>; every text is HTML-encoded.
/// </remarks>
public static class HtmlValues
{
    /// <summary>The HTML of <paramref name="value"/>, or null if the course has no table for it.</summary>
    public static string? ToHtml(object? value) => value switch
    {
        null or string => null,
        Neuron neuron => CourseTables.Neuron(neuron),
        Gradients gradients => CourseTables.Gradients(gradients),
        ForwardResult forward => CourseTables.Forward(forward),
        TrainingResult<Neuron> training => CourseTables.Training(training),
        IEnumerable<GradientComparison> comparisons => CourseTables.GradientComparisons(comparisons),
        _ when Records.ElementType(value.GetType()) is { } element && Records.IsRecordLike(element) => Sequence(element, (System.Collections.IEnumerable)value),
        _ when Records.IsRecordLike(value.GetType()) => OneRecord(value),
        _ => null,
    };

    /// <summary>One record or anonymous object as a two-column table: each property's name and value.</summary>
    public static string OneRecord(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return HtmlTable.Pairs(Records.Fields(value.GetType()).Select(field => (field.Name, Read(field, value))));
    }

    /// <summary>Items of type <paramref name="element"/> as one table: a column per property, a row per item.</summary>
    public static string Sequence(Type element, System.Collections.IEnumerable items)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(items);
        var fields = Records.Fields(element);
        return HtmlTable.Columns(
            [.. fields.Select(field => field.Name)],
            items.Cast<object?>().Select(item => (IReadOnlyList<object?>)[.. fields.Select(field => item is null ? null : Read(field, item))]));
    }

    private static object? Read(System.Reflection.PropertyInfo field, object item)
    {
        try
        {
            return field.GetValue(item);
        }
        catch (System.Reflection.TargetInvocationException exception)
        {
            return $"({exception.InnerException?.GetType().Name ?? "error"}: {exception.InnerException?.Message})";
        }
    }
}
