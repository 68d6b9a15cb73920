using System.Text.Json;
using Json.Schema;
using NanoNeuron.Testing;

namespace NanoNeuron.Live.Tests;

/// <summary>Jupyter's nbformat 4.5 schema (tests/NanoNeuron.Notebooks.Tests/Schemas), read as the notebook tests read it.</summary>
internal static class NotebookSchema
{
    // The schema declares draft 4, which JsonSchema.Net does not implement; its keywords mean the same in draft 6
    // (NotebookSchemaTests checks that), so it is evaluated as draft 6.
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(
            Path.Combine(RepositoryRoot.Path, "tests", "NanoNeuron.Notebooks.Tests", "Schemas", "nbformat.v4.5.schema.json"))
        .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#", StringComparison.Ordinal));

    /// <summary>
    /// Whether the notebook is valid. Only the verdict: JsonSchema.Net 8.0.5 throws while listing the details of an output
    /// whose MIME type matches the schema's "^application/(.*\\+)?json$" (a chart's figure), so none are asked for.
    /// </summary>
    public static bool IsValid(JsonElement notebook) =>
        Schema.Evaluate(notebook, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
}
