using System.Text.Json;
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

    [Fact]
    public async Task Run_ObjectAndList_AreTablesWithEveryTextEncoded()
    {
        var one = await session.RunAsync("new { Name = \"<b>\", Value = 1.5 }");
        var many = await session.RunAsync("new[] { new { A = 1 }, new { A = 2 } }");

        string html = Assert.IsType<DisplayOutput>(Assert.Single(one.Outputs)).Data.Formats["text/html"];
        Assert.Contains("<th>Name</th><th>Value</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;</td><td>1.5</td>", html, StringComparison.Ordinal);
        string rows = Assert.IsType<DisplayOutput>(Assert.Single(many.Outputs)).Data.Formats["text/html"];
        Assert.Contains("<tr><td>1</td></tr><tr><td>2</td></tr>", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Checker_ShowsItsVerdict()
    {
        var result = await session.RunAsync("Questions.WeightAfterOneEpoch('?')");

        string html = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats["text/html"];
        Assert.StartsWith("<div class=\"feedback not-yet\">✗ Not yet:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Chart_IsItsFigureJson()
    {
        var result = await session.RunAsync("Charts.CostHistory(Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, epochs: 10).CostHistory)");

        var data = Assert.IsType<DisplayOutput>(Assert.Single(result.Outputs)).Data.Formats;
        using var figure = JsonDocument.Parse(data[MimeBundle.PlotlyJson]);
        Assert.Equal(11, figure.RootElement.GetProperty("data")[0].GetProperty("y").GetArrayLength());
    }
}
