using NanoNeuron.Course;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The notebook glue and the lesson charts, tested without a kernel.</summary>
public class GlueTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void Expect_AgreeingValue_IsReturned()
    {
        Assert.Equal(0.0006089677, Expect.About(0.0006089677, 0.000609, 5e-7));
        Assert.Equal(7.0, Expect.Exactly(7.0, 7.0));
    }

    [Fact]
    public void Expect_DisagreeingValue_SaysWhichAndHowToFix()
    {
        var about = Assert.Throws<InvalidOperationException>(() => Expect.About(3.7, 3.61, 0.01));
        Assert.Contains("The text says 3.61", about.Message, StringComparison.Ordinal);
        Assert.Contains("computed 3.7", about.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(1333, 1332));
        Assert.Throws<InvalidOperationException>(() => Expect.About(double.NaN, 0, 1));
    }

    [Fact]
    public void Formatters_RenderTheLibrarysValuesAsTables()
    {
        Assert.Contains(">0.9492</td></tr>", Formatters.Neuron(Neuron.OriginalStart), StringComparison.Ordinal);
        var result = Training.TrainModel(Neuron.OriginalStart, Data.Train, 10);
        Assert.Contains(">epochs</th><td style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">10</td>", Formatters.Training(result), StringComparison.Ordinal);
        Assert.Contains("#1a7f37", Formatters.Feedback(new Feedback(true, "fine")), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", Formatters.Feedback(new Feedback(false, "<b>")), StringComparison.Ordinal);
        Assert.Equal(3, Formatters.GradientComparisons(GradientCheck.Compare(Neuron.OriginalStart, Data.Train)).Split("<tr>").Length - 1);
    }

    [Fact]
    public void NotebookSetup_Install_IsHarmlessTwice()
    {
        NotebookSetup.Install();
        NotebookSetup.Install();
    }

    [Fact]
    public void CompareLearningRates_RecordsTheDivergentRunInsteadOfThrowing()
    {
        var runs = Experiments.CompareLearningRates(Neuron.OriginalStart, Data.Train, Experiments.LessonLearningRates);

        Assert.Equal([0.0001, 0.0005, 0.0006, 0.0007], runs.Select(r => r.LearningRate));
        Assert.All(runs.Take(3), run => Assert.Null(run.DivergedAtEpoch));
        Assert.Equal(1333, runs[3].DivergedAtEpoch);
        Assert.Null(runs[3].Model);
        Assert.Equal(Training.TrainModel(Neuron.OriginalStart, Data.Train).Model, runs[1].Model);
    }

    [Fact]
    public void LearningScrubber_HasOneSliderStepPerSnapshotShowingOneLineAtATime()
    {
        var snapshots = Training.Snapshots(Neuron.OriginalStart, Data.Train, Training.LogSpacedEpochs(count: 10));
        string html = OfflineHtml.Render(Charts.LearningScrubber(Data.Train, snapshots), "test");

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
            "random" => Charts.RandomNeurons(),
            "conversion" => Charts.ConversionLine(),
            "datasets" => Charts.DataSets(Data),
            "along-w" => Charts.CostAlongWeight(Data.Train),
            "surface" => Charts.CostSurface(Data.Train),
            "residuals" => Charts.Residuals(Neuron.OriginalStart, Data.Train),
            "arrows" => Charts.GradientArrows(Data.Train),
            "path" => Charts.TrainingPath(Data.Train, snapshots),
            "rates" => Charts.LearningRates(Experiments.CompareLearningRates(Neuron.OriginalStart, Data.Train, [0.0005, 0.0007], 2_000), 0.000609),
            _ => Charts.TrainingReport(Training.TrainModel(Neuron.OriginalStart, Data.Train, 100), Data.Train),
        };

        string html = OfflineHtml.Render(chart, name);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]*src=", html);
    }
}
