using Microsoft.Playwright;

namespace NanoNeuron.Site.Tests;

/// <summary>Lesson 16's page: the race between gradient descent, momentum and Adam moves without a kernel.</summary>
[Collection(SiteDefinition.Name)]
public class MomentumLessonTests(SiteFixture site)
{
    [Fact]
    public async Task MomentumLesson_HasAWorkingRaceSlider()
    {
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        await page.GotoAsync(new Uri(Path.Combine(site.Folder, "16-momentum-and-adam.html")).AbsoluteUri);

        var slider = page.Locator("g.slider-container");
        Assert.Equal(1, await slider.CountAsync());
        Assert.Contains("epoch 0", await slider.TextContentAsync(), StringComparison.Ordinal);

        // Scrub to the end: click the right end of the slider's rail.
        var rail = slider.Locator("rect.slider-rail-touch-rect");
        await rail.ScrollIntoViewIfNeededAsync();
        var box = await rail.BoundingBoxAsync() ?? throw new InvalidOperationException("the slider's rail has no box");
        await page.Mouse.ClickAsync(box.X + box.Width - 2, box.Y + box.Height / 2);
        await Assertions.Expect(slider.Locator("text.slider-label").First).ToHaveTextAsync("epoch 70,000");
        await page.CloseAsync();
    }
}
