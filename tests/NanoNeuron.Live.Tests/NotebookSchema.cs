using System.Text.Json;
using Json.Schema;
using NanoNeuron.Testing;

namespace NanoNeuron.Live.Tests;

/// <summary>Jupyter's nbformat 4.5 schema (tests/NanoNeuron.Notebooks.Tests/Schemas), read as the notebook tests read it.</summary>
internal static class NotebookSchema
{
    // The schema declares draft 4, which JsonSchema.Net does not implement; its keywords mean the same in draft 6
    // (NotebookSchemaTests checks that), so it is evaluated as draft 6. JsonSchema.Net 8.0.5 throws KeyNotFoundException
    // ('^application~1(.*\+)?json$') when an output's MIME type meets the one pattern with a '/' in it, as a chart's
    // does; the same pattern with '.' for '/' accepts and refuses the same MIME types ('.' also matches '/').
    private const string JsonMimePattern = "\"^application/(.*\\\\+)?json$\"";

    private static readonly JsonSchema Schema = JsonSchema.FromText(Read()
        .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#", StringComparison.Ordinal)
        .Replace(JsonMimePattern, JsonMimePattern.Replace('/', '.'), StringComparison.Ordinal));

    private static string Read()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "NanoNeuron.Notebooks.Tests", "Schemas", "nbformat.v4.5.schema.json"));
        return text.Contains(JsonMimePattern, StringComparison.Ordinal)
            ? text
            : throw new InvalidOperationException($"The nbformat schema no longer holds {JsonMimePattern}: see the comment above.");
    }

    /// <summary>Whether the notebook is valid nbformat 4.5.</summary>
    public static bool IsValid(JsonElement notebook) =>
        Schema.Evaluate(notebook, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
}
