using System.Text.Json;
using NanoNeuron.Exercises;
using NanoNeuron.Live.Kernel;

namespace NanoNeuron.Live.Tests;

/// <summary>The kernel on the desktop: cells chained as in a notebook, and what each shows.</summary>
public sealed class KernelTests : IDisposable
{
    private readonly CellSession session = new(
        MetadataReferences.For([.. CourseLibraries.Core, .. CourseLibraries.Charts]),
        [.. CourseLibraries.CoreUsings, .. CourseLibraries.ChartUsings],
        ValueFormats.Format);

    public void Dispose() => session.Dispose();

    [Fact]
    public void Usings_AreTheSetupLines_LessTheKernelsGlue()
    {
        string setup = Path.Combine(NanoNeuron.Testing.RepositoryRoot.Path, "notebooks", "setup.dib");
        var imported = File.ReadLines(setup)
            .Where(line => line.StartsWith("using NanoNeuron", StringComparison.Ordinal))
            .Select(line => line["using ".Length..].TrimEnd(';'))
            .Where(name => name != "NanoNeuron.Notebooks")
            .Order(StringComparer.Ordinal);
        var live = CourseLibraries.CoreUsings.Concat(CourseLibraries.ChartUsings)
            .Where(name => name.StartsWith("NanoNeuron", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(imported, live);
    }

    [Fact]
    public async Task Run_LaterCells_SeeEarlierVariablesAndEndWithTheirValue()
    {
        Assert.Equal(CellStatus.Ok, (await session.RunAsync("var train = DataSets.GenerateDataSets().Train;")).Status);
        var result = await session.RunAsync("var r = Training.TrainModel(Neuron.OriginalStart, train);\nr.Model.Weight");

        var value = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs));
        Assert.True(value.IsResult);
        Assert.Equal("1.8000660993166346", value.Data.Formats["text/plain"]);
    }

    [Fact]
    public async Task Run_CompileError_SaysWhereInTheCell()
    {
        var result = await session.RunAsync("var a = 1;\nvar b = a + nothing;");

        Assert.Equal(CellStatus.Error, result.Status);
        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("CS0103", 2, 13), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("nothing", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.MayNeedLibraries);
    }

    [Fact]
    public async Task Run_FailedCompile_LeavesTheSessionAsItWas()
    {
        await session.RunAsync("int x = 1;");
        await session.RunAsync("int y = ;");
        var result = await session.RunAsync("x + 1");

        Assert.Equal("2", Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats["text/plain"]);
        Assert.Equal(2, session.Cells);
    }

    [Fact]
    public async Task Run_Exception_IsShownAndWhatTheCellDeclaredStays()
    {
        var thrown = await session.RunAsync("int kept = 5;\nthrow new InvalidOperationException(\"no\");");
        var error = Assert.IsType<ErrorOutput>(Assert.Single(thrown.Outputs));
        Assert.Equal(("InvalidOperationException", "no"), (error.Name, error.Message));
        Assert.False(thrown.MayNeedLibraries);

        var after = await session.RunAsync("kept");
        Assert.Equal(CellStatus.Ok, after.Status);
    }

    [Fact]
    public async Task Run_ConsoleAndDisplay_AppearInOrder()
    {
        var result = await session.RunAsync("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\ndisplay(42);\nConsole.WriteLine(\"c\");\n\"end\"");

        Assert.Collection(
            result.Outputs,
            o => Assert.Equal("ab\n", Assert.IsType<StreamOutput>(o).Text.ReplaceLineEndings("\n")),
            o => Assert.False(Assert.IsType<DisplayOutput>(o).IsResult),
            o => Assert.Equal("c\n", Assert.IsType<StreamOutput>(o).Text.ReplaceLineEndings("\n")),
            o => Assert.Equal("end", Assert.IsType<DisplayOutput>(o).Data.Formats["text/plain"]));
    }

    [Fact]
    public async Task Run_StatementOrVoidCall_ShowsNoValue()
    {
        Assert.Empty((await session.RunAsync("var n = 3;")).Outputs);
        Assert.Empty((await session.RunAsync("Math.Abs(1);")).Outputs);
        Assert.Empty((await session.RunAsync("Console.Write(\"\")")).Outputs);
    }

    [Theory]
    [InlineData("new { Name = \"<b>\", Value = 1.5 }")]
    [InlineData("new[] { new { A = 1, B = \"x\" }, new { A = 2, B = \"<y>\" } }")]
    [InlineData("Enumerable.Range(0, 30).Select(i => new { I = i, Half = i / 2.0 })")]
    [InlineData("Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, epochs: 10)")]
    [InlineData("Neuron.OriginalStart")]
    public async Task Run_RecordsAndTheCoursesTypes_AreTheNotebooksTables(string code)
    {
        var result = await session.RunAsync("var value = " + code + ";\nvalue");
        var notebooks = await session.RunAsync("NanoNeuron.Display.HtmlValues.ToHtml(value)");

        string html = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats["text/html"];
        Assert.Equal(Assert.IsType<DisplayOutput>(Assert.Single(notebooks.Outputs)).Data.Formats["text/plain"], html);
        Assert.StartsWith("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ListOfPlainValues_IsATableOfIndexAndValue_WithTheCoursesNumbers()
    {
        var result = await session.RunAsync("new[] { 0.1 + 0.2, 70_000 }");

        string html = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats["text/html"];
        Assert.Contains(">index</th>", html, StringComparison.Ordinal);
        Assert.Contains(">0.30000000000000004</td>", html, StringComparison.Ordinal);
        Assert.Contains(">70000</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TextAndNumbers_AreText()
    {
        var text = Assert.IsType<DisplayOutput>(Assert.Single((await session.RunAsync("\"<b>\"")).Outputs)).Data.Formats;
        var number = Assert.IsType<DisplayOutput>(Assert.Single((await session.RunAsync("0.1 + 0.2")).Outputs)).Data.Formats;

        Assert.Equal(["text/plain"], text.Keys);
        Assert.Equal("<b>", text["text/plain"]);
        Assert.Equal("0.30000000000000004", number["text/plain"]);
    }

    [Theory]
    [InlineData('?', false)]
    [InlineData('a', false)]
    [InlineData('c', true)]
    public async Task Run_Checker_ShowsItsVerdictAsTheNotebookDoes_AndMarksIt(char answer, bool right)
    {
        var result = await session.RunAsync($"TrainingExercises.WeightAfterOneEpoch('{answer}')");
        var feedback = TrainingExercises.WeightAfterOneEpoch(answer);

        var data = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data;
        Assert.Equal(right, feedback.Passed);
        Assert.Equal(NanoNeuron.Display.Verdict.Html(feedback.Passed, feedback.ToString()), data.Formats["text/html"]);
        Assert.Equal(right, data.Verdict);
        using var json = JsonDocument.Parse(CellResultJson.Write(result, "ok"));
        Assert.Equal(right, json.RootElement.GetProperty("outputs")[0].GetProperty("metadata").GetProperty(ValueFormats.VerdictKey).GetBoolean());
    }

    [Fact]
    public async Task Run_Chart_IsItsFigureJson()
    {
        var result = await session.RunAsync("TrainingCharts.CostHistory(Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, epochs: 10).CostHistory)");

        var data = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats;
        using var figure = JsonDocument.Parse(data[MimeBundle.PlotlyJson]);
        Assert.Equal(11, figure.RootElement.GetProperty("data")[0].GetProperty("y").GetArrayLength());
    }
}
