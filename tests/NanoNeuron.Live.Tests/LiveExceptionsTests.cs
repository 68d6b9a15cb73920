using System.Text.Json;
using NanoNeuron.Site;
using NanoNeuron.Testing;

namespace NanoNeuron.Live.Tests;

/// <summary>
/// The one list of cells that do not simply run in the browser (LiveSite.Exceptions) names real cells, once each, with
/// reasons, and stays needed: a kernel-only cell still holds the code that keeps it out of the browser. (That a listed
/// difference still fails there, the browser test of its lesson checks: LiveLessonTests.)
/// </summary>
public sealed class LiveExceptionsTests
{
    /// <summary>Every code cell of every lesson with an id: its id and its code.</summary>
    private static readonly Dictionary<string, string> CodeCells = Directory
        .GetFiles(Path.Combine(RepositoryRoot.Path, "notebooks"), "*.ipynb")
        .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("cells").EnumerateArray())
        .Where(cell => cell.GetProperty("cell_type").GetString() == "code" && cell.TryGetProperty("id", out _))
        .ToDictionary(cell => cell.GetProperty("id").GetString()!, Source);

    [Fact]
    public void Exceptions_NameCodeCellsOfTheirLessons_OnceEach_WithAReason()
    {
        Assert.All(LiveSite.Exceptions, exception =>
        {
            Assert.True(
                CodeCells.ContainsKey(exception.CellId),
                $"{exception.CellId} is no code cell of any lesson: take it off LiveSite.Exceptions, or give it the cell's new id.");
            Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
            Assert.Equal(exception.Kind == LiveExceptionKind.DiffersInTheBrowser, exception.Failure is not null);
            Assert.Equal(exception.Kind == LiveExceptionKind.KernelOnly, exception.Cause is not null);
        });
        Assert.Equal(LiveSite.Exceptions.Count, LiveSite.Exceptions.Select(e => e.CellId).Distinct().Count());
    }

    [Fact]
    public void KernelOnlyCells_StillHoldWhatKeepsThemOutOfTheBrowser()
    {
        var gone = LiveSite.Exceptions
            .Where(e => e.Kind == LiveExceptionKind.KernelOnly && CodeCells.ContainsKey(e.CellId))
            .Where(e => !CodeCells[e.CellId].Contains(e.Cause!, StringComparison.Ordinal))
            .Select(e => $"{e.CellId} no longer holds `{e.Cause}`")
            .ToList();

        Assert.True(
            gone.Count == 0,
            $"{string.Join("; ", gone)}: if the cell now runs in the browser, take it off LiveSite.Exceptions; "
                + "if it still cannot, give its entry the code that keeps it out.");
    }

    [Fact]
    public void KernelOnlyCells_AreTheOnlyCellsThatUseMLNetOrAFilesLocation()
    {
        string[] kernelOnlyCode = ["Microsoft.ML", "NanoNeuron.MLNet", "MLNetRegression", "Assembly.Location"];
        var unlisted = CodeCells
            .Where(cell => LiveSite.ExceptionFor(cell.Key) is not { Kind: LiveExceptionKind.KernelOnly })
            .Where(cell => kernelOnlyCode.Any(code => cell.Value.Contains(code, StringComparison.Ordinal)))
            .Select(cell => cell.Key)
            .ToList();

        Assert.True(unlisted.Count == 0, $"{string.Join(", ", unlisted)} cannot run in the browser: list them in LiveSite.Exceptions.");
    }

    private static string Source(JsonElement cell) => cell.GetProperty("source") is { ValueKind: JsonValueKind.Array } lines
        ? string.Concat(lines.EnumerateArray().Select(line => line.GetString()))
        : cell.GetProperty("source").GetString() ?? "";
}
