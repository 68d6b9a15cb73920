using Microsoft.Playwright;
using NanoNeuron.Lessons;
using NanoNeuron.Site;

namespace NanoNeuron.Live.Tests;

/// <summary>Every lesson's cells, run top to bottom in real Chromium, in the browser's .NET.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class LiveLessonTests(LiveSiteFixture site)
{
    public static TheoryData<string> Lessons() => [.. CourseMap.Lessons.Select(lesson => Path.ChangeExtension(lesson.File, ".html"))];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task RunAll_EveryCellRunsAndEveryExpectHolds(string lesson)
    {
        List<string> offSite = [], errors = [];
        var page = await site.OpenAsync(lesson, offSite, errors);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run all", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("main[data-live-busy='false']");
        var cells = await StatesAsync(page);

        // Run all stops at a failure. Past a cell whose failure is a listed difference of the browser, the last cell's Run
        // runs every cell after it that has not run yet (once for each such cell at most).
        var differences = LiveSite.Exceptions.Where(e => e.Kind == LiveExceptionKind.DiffersInTheBrowser).ToList();
        for (int known = 0; known < differences.Count && StoppedAtAKnownDifference(cells); known++)
        {
            await page.Locator(".cell:not([data-live]) button[aria-label^='Run cell']").Last.ClickAsync();
            await page.WaitForSelectorAsync("main[data-live-busy='false']");
            cells = await StatesAsync(page);
        }

        var failed = cells
            .Where(c => c.Kind == "run" && c.Status != "ok")
            .Where(c => !(LiveSite.ExceptionFor(c.Id) is { Failure: { } failure } && c.Status == "error" && c.Output.Contains(failure, StringComparison.Ordinal)))
            .Select(c => $"{c.Id}: {(c.Status == "" ? "did not run" : c.Output)}")
            .ToList();
        var mended = cells
            .Where(c => LiveSite.ExceptionFor(c.Id) is { Kind: LiveExceptionKind.DiffersInTheBrowser } && c.Status == "ok")
            .Select(c => c.Id)
            .ToList();
        Assert.True(failed.Count == 0, $"{lesson}: {string.Join("\n", failed)}");
        Assert.True(mended.Count == 0, $"{lesson}: {string.Join(", ", mended)} now run in the browser with every check holding: take them off LiveSite.Exceptions.");
        Assert.All(cells.Where(c => c.Kind != "run"), c => Assert.Equal("", c.Status));
        Assert.Empty(offSite);
        Assert.Empty(errors);
    }

    /// <summary>Whether the run stopped at a cell whose failure is listed, with cells after it not run.</summary>
    private static bool StoppedAtAKnownDifference(CellState[] cells) =>
        cells.LastOrDefault(c => c.Status != "")?.Id is { } last
        && LiveSite.ExceptionFor(last) is { Kind: LiveExceptionKind.DiffersInTheBrowser }
        && cells.Any(c => c.Kind == "run" && c.Status == "");

    private static Task<CellState[]> StatesAsync(IPage page) => page.Locator(".cell[data-cell-id]").EvaluateAllAsync<CellState[]>(
        """
        cells => cells.map(c => ({
          id: c.dataset.cellId,
          kind: c.dataset.live ?? 'run',
          status: c.dataset.liveStatus ?? '',
          output: c.querySelector('.live-output')?.innerText ?? '' }))
        """);

    /// <summary>A cell as the page shows it after the run (read from the page, so settable).</summary>
    public sealed class CellState
    {
        public string Id { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public string Output { get; set; } = "";
    }
}
