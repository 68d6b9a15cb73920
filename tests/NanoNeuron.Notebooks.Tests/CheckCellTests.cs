using System.Text.Json;
using NanoNeuron.Site;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// The code a learner reads comes first: the lines that check the text's numbers stand in check cells of their own
/// (CONTRIBUTING.md, "Check cells"), and code lines fit a column of <see cref="MaxLineLength"/> characters.
/// </summary>
public class CheckCellTests
{
    /// <summary>The longest code line, in characters: about what the site's column shows without scrolling.</summary>
    public const int MaxLineLength = 100;

    /// <summary>The most <c>Expect</c> lines a cell that is not a check cell may have beside its working lines.</summary>
    public const int MaxExpectLinesInAWorkingCell = 2;

    public static TheoryData<string> Lessons => [.. Notebooks.Names];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Notebook_ChecksStandInCheckCells_MarkedAndFolded(string name)
    {
        var problems = CheckCellProblems(name);
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Notebook_CodeLines_FitTheColumn(string name)
    {
        var problems = LineProblems(name);
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void CheckCellRules_CatchEachWayACellCanBreakThem()
    {
        Cell Code(string source, bool hidden = false) => new(source, hidden);
        const string Checks = "// Checks: the two numbers above.\nExpect.About(a, 1, 0.1);\nExpect.About(b, 2, 0.1);\nExpect.About(c, 3, 0.1);";

        Assert.Empty(Problems([Code(Checks, hidden: true), Code("var a = 1;\nExpect.Exactly(a, 1);\na")]));
        Assert.Contains("3 Expect lines", Assert.Single(Problems([Code("var a = 1;\nExpect.Exactly(a, 1);\nExpect.Exactly(a, 1);\nExpect.Exactly(a, 1);\na")])), StringComparison.Ordinal);
        Assert.Contains("source_hidden", Assert.Single(Problems([Code(Checks)])), StringComparison.Ordinal);
        Assert.Contains("// Checks:", Assert.Single(Problems([Code("var a = 1;", hidden: true)])), StringComparison.Ordinal);
        Assert.Contains("says what it checks", Assert.Single(Problems([Code("// Checks:\nExpect.Exactly(1, 1);", hidden: true)])), StringComparison.Ordinal);
        Assert.Contains("shows nothing", Assert.Single(Problems([Code("// Checks: one.\nExpect.Exactly(1, 1)", hidden: true)])), StringComparison.Ordinal);
        Assert.Contains("checks nothing", Assert.Single(Problems([Code("// Checks: nothing.\nvar a = 1;", hidden: true)])), StringComparison.Ordinal);
    }

    /// <summary>A code cell as the rules see it: its source and whether its metadata folds it.</summary>
    private sealed record Cell(string Source, bool SourceHidden);

    private static List<string> CheckCellProblems(string name) => Problems(CodeCells(name));

    private static List<string> Problems(IEnumerable<Cell> cells)
    {
        var problems = new List<string>();
        foreach (var (cell, index) in cells.Select((cell, index) => (cell, index + 1)))
        {
            string[] lines = cell.Source.TrimEnd().Split('\n');
            string first = lines[0].Trim();
            int expects = lines.Count(line => PageRenderer.CountChecks(line) > 0);
            string where = $"code cell {index} («{first}»)";
            bool marked = PageRenderer.IsCheckCell(cell.Source);
            if (marked != cell.SourceHidden)
            {
                problems.Add(marked
                    ? $"{where} is a check cell but its metadata does not fold it: add \"jupyter\": {{\"source_hidden\": true}}."
                    : $"{where} is folded (\"source_hidden\") but is not a check cell: its first line should be \"// Checks: …\" saying what it checks.");
            }

            if (marked)
            {
                if (first.Length <= PageRenderer.CheckCellMarker.Length + 1)
                {
                    problems.Add($"{where}: the first line \"// Checks: …\" says what it checks, such as \"// Checks: the slopes in the table above.\"");
                }

                if (expects == 0)
                {
                    problems.Add($"{where} checks nothing: a check cell holds the Expect calls for the numbers the text states.");
                }

                if (!lines[^1].TrimEnd().EndsWith(';'))
                {
                    problems.Add($"{where} ends with an expression, which the notebook would show: a check cell shows nothing, so end it with a statement (;).");
                }
            }
            else if (expects > MaxExpectLinesInAWorkingCell)
            {
                problems.Add($"{where} mixes {expects} Expect lines with its working lines: move them to a check cell after it (at most {MaxExpectLinesInAWorkingCell} may stay).");
            }
        }

        return problems;
    }

    private static List<string> LineProblems(string name) =>
        [.. CodeCells(name).Select((cell, index) => (cell, index + 1))
            .SelectMany(c => c.cell.Source.Split('\n').Select((line, number) => (line, number + 1))
                .Where(l => l.line.Length > MaxLineLength)
                .Select(l => $"code cell {c.Item2}, line {l.Item2}: {l.line.Length} characters (at most {MaxLineLength}): «{l.line.Trim()[..40]}…»"))];

    /// <summary>The notebook's code cells with their metadata, read from the file (the document model drops "jupyter").</summary>
    private static List<Cell> CodeCells(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name)));
        return [.. json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(cell => cell.GetProperty("cell_type").GetString() == "code")
            .Select(cell => new Cell(
                string.Concat(cell.GetProperty("source").EnumerateArray().Select(line => line.GetString())),
                cell.GetProperty("metadata").TryGetProperty("jupyter", out var jupyter)
                    && jupyter.TryGetProperty("source_hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True))];
    }
}
