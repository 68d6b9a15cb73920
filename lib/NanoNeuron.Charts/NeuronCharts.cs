using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>The neuron and its data: lines, the conversion, the examples, and a neuron's errors.</summary>
public static class NeuronCharts
{
    /// <summary>The given neurons, dashed, against the line they should learn.</summary>
    /// <remarks>Each neuron is the line <c>ŷ = x·w + b</c> over 0–100 °C.</remarks>
    /// <param name="neurons">The neurons to draw, for example <see cref="Neuron.RandomStart"/> with a few seeds.</param>
    public static GenericChart RandomNeurons(IReadOnlyList<Neuron> neurons)
    {
        ArgumentNullException.ThrowIfNull(neurons);
        var lines = neurons.Select(neuron =>
            Chart.Line<double, double, string>(CelsiusRange, CelsiusRange.Select(neuron.Predict),
                Name: string.Create(CultureInfo.InvariantCulture, $"w = {neuron.Weight:F2}, b = {neuron.Bias:F2}"), LineDash: StyleParam.DrawingStyle.Dash));
        return Chart.Combine([.. lines, TrueLine()])
            .Titled("Random neurons and the line they should learn", "°C", "°F");
    }

    /// <summary>The Celsius → Fahrenheit line, with a few known points.</summary>
    public static GenericChart ConversionLine()
    {
        double[] known = [-40, 0, 37, 100];
        return Chart.Combine(
            [
                TrueLine(-50, 110),
                Chart.Point<double, double, string>(known, known.Select(Temperature.CelsiusToFahrenheit), Name: "known points",
                    MultiText: known.Select(c => $"{c} °C = {Math.Round(Temperature.CelsiusToFahrenheit(c), 6)} °F").ToArray(), TextPosition: StyleParam.TextPosition.TopLeft),
            ])
            .Titled("Celsius to Fahrenheit: f = 1.8·c + 32", "°C", "°F");
    }

    /// <summary>The training examples and the test examples.</summary>
    public static GenericChart DataSets(DataSets data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Chart.Combine(
            [
                Chart.Point<double, double, string>(data.Train.X, data.Train.Y, Name: $"training ({data.Train.Count} examples)"),
                Chart.Point<double, double, string>(data.Test.X, data.Test.Y, Name: $"test ({data.Test.Count} examples)", MarkerSymbol: StyleParam.MarkerSymbol.Cross),
            ])
            .Titled("Training and test examples", "°C", "°F");
    }

    /// <summary>A neuron's predictions, the targets, and the error of each prediction as a red segment.</summary>
    public static GenericChart Residuals(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // One trace for all segments: NaN between them leaves a gap.
        var segmentX = data.X.SelectMany(x => new[] { x, x, double.NaN });
        var segmentY = data.X.Zip(data.Y).SelectMany(p => new[] { p.Second, model.Predict(p.First), double.NaN });
        return Chart.Combine(
            [
                Chart.Line<double, double, string>(segmentX, segmentY, Name: "error: y − ŷ", LineColor: ErrorColor),
                Chart.Point<double, double, string>(data.X, data.Y, Name: "targets y"),
                Chart.Line<double, double, string>(data.X, data.X.Select(model.Predict), Name: "predictions ŷ"),
            ])
            .Titled("Predictions against targets", "°C", "°F");
    }

    /// <summary>The examples, the line a neuron has learned, and the true Celsius → Fahrenheit line.</summary>
    public static GenericChart FittedLine(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[] ends = [data.X.Min(), data.X.Max()];
        return Chart.Combine(
            [
                Chart.Point<double, double, string>(data.X, data.Y, Name: "examples"),
                Chart.Line<double, double, string>(ends, ends.Select(model.Predict), Name: "NanoNeuron"),
                TrueLine(ends[0], ends[1]),
            ])
            .Titled("What NanoNeuron has learned", "°C", "°F");
    }
}
