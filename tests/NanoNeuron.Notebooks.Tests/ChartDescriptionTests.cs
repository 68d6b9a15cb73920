using NanoNeuron.Charts;
using NanoNeuron.Site;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>A chart's text alternative travels in its figure and becomes the site's figure caption.</summary>
public class ChartDescriptionTests
{
    [Fact]
    public void Described_Chart_ReachesTheSiteAsItsAccessibleNameAndCaption()
    {
        const string Sentence = "A straight line that rises 1.8 °F for every °C and crosses 32 °F at 0 °C.";
        var chart = NeuronCharts.ConversionLine().Titled("Celsius to Fahrenheit", "°C", "°F").Described(Sentence);

        string figure = PageRenderer.Chart(OfflineCharts.ChartHtml(chart))!;

        Assert.Contains("aria-label=\"Celsius to Fahrenheit\"", figure, StringComparison.Ordinal);
        Assert.Contains($">{System.Net.WebUtility.HtmlEncode(Sentence)}</figcaption></figure>", figure, StringComparison.Ordinal);
    }

    [Fact]
    public void Described_WithATitle_ReadsThatTitleInsteadOfTheChartsOwn()
    {
        var chart = NeuronCharts.ConversionLine().Titled("f = c·1.8 + 32", "°C", "°F").Described("One line.", title: "The conversion line");

        var (_, title, description) = PageRenderer.ChartText(OfflineCharts.ChartHtml(chart));

        Assert.Equal(("The conversion line", "One line."), (title, description));
    }

    [Fact]
    public void Chart_WithoutADescription_HasNoCaption()
    {
        string figure = PageRenderer.Chart(OfflineCharts.ChartHtml(NeuronCharts.ConversionLine()))!;
        Assert.DoesNotContain("figcaption", figure, StringComparison.Ordinal);
        Assert.Null(PageRenderer.ChartText(OfflineCharts.ChartHtml(NeuronCharts.ConversionLine())).Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Described_BlankText_IsRefusedWithWhatToWrite(string blank)
    {
        var description = Assert.Throws<ArgumentException>(() => NeuronCharts.ConversionLine().Described(blank));
        Assert.Contains("one sentence of what it shows", description.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NeuronCharts.ConversionLine().Described("A line.", title: blank));
    }
}
