using System.Text;
using System.Text.Json;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// A cell's result as the JSON message the page reads: its status and its outputs in nbformat 4's shapes
/// (stream, display_data, execute_result, error), a compile error's places as "diagnostics" beside them.
/// Written by hand with <see cref="Utf8JsonWriter"/>: no reflection, nothing for a trimmer to break.
/// </summary>
public static class CellResultJson
{
    /// <summary>The message: <c>{"status": …, "outputs": […], "compileMs": …, "runMs": …}</c>.</summary>
    /// <param name="result">What the cell gave.</param>
    /// <param name="status">"ok", "error", or what the host asks the page to do first ("needs-libraries").</param>
    public static string Write(CellResult result, string status)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            writer.WriteNumber("compileMs", Math.Round(result.CompileMs, 2));
            writer.WriteNumber("runMs", Math.Round(result.RunMs, 2));
            writer.WriteStartArray("outputs");
            foreach (var output in result.Outputs)
            {
                Write(writer, output);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, CellOutput output)
    {
        writer.WriteStartObject();
        switch (output)
        {
            case StreamOutput stream:
                writer.WriteString("output_type", "stream");
                writer.WriteString("name", "stdout");
                writer.WriteString("text", stream.Text);
                break;
            case DisplayOutput display:
                writer.WriteString("output_type", display.IsResult ? "execute_result" : "display_data");
                writer.WriteStartObject("data");
                foreach (var (mime, value) in display.Data.Formats)
                {
                    writer.WritePropertyName(mime);
                    if (mime == MimeBundle.PlotlyJson)
                    {
                        writer.WriteRawValue(value, skipInputValidation: true);
                    }
                    else
                    {
                        writer.WriteStringValue(value);
                    }
                }

                writer.WriteEndObject();
                writer.WriteStartObject("metadata");
                if (display.Data.Verdict is { } passed)
                {
                    writer.WriteBoolean(ValueFormats.VerdictKey, passed);
                }

                writer.WriteEndObject();
                break;
            case ErrorOutput error:
                writer.WriteString("output_type", "error");
                writer.WriteString("ename", error.Name);
                writer.WriteString("evalue", error.Message);
                writer.WriteStartArray("traceback");
                writer.WriteStringValue($"{error.Name}: {error.Message}");
                writer.WriteEndArray();
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in error.Diagnostics)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", diagnostic.Id);
                    writer.WriteNumber("line", diagnostic.Line);
                    writer.WriteNumber("column", diagnostic.Column);
                    writer.WriteNumber("endLine", diagnostic.EndLine);
                    writer.WriteNumber("endColumn", diagnostic.EndColumn);
                    writer.WriteString("message", diagnostic.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unknown output {output.GetType().Name}.", nameof(output));
        }

        writer.WriteEndObject();
    }
}
