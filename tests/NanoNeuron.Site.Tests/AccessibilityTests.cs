using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// Every page as a person reads it: axe-core finds no violation of WCAG 2.2 AA, at a desktop's width and a phone's;
/// at a phone's width (390 px) the page does not scroll sideways; the keyboard alone reaches everything, with the focus
/// always visible; every chart has a text alternative.
/// </summary>
[Collection(SiteDefinition.Name)]
public partial class AccessibilityTests(SiteFixture site)
{
    /// <summary>A phone's width in CSS pixels (an iPhone 12 to 15).</summary>
    public const int PhoneWidth = 390;

    public static TheoryData<string> Pages => SiteTests.Pages;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtADesktopsWidth_HasNoAxeViolation(string page)
    {
        var browserPage = await Open(page, 1280, 900);
        var violations = await Axe.Violations(browserPage);
        await browserPage.CloseAsync();
        Assert.True(violations.Count == 0, $"{page} at 1280 px, with every fold open:\n{string.Join("\n", violations)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtAPhonesWidth_DoesNotScrollSideways_AndHasNoAxeViolation(string page)
    {
        var browserPage = await Open(page, PhoneWidth, 844);
        int width = await browserPage.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        // What sticks out, if anything: elements whose right edge passes the window's, outside a box that scrolls.
        string wide = await browserPage.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('main *, header *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => !e.parentElement.closest('.cell-code, .cell-output, figure.chart'))
                .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')
            """);
        var violations = await Axe.Violations(browserPage);
        await browserPage.CloseAsync();

        Assert.True(width <= PhoneWidth, $"{page} is {width} px wide at {PhoneWidth} px: {wide}");
        Assert.True(violations.Count == 0, $"{page} at {PhoneWidth} px, with every fold open:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task Axe_OnAPageWithFaults_ReportsThem()
    {
        // The same page with a comment's contrast made too low and a code box that scrolls but cannot be focused:
        // the faults the course's pages had before.
        var browserPage = await Open("17-momentum-and-adam.html", 1280, 900);
        await browserPage.EvaluateAsync("""
            () => { document.querySelector('.cell-code .comment').style.color = '#9aa0a6';
                    const box = document.querySelector('.cell-code'); box.removeAttribute('tabindex'); box.style.maxWidth = '200px'; }
            """);
        string violations = string.Join("\n", await Axe.Violations(browserPage));
        await browserPage.CloseAsync();

        Assert.Contains("color-contrast", violations, StringComparison.Ordinal);
        Assert.Contains("scrollable-region-focusable", violations, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("17-momentum-and-adam.html")]
    public async Task Page_ByKeyboardAlone_StartsWithTheSkipLink_AndEveryStopShowsItsFocus(string page)
    {
        var browserPage = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await browserPage.GotoAsync(new Uri(Path.Combine(site.Folder, page)).AbsoluteUri);
        var stops = new List<string>();
        for (int i = 0; i < 30; i++)
        {
            await browserPage.Keyboard.PressAsync("Tab");
            var stop = await browserPage.EvaluateAsync<string[]>("""
                () => { const e = document.activeElement, s = getComputedStyle(e);
                        return [e.tagName.toLowerCase() + (e.getAttribute('aria-label') ? ' «' + e.getAttribute('aria-label') + '»' : ' «' + e.textContent.trim().slice(0, 30) + '»'),
                                String(e !== document.body && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)]; }
                """);
            if (stop[0].StartsWith("body", StringComparison.Ordinal) || (stops.Count > 0 && stops[0] == stop[0]))
            {
                break;   // past the last stop, or round the page and back to the first
            }

            Assert.True(stop[1] == "true", $"{page}: stop {i + 1}, {stop[0]}, shows no focus outline");
            stops.Add(stop[0]);
        }

        await browserPage.CloseAsync();
        Assert.StartsWith("a «Skip to the content»", stops[0], StringComparison.Ordinal);
        Assert.True(stops.Count > 3, $"{page}: the keyboard reached only {string.Join(", ", stops)}");
    }

    public static TheoryData<string> LessonPages => [.. Lessons()];

    [Theory]
    [MemberData(nameof(LessonPages))]
    public void Lesson_EveryChart_HasATitleAndADescription(string page)
    {
        var missing = ChartsWithoutText(page);
        Assert.True(missing.Count == 0, $"{page}: charts without a title and a description (give each `.Described(\"…\")`): {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Lesson_AtADesktopsWidthAndAPhones_IsScreenshotted()
    {
        string folder = Path.Combine(RepositoryRoot.Path, "artifacts", "test-results");
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height) in new[] { ("desktop", 1280, 900), ("phone", PhoneWidth, 844) })
        {
            var browserPage = await Open("17-momentum-and-adam.html", width, height, openFolds: false);
            string path = Path.Combine(folder, $"17-momentum-and-adam-{name}.png");
            await browserPage.ScreenshotAsync(new() { Path = path, FullPage = true });
            await browserPage.CloseAsync();
            Assert.True(new FileInfo(path).Length > 10_000, $"{path} is nearly empty");
        }
    }

    /// <summary>The charts of a built page without a title or a description, by their figure's name.</summary>
    private List<string> ChartsWithoutText(string page) =>
        [.. Figure().Matches(File.ReadAllText(Path.Combine(site.Folder, page)))
            .Where(figure => !figure.Value.Contains("<figcaption", StringComparison.Ordinal) || figure.Groups["name"].Value == "Chart")
            .Select(figure => $"«{figure.Groups["name"].Value}»")];

    private static IEnumerable<string> Lessons() =>
        SiteBuilder.Lessons(Path.Combine(RepositoryRoot.Path, "notebooks")).Select(path => Path.ChangeExtension(Path.GetFileName(path), ".html"));

    /// <summary>Opens a page of the built site at a size, after its charts have drawn; by default with every fold open, as a reader may open them.</summary>
    private async Task<IPage> Open(string page, int width, int height, bool openFolds = true)
    {
        var browserPage = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await browserPage.GotoAsync(new Uri(Path.Combine(site.Folder, page)).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        if (openFolds)
        {
            await browserPage.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        }

        return browserPage;
    }

    [GeneratedRegex("<figure class=\"chart\" aria-label=\"(?<name>[^\"]*)\"[^>]*>.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
