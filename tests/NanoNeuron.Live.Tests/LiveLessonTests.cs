using Microsoft.Playwright;
using NanoNeuron.Lessons;

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

        var cells = await page.Locator(".cell[data-cell-id]").EvaluateAllAsync<CellState[]>(
            """
            cells => cells.map(c => ({
              id: c.dataset.cellId,
              kind: c.dataset.live ?? 'run',
              status: c.dataset.liveStatus ?? '',
              output: c.querySelector('.live-output')?.innerText ?? '' }))
            """);
        var failed = cells.Where(c => c.Kind == "run" && c.Status != "ok").Select(c => $"{c.Id}: {(c.Status == "" ? "did not run" : c.Output)}").ToList();
        Assert.True(failed.Count == 0, $"{lesson}: {string.Join("\n", failed)}");
        Assert.All(cells.Where(c => c.Kind != "run"), c => Assert.Equal("", c.Status));
        Assert.Empty(offSite);
        Assert.Empty(errors);
    }

    /// <summary>A cell as the page shows it after the run (read from the page, so settable).</summary>
    public sealed class CellState
    {
        public string Id { get; set; } = "";

        public string Kind { get; set; } = "";

        public string Status { get; set; } = "";

        public string Output { get; set; } = "";
    }
}
