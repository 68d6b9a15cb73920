using NanoNeuron.Charts;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The lessons' charts render offline pages with data; the scrubber's slider shows one line at a time.</summary>
public class ChartPageTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void LearningScrubber_HasOneSliderStepPerSnapshotShowingOneLineAtATime()
    {
        var snapshots = Training.Snapshots(Neuron.OriginalStart, Data.Train, Training.LogSpacedEpochs(count: 10));
        string html = OfflineHtml.Render(TrainingCharts.LearningScrubber(Data.Train, snapshots), "test");

        Assert.Contains("\"sliders\":", html, StringComparison.Ordinal);
        Assert.Equal(snapshots.Length, System.Text.RegularExpressions.Regex.Count(html, "\"method\":\"restyle\""));
        string firstStep = $"\"visible\":[true,true{string.Concat(Enumerable.Repeat(",false", snapshots.Length - 1))}]";
        Assert.Contains(firstStep, html, StringComparison.Ordinal);
    }

    public static TheoryData<string> LessonCharts => ["random", "conversion", "datasets", "along-w", "surface", "residuals", "arrows", "path", "rates", "report"];

    [Theory]
    [MemberData(nameof(LessonCharts))]
    public void LessonChart_RendersAnOfflinePageWithData(string name)
    {
        var snapshots = Training.Snapshots(Neuron.OriginalStart, Data.Train, [1, 10, 100], epochs: 1_000);
        var chart = name switch
        {
            "random" => NeuronCharts.RandomNeurons([Neuron.RandomStart(1), Neuron.RandomStart(2)]),
            "conversion" => NeuronCharts.ConversionLine(),
            "datasets" => NeuronCharts.DataSets(Data),
            "along-w" => CostCharts.CostAlongWeight(CostLandscape.AlongWeight(Data.Train)),
            "surface" => CostCharts.CostSurface(CostLandscape.Default.Surface(Data.Train)),
            "residuals" => NeuronCharts.Residuals(Neuron.OriginalStart, Data.Train),
            "arrows" => CostCharts.GradientArrows(CostLandscape.Default.Surface(Data.Train), CostLandscape.Default.Gradients(Data.Train)),
            "path" => TrainingCharts.TrainingPath(CostLandscape.Default.Surface(Data.Train), snapshots),
            "rates" => TrainingCharts.LearningRates(LearningRates.Compare(Neuron.OriginalStart, Data.Train, [0.0005, 0.0007], 2_000), 0.000609),
            _ => TrainingCharts.TrainingReport(Training.TrainModel(Neuron.OriginalStart, Data.Train, 100), Data.Train),
        };

        string html = OfflineHtml.Render(chart, name);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
