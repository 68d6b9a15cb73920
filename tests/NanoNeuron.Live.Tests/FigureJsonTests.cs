using System.Text.Json;
using NanoNeuron.Live.Kernel;
using NanoNeuron.Charts;
using NanoNeuron.Experiments;
using Plotly.NET;

namespace NanoNeuron.Live.Tests;

/// <summary>The kernel's figure JSON against Plotly.NET's own, for charts of every kind the course draws.</summary>
public sealed class FigureJsonTests
{
    public static TheoryData<string> Charts() => [.. Samples.Keys];

    private static readonly Dictionary<string, Func<GenericChart>> Samples = new()
    {
        ["cost history"] = () => TrainingCharts.CostHistory(Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, epochs: 50).CostHistory),
        ["training path over a contour"] = () =>
        {
            var train = DataSets.GenerateDataSets().Train;
            return TrainingCharts.TrainingPath(CostLandscape.Default.Surface(train), Training.Snapshots(Neuron.OriginalStart, train, Training.LogSpacedEpochs()));
        },
        ["scrubber (frames and a slider)"] = () =>
        {
            var train = DataSets.GenerateDataSets().Train;
            return TrainingCharts.LearningScrubber(train, Training.Snapshots(Neuron.OriginalStart, train, Training.LogSpacedEpochs()));
        },
        ["described (a text alternative in the layout's meta)"] = () =>
            TrainingCharts.CostHistory([3.0, 2.0, 1.0]).Described("The cost falls from 3 to 1 in two epochs.", "Three costs"),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Write_EqualsPlotlyNetsFigureJson(string name)
    {
        var chart = Samples[name]();

        using var ours = JsonDocument.Parse(FigureJson.Write(chart));
        using var theirs = JsonDocument.Parse(GenericChart.toFigureJson(chart));

        AssertSame(theirs.RootElement, ours.RootElement, "$");
    }

    private static void AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} expected, {actual.ValueKind} written");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var names = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(names, actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList());
                foreach (string property in names)
                {
                    AssertSame(expected.GetProperty(property), actual.GetProperty(property), $"{path}.{property}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: {expected.GetArrayLength()} items expected");
                foreach (var (e, a, i) in expected.EnumerateArray().Zip(actual.EnumerateArray()).Select((p, i) => (p.First, p.Second, i)))
                {
                    AssertSame(e, a, $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDouble() == actual.GetDouble(), $"{path}: {expected} expected, {actual} written");
                break;
            default:
                Assert.True(expected.ToString() == actual.ToString(), $"{path}: {expected} expected, {actual} written");
                break;
        }
    }
}
