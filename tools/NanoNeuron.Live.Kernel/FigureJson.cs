using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Plotly.NET;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// A chart's figure as JSON (data, layout, frames), for the page's plotly.js to draw: the same figure as Plotly.NET's
/// <c>GenericChart.toFigureJson</c>, written by walking the chart's objects.
/// </summary>
/// <remarks>
/// Plotly.NET writes its figures with Newtonsoft.Json, which reads every trace and layout (DynamicObj property bags)
/// through the dynamic binder: 2.5–4.5 s a chart in the browser's .NET interpreter. Their properties are plain
/// values, lists, nested bags and Plotly.NET's style values (each converts itself to what plotly.js takes), so a
/// walk over them writes the same JSON in milliseconds. A test compares the two for every chart of the course.
/// </remarks>
internal static class FigureJson
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Converters = new();

    /// <summary>The chart's figure as JSON text.</summary>
    public static string Write(GenericChart chart)
    {
        var figure = GenericChart.toFigure(chart);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteValue(writer, figure.Data);
            writer.WritePropertyName("layout");
            WriteValue(writer, figure.Layout);
            writer.WritePropertyName("frames");
            WriteValue(writer, figure.Frames);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case char character:
                writer.WriteStringValue(character.ToString());
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number:
                WriteNumber(writer, number);
                break;
            case float number:
                WriteNumber(writer, number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case int or long or short or byte or sbyte or uint or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case Color color:
                WriteValue(writer, color.Value);
                break;
            case ARGB argb:
                // As Plotly.NET's ARGB converter writes it: the alpha as a fraction with one decimal.
                writer.WriteStringValue(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture, $"rgba({argb.R}, {argb.G}, {argb.B}, {argb.A / 255.0:0.0})"));
                break;
            case DynamicObj.DynamicObj bag:
                writer.WriteStartObject();
                foreach (var property in bag.GetProperties(true))
                {
                    writer.WritePropertyName(property.Key);
                    WriteValue(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (object? item in sequence)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteConverted(writer, value);
                break;
        }
    }

    /// <summary>
    /// A style value (Plotly.NET's StyleParam types): written as what its <c>Convert()</c> returns, as Plotly.NET's
    /// own serializer does; an F# option as its content.
    /// </summary>
    private static void WriteConverted(Utf8JsonWriter writer, object value)
    {
        var type = value.GetType();
        var convert = Converters.GetOrAdd(type, static t => t.GetMethod("Convert", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes));
        if (convert is not null)
        {
            WriteValue(writer, convert.Invoke(value, null));
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition().FullName == "Microsoft.FSharp.Core.FSharpOption`1")
        {
            WriteValue(writer, type.GetProperty("Value")!.GetValue(value));
        }
        else
        {
            writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // Plotly.NET writes NaN and the infinities as JavaScript's literals, which JSON has not; plotly.js reads null as a gap.
    private static void WriteNumber(Utf8JsonWriter writer, double number)
    {
        if (double.IsFinite(number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
