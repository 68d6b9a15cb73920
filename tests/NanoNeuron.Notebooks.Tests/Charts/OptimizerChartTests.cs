using System.Text.RegularExpressions;
using NanoNeuron.Charts;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The optimizers' race chart.</summary>
public class OptimizerChartTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    private static readonly CostSurface RaceSurface = CostLandscape.Race.Surface(Train);

    [Fact]
    public void OptimizerRace_HasOneSliderStepPerFrame_AndStartsWithOnlyTheStartShown()
    {
        int[] frames = [0, 1, 2, 10, 100];
        var paths = OptimizerComparison.Tuned.Skip(1).Select((optimizer, i) =>
            new RacePath($"path {i}", "white", OptimizerComparison.Path(Neuron.OriginalStart, Train, optimizer, 100, Enumerable.Range(0, 101)))).ToList();
        string html = OfflineHtml.Render(OptimizerCharts.OptimizerRace(RaceSurface, paths, frames), "race");

        Assert.Contains("\"sliders\":", html, StringComparison.Ordinal);
        Assert.Equal(frames.Length, Regex.Count(html, "\"method\":\"restyle\""));
        // Traces: the contour, then per path a legend point, a piece per frame after the first, a marker per frame.
        int perPath = 1 + (frames.Length - 1) + frames.Length;
        bool[] onePath = [true, .. Enumerable.Repeat(false, frames.Length - 1), true, .. Enumerable.Repeat(false, frames.Length - 1)];
        bool[] first = [true, .. paths.SelectMany(_ => onePath)];
        Assert.Equal(1 + paths.Count * perPath, first.Length);
        Assert.Contains($"\"visible\":[{string.Join(",", first.Select(v => v ? "true" : "false"))}]", html, StringComparison.Ordinal);
        Assert.Contains("\"label\":\"100\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimizerRace_LessonPaths_HoldEveryFrame()
    {
        var paths = OptimizerComparison.RacePaths(Train);
        string html = OfflineHtml.Render(OptimizerCharts.OptimizerRace(RaceSurface, paths, OptimizerComparison.RaceFrames), "race");

        Assert.Equal(3, paths.Length);
        Assert.Equal(OptimizerComparison.RaceFrames.Length, Regex.Count(html, "\"method\":\"restyle\""));
        Assert.Contains("\"label\":\"70,000\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimizerRace_BadFramesOrAPathWithoutAFrame_SayWhatIsWrong()
    {
        var path = new RacePath("short", "white", OptimizerComparison.Path(Neuron.OriginalStart, Train, new GradientDescent(), 5, Enumerable.Range(0, 6)));
        Assert.Contains("start at epoch 0", Assert.Throws<ArgumentException>(() => OptimizerCharts.OptimizerRace(RaceSurface, [path], [1, 2])).Message, StringComparison.Ordinal);
        Assert.Contains("start at epoch 0", Assert.Throws<ArgumentException>(() => OptimizerCharts.OptimizerRace(RaceSurface, [path], [0, 3, 2])).Message, StringComparison.Ordinal);
        Assert.Contains("no neuron at epoch 10", Assert.Throws<ArgumentException>(() => OptimizerCharts.OptimizerRace(RaceSurface, [path], [0, 10])).Message, StringComparison.Ordinal);
    }
}
