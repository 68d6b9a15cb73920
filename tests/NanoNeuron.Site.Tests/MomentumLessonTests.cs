namespace NanoNeuron.Site.Tests;

/// <summary>Lesson 17's page: the race between gradient descent, momentum and Adam moves without a kernel.</summary>
[Collection(SiteDefinition.Name)]
public class MomentumLessonTests(SiteFixture site)
{
    [Fact]
    public async Task MomentumLesson_HasAWorkingRaceSlider()
    {
        var page = await Sliders.ScrubToTheEnd(site, "17-momentum-and-adam.html", "epoch 70,000");
        await page.CloseAsync();
    }
}
