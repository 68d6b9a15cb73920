using Microsoft.Playwright;
using NanoNeuron.Site.Tests;

namespace NanoNeuron.Live.Tests;

/// <summary>
/// The live pages as a person uses them, under the static site's standard (tests/NanoNeuron.Site.Tests,
/// AccessibilityTests): axe-core finds no violation of WCAG 2.2 AA on any live page, with its editors, buttons, status
/// and feedback, at a desktop's width and a phone's, before and after cells run; the keyboard alone runs and edits a
/// cell with the focus visible at every stop and no trap; and one polite status line says what runs, what ran and what
/// failed, without reading out the download's progress.
/// </summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class LiveAccessibilityTests(LiveSiteFixture site)
{
    /// <summary>A phone's width in CSS pixels, as the static site's tests use.</summary>
    private const int PhoneWidth = 390;

    private const string Lesson = "07-training.html";

    public static TheoryData<string> Lessons() => LiveLessonTests.Lessons();

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task LivePage_WithAnEditorOpen_HasNoAxeViolation_AtEitherWidth_AndDoesNotScrollSideways(string lesson)
    {
        foreach (var (width, height) in new[] { (1280, 900), (PhoneWidth, 844) })
        {
            List<string> offSite = [], errors = [];
            var page = await site.OpenAsync(lesson, offSite, errors, width, height);
            await page.GetByRole(AriaRole.Button, new() { Name = "Run all", Exact = true }).WaitForAsync();
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).First.ClickAsync();

            await AssertAccessibleAndNarrowAsync(page, width, $"{lesson} at {width} px, live, an editor open", errors);
        }
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(PhoneWidth, 844)]
    public async Task LivePage_AfterRunsHintsErrorsAndTheLab_HasNoAxeViolation(int width, int height)
    {
        List<string> offSite = [], errors = [];
        var page = await site.OpenAsync(Lesson, offSite, errors, width, height);
        Assert.Equal("ok", await LivePageTests.EditAndRunAsync(LivePageTests.Cell(page, "c07-003"), "TrainingExercises.WeightAfterOneEpoch('a')"));
        Assert.Equal("error", await LivePageTests.EditAndRunAsync(LivePageTests.Cell(page, "c07-016"), "var a = 1;\nvar b = a + nothing;"));
        var lab = page.GetByRole(AriaRole.Region, new() { Name = "Training lab", Exact = true });
        await lab.GetByLabel("Epochs").FillAsync("1000");
        await lab.GetByRole(AriaRole.Button, new() { Name = "Retrain and redraw" }).ClickAsync();
        await page.WaitForSelectorAsync("section.live-lab[data-live-status='ok'] .chart .main-svg >> nth=1");
        await lab.GetByLabel("Learning rate α").FillAsync("0,0005");
        await lab.GetByRole(AriaRole.Button, new() { Name = "Retrain and redraw" }).ClickAsync();

        await AssertAccessibleAndNarrowAsync(page, width, $"{Lesson} at {width} px after a hint, a compile error, the lab and a wrong number in it", errors);
    }

    /// <summary>Closes the page, then asserts that axe-core found no violation on it, that it was no wider than the window, and that it logged no error.</summary>
    private static async Task AssertAccessibleAndNarrowAsync(IPage page, int width, string what, List<string> errors)
    {
        var violations = await Axe.Violations(page);
        var (scrollWidth, wide) = await WidthAsync(page);
        await page.Context.CloseAsync();

        Assert.True(violations.Count == 0, $"{what}:\n{string.Join("\n", violations)}");
        Assert.True(scrollWidth <= width, $"{what}: the page is {scrollWidth} px wide: {wide}");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task LivePage_ByKeyboardAlone_RunsAndEditsACell_WithTheFocusVisible_AndNoTrap()
    {
        List<string> offSite = [], errors = [];
        var page = await site.OpenAsync(Lesson, offSite, errors, 1280, 900);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run all", Exact = true }).WaitForAsync();

        // Tab to the first cell's Run button; every stop on the way shows where the focus is.
        var stops = new List<string>();
        while (!(stops.LastOrDefault() ?? "").StartsWith("button «Run cell", StringComparison.Ordinal))
        {
            Assert.True(stops.Count < 40, $"no Run button within 40 stops: {string.Join(", ", stops)}");
            await page.Keyboard.PressAsync("Tab");
            var (stop, visible) = await FocusAsync(page);
            Assert.True(visible, $"stop {stops.Count + 1}, {stop}, shows no focus outline (after {string.Join(", ", stops)})");
            stops.Add(stop);
        }

        Assert.StartsWith("a «Skip to the content»", stops[0], StringComparison.Ordinal);
        Assert.Contains("button «Run all»", stops);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".cell[data-cell-id='c07-003'][data-live-status='ok']");
        Assert.Contains("✗ Not yet", await StatusAsync(page), StringComparison.Ordinal);

        // On to Edit (past Run all above): Enter opens the editor with the focus in it; Ctrl+Enter runs; Tab leaves it.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.StartsWith("button «Edit cell", (await FocusAsync(page)).Stop, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Enter");
        var (editor, editorVisible) = await FocusAsync(page);
        Assert.StartsWith("textarea «Code of cell", editor, StringComparison.Ordinal);
        Assert.True(editorVisible, "the editor shows no focus outline");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("TrainingExercises.WeightAfterOneEpoch('c')");
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('[role=status]').textContent.includes('✓')");
        await page.Keyboard.PressAsync("Tab");
        var (after, afterVisible) = await FocusAsync(page);
        await page.Context.CloseAsync();

        Assert.DoesNotContain("textarea", after, StringComparison.Ordinal);
        Assert.True(afterVisible, $"{after}, after the editor, shows no focus outline");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task StatusLine_IsOnePoliteRegion_ThatSaysRunningAndRan_NotTheDownloadsProgress()
    {
        List<string> offSite = [], errors = [];
        var page = await site.OpenAsync(Lesson, offSite, errors, 1280, 900);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run all", Exact = true }).WaitForAsync();
        await page.EvaluateAsync("""
            () => { window.said = [];
                    const status = document.querySelector('[role=status]');
                    new MutationObserver(() => window.said.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true }); }
            """);

        // A cold run: the runtime downloads (its progress shown), then the cell runs.
        Assert.Equal("ok", await LivePageTests.EditAndRunAsync(LivePageTests.Cell(page, "c07-003"), "TrainingExercises.WeightAfterOneEpoch('c')"));
        string[] said = await page.EvaluateAsync<string[]>("() => window.said");
        string progress = await page.Locator(".live-progress").InnerTextAsync();
        int regions = await page.Locator("[role=status], [aria-live]").CountAsync();
        string? polite = await page.Locator("[role=status]").GetAttributeAsync("aria-live");
        await page.Context.CloseAsync();

        Assert.Equal(1, regions);
        Assert.True(polite is null or "polite", $"the status line is aria-live={polite}");
        Assert.Collection(
            said,
            running => Assert.StartsWith("Running cell 1…", running, StringComparison.Ordinal),
            ran => Assert.StartsWith("Cell 1 ran. ✓", ran, StringComparison.Ordinal));
        Assert.Contains("MB", progress, StringComparison.Ordinal);
    }

    private static async Task<(string Stop, bool Visible)> FocusAsync(IPage page)
    {
        var stop = await page.EvaluateAsync<string[]>("""
            () => { const e = document.activeElement, s = getComputedStyle(e);
                    return [e.tagName.toLowerCase() + ' «' + (e.getAttribute('aria-label') ?? e.textContent.trim().slice(0, 30)) + '»',
                            String(e !== document.body && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)]; }
            """);
        return (stop[0], stop[1] == "true");
    }

    private static Task<string> StatusAsync(IPage page) => page.Locator("[role=status]").InnerTextAsync();

    /// <summary>The page's width, and what sticks out past the window outside a box that scrolls, as the static site's test finds it.</summary>
    private static async Task<(int Width, string Wide)> WidthAsync(IPage page)
    {
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        string wide = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('main *, header *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => !e.parentElement.closest('.cell-code, .cell-output, figure.chart, textarea'))
                .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')
            """);
        return (width, wide);
    }
}
