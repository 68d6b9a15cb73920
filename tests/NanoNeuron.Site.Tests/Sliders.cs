using Microsoft.Playwright;

namespace NanoNeuron.Site.Tests;

/// <summary>The course's kernel-free epoch sliders, driven as a learner would.</summary>
internal static class Sliders
{
    /// <summary>
    /// Opens <paramref name="page"/> of the built site, checks that it has one slider starting at epoch 0, clicks the
    /// right end of its rail and waits for the label to read <paramref name="endLabel"/>. Returns the open page.
    /// </summary>
    public static async Task<IPage> ScrubToTheEnd(SiteFixture site, string page, string endLabel)
    {
        var browserPage = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        await browserPage.GotoAsync(new Uri(Path.Combine(site.Folder, page)).AbsoluteUri);

        var slider = browserPage.Locator("g.slider-container");
        Assert.Equal(1, await slider.CountAsync());
        Assert.Contains("epoch 0", await slider.TextContentAsync(), StringComparison.Ordinal);

        var rail = slider.Locator("rect.slider-rail-touch-rect");
        await rail.ScrollIntoViewIfNeededAsync();
        var box = await rail.BoundingBoxAsync() ?? throw new InvalidOperationException($"the slider's rail on {page} has no box");
        await browserPage.Mouse.ClickAsync(box.X + box.Width - 2, box.Y + box.Height / 2);
        await Assertions.Expect(slider.Locator("text.slider-label").First).ToHaveTextAsync(endLabel);
        return browserPage;
    }
}
