using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Site;
using NanoNeuron.Testing;

namespace NanoNeuron.Notebooks.Tests;

public partial class NotebookTests
{
    private const string SetupLine = "#!import setup.dib";

    public static TheoryData<string> AllNotebooks => [.. Notebooks.Names];

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_AfterTheWelcome_EndsWithATryItExerciseAndSaysWhatIsNext(string name)
    {
        var cells = Read(File.ReadAllText(Path.Combine(Notebooks.Folder, name))).Elements;
        Assert.Contains(cells, cell => cell.KernelName == "markdown" && cell.Contents.Contains("## Next", StringComparison.Ordinal));
        if (name != "00-welcome.ipynb")
        {
            Assert.Contains(cells, cell => cell.KernelName == "markdown" && cell.Contents.Contains("## Try it", StringComparison.Ordinal));
            Assert.Contains(cells, cell => cell.KernelName == "csharp"
                && Exercises.All.Any(checker => !checker.IsQuestion && cell.Contents.Contains(checker.Call + "(", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Readme_CourseMap_LinksTheNotebook(string name)
    {
        string readme = File.ReadAllText(Path.Combine(Notebooks.Root, "README.md"));
        Assert.Contains($"(notebooks/{name})", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_Name_IsNumberedWithoutSpaces(string name)
    {
        Assert.Matches("^[0-9]{2}-[a-z0-9-]+\\.ipynb$", name);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_TitleCellComesFirst_ThenTheSharedSetupLine_TheFirstCodeCell(string name)
    {
        var cells = Read(File.ReadAllText(Path.Combine(Notebooks.Folder, name))).Elements.ToList();

        // The title cell: "# NN — Title", a one-line italic summary, and a short note of what the setup cell does.
        Assert.Equal("markdown", cells[0].KernelName);
        string[] title = cells[0].Contents.Split("\n\n");
        Assert.StartsWith($"# {name[..2]} — ", title[0], StringComparison.Ordinal);
        Assert.True(title.Length == 3 && title[1].StartsWith('*') && title[1].EndsWith('*'), $"{name}: the title cell is the title, its italic summary and the setup note, nothing more");
        Assert.Contains("cell below", title[2], StringComparison.Ordinal);
        Assert.DoesNotContain("## ", cells[0].Contents, StringComparison.Ordinal);

        // The same line everywhere, and the first code cell, so that every engine runs it before the lesson's code.
        Assert.Equal("csharp", cells[1].KernelName);
        Assert.Equal(SetupLine, cells[1].Contents.Trim());
        Assert.Equal(1, cells.FindIndex(cell => cell.KernelName != "markdown"));
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_IsCommittedWithoutOutputs(string name)
    {
        var document = Read(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        Assert.All(document.Elements, cell => Assert.Empty(cell.Outputs));

        // Execution counts are not part of the document model, so they are read from the file itself.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (cell.TryGetProperty("execution_count", out var count))
            {
                Assert.Equal(JsonValueKind.Null, count.ValueKind);
            }
        }
    }

    public static TheoryData<string> SetupAndNotebooks => ["setup.dib", .. Notebooks.Names];

    [Theory]
    [MemberData(nameof(SetupAndNotebooks))]
    public void NuGetReferences_AgreeWithDirectoryPackagesProps(string file)
    {
        var pinned = XDocument.Load(Path.Combine(Notebooks.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);
        string text = File.ReadAllText(Path.Combine(Notebooks.Folder, file));
        string code = file.EndsWith(".ipynb", StringComparison.Ordinal) ? string.Join("\n", Read(text).Elements.Select(cell => cell.Contents)) : text;
        var references = NuGetReference().Matches(code);

        if (file == "setup.dib")
        {
            // The setup loads the chart packages from the library's build output (whose versions this file pins):
            // the kernel's restore of "#r nuget:" made every lesson open about a third of a second later.
            Assert.Empty(references);
        }

        foreach (Match reference in references)
        {
            string package = reference.Groups["package"].Value;
            Assert.True(pinned.TryGetValue(package, out string? version), $"{package} is not pinned in Directory.Packages.props");
            Assert.Equal(version, reference.Groups["version"].Value);
        }
    }

    [Fact]
    public void Setup_ImportedTwice_IsHarmless()
    {
        var document = new InteractiveDocument(
        [
            new InteractiveDocumentElement(SetupLine, "csharp", []),
            new InteractiveDocumentElement(SetupLine, "csharp", []),
            new InteractiveDocumentElement("NeuronCharts.FittedLine(Neuron.OriginalStart, DataSets.GenerateDataSets().Train)", "csharp", []),
        ]);
        string path = Path.Combine(Path.GetTempPath(), $"nanoneuron-twice-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(path, NotebookJson.WithCellIds(Notebook.ToJupyterJson(document, "C#")));
        try
        {
            var (exitCode, executed, log) = Notebooks.ExecuteWithDotnetRepl(path);
            Assert.True(executed.Length > 0, $"dotnet-repl wrote no output notebook (exit code {exitCode}):\n{log}");
            var outputs = Read(executed).Elements.SelectMany(cell => cell.Outputs).ToList();
            Assert.Empty(outputs.OfType<ErrorElement>());
            Assert.True(exitCode == 0, log);
            Assert.Contains(outputs.OfType<DisplayElement>(), d => d.Data.Values.Any(v => PageRenderer.Text(v).Contains("Plotly.newPlot('", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static InteractiveDocument Read(string json) => Notebook.Parse(json);

    [GeneratedRegex("#r \"nuget: *(?<package>[^,\"]+), *(?<version>[^\"]+)\"")]
    private static partial Regex NuGetReference();
}
