using System.Text.Json.Nodes;

namespace NanoNeuron.Testing;

/// <summary>Notebooks that tests write: valid nbformat 4.5, like the course's.</summary>
public static class NotebookJson
{
    /// <summary>
    /// Gives every cell an id ("t-000", "t-001", …). nbformat 4.5 requires one, and the .NET Interactive writer
    /// (<c>Notebook.ToJupyterJson</c>) declares 4.5 but writes none.
    /// </summary>
    public static string WithCellIds(string notebook)
    {
        var json = JsonNode.Parse(notebook)!;
        var cells = json["cells"]!.AsArray();
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i]!["id"] ??= $"t-{i:D3}";
        }

        return json.ToJsonString(new() { WriteIndented = true });
    }
}
