using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Testing;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// Every notebook is a valid nbformat 4.5 document, checked strictly against Jupyter's own schema, with a stable
/// id on every cell and metadata that both Polyglot Notebooks and Jupyter's highlighters read.
/// </summary>
public class NotebookSchemaTests
{
    /// <summary>
    /// Jupyter's schema declares draft 4, which JsonSchema.Net does not implement. It uses only keywords that mean
    /// the same in draft 4 and draft 6 (checked below), so it is evaluated as draft 6, otherwise unchanged.
    /// </summary>
    private static readonly string SchemaText = ReadSchema();

    private static readonly JsonSchema Schema = JsonSchema.FromText(
        SchemaText.Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-06/schema#", StringComparison.Ordinal));

    private static readonly HashSet<string> SameInDrafts4And6 =
    [
        "$schema", "$ref", "definitions", "description", "type", "enum", "properties", "patternProperties", "additionalProperties",
        "required", "items", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "oneOf", "anyOf", "allOf", "not", "default",
    ];

    /// <summary>
    /// Slips in Jupyter's schema: "item" for "items" under authors, and jupyter.source_hidden / outputs_hidden
    /// without a "properties" around them. Both drafts ignore unknown words, so these check nothing in either.
    /// </summary>
    private static readonly HashSet<string> IgnoredByBothDrafts = ["item", "source_hidden", "outputs_hidden"];

    public static TheoryData<string> AllNotebooks => [.. Notebooks.Names];

    [Fact]
    public void Schema_UsesOnlyKeywordsThatMeanTheSameInDraft4AndDraft6()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        Assert.Equal("http://json-schema.org/draft-04/schema#", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("Jupyter Notebook v4.5 JSON schema.", schema.RootElement.GetProperty("description").GetString());
        Assert.All(Keywords(schema.RootElement), keyword => Assert.True(
            SameInDrafts4And6.Contains(keyword) || IgnoredByBothDrafts.Contains(keyword), $"{keyword} may mean something else in draft 6"));
    }

    [Fact]
    public void Schema_RejectsACellWithoutAnId_AndBrokenPartsThatItReachesThroughReferences()
    {
        JsonNode Lesson() => JsonNode.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, Notebooks.Names[0])))!;

        var noId = Lesson();
        noId["cells"]![0]!.AsObject().Remove("id");
        Assert.False(Validate(noId.ToJsonString()).IsValid);

        var badId = Lesson();
        badId["cells"]![0]!["id"] = "not allowed: spaces";
        Assert.False(Validate(badId.ToJsonString()).IsValid);

        // definitions/misc/source, reached with $ref.
        var badSource = Lesson();
        badSource["cells"]![0]!["source"] = 42;
        Assert.False(Validate(badSource.ToJsonString()).IsValid);

        var badCount = Lesson();
        badCount["cells"]![1]!["execution_count"] = "one";   // the setup cell, the first code cell
        Assert.False(Validate(badCount.ToJsonString()).IsValid);
    }

    [Fact]
    public void NotebooksThatTestsWrite_AreValidToo()
    {
        var document = new InteractiveDocument([new InteractiveDocumentElement("#!import setup.dib", "csharp", []), new InteractiveDocumentElement("1 + 1", "csharp", [])]);
        string written = NotebookJson.WithCellIds(Notebook.ToJupyterJson(document, "C#"));
        var results = Validate(written);
        Assert.True(results.IsValid, written);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_ValidatesStrictlyAgainstTheNbformat45Schema(string name)
    {
        var results = Validate(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Distinct().Take(20);
        Assert.True(results.IsValid, $"{name} (a cell without an id? run `python3 tools/notebook-ids.py`):\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_EveryCellHasAStableUniqueId(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        var ids = json.RootElement.GetProperty("cells").EnumerateArray()
            .Select(cell => cell.TryGetProperty("id", out var id) ? id.GetString()! : "").ToList();
        // cNN-MMM: the notebook's number and a cell number that stays with the cell (tools/notebook-ids.py gives new
        // cells the next unused number, so inserting a cell changes no other id).
        const string Fix = "run `python3 tools/notebook-ids.py` to give new cells their ids";
        Assert.True(ids.All(id => Regex.IsMatch(id, $"^c{name[..2]}-[0-9]{{3}}$")), $"{name}: every id should be c{name[..2]}-MMM; {Fix}");
        Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), $"{name}: ids must be unique; {Fix}");
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_Metadata_HighlightsCSharp_AndKeepsWhatPolyglotNotebooksReads(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.Equal(4, json.RootElement.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("nbformat_minor").GetInt32());

        var language = metadata.GetProperty("language_info");
        Assert.Equal("csharp", language.GetProperty("pygments_lexer").GetString());
        Assert.Equal(".cs", language.GetProperty("file_extension").GetString());
        Assert.Equal("text/x-csharp", language.GetProperty("mimetype").GetString());
        // As the .NET Interactive kernel reports it to Jupyter (and dotnet-repl writes it).
        Assert.Equal("C#", language.GetProperty("name").GetString());

        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
    }

    private static EvaluationResults Validate(string notebook)
    {
        using var document = JsonDocument.Parse(notebook);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string ReadSchema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("nbformat.v4.5.schema.json")
            ?? throw new InvalidOperationException("the nbformat schema is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The keywords of a schema and of all its subschemas.</summary>
    private static IEnumerable<string> Keywords(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            yield return keyword.Name;
            var subschemas = keyword.Name switch
            {
                // definitions.misc groups further definitions, which other parts reach with $ref.
                "definitions" => keyword.Value.EnumerateObject().SelectMany(p => p.Name == "misc" ? p.Value.EnumerateObject().Select(q => q.Value) : [p.Value]),
                "properties" or "patternProperties" => keyword.Value.EnumerateObject().Select(p => p.Value),
                "items" or "oneOf" or "anyOf" or "allOf" when keyword.Value.ValueKind == JsonValueKind.Array => keyword.Value.EnumerateArray(),
                "items" or "not" or "additionalProperties" => [keyword.Value],
                _ => [],
            };
            foreach (string inner in subschemas.SelectMany(Keywords))
            {
                yield return inner;
            }
        }
    }
}
