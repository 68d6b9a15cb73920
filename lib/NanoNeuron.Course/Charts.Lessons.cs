namespace NanoNeuron.Course;

public static partial class Charts
{
    private static readonly Color TrueLineColor = Color.fromString("#2ca02c");
    private static readonly Color ErrorColor = Color.fromString("#d62728");

    /// <summary>The range of °C the course's charts show.</summary>
    private static readonly double[] CelsiusRange = [0, 100];

    /// <summary>Lesson 01: a few neurons with random weights and biases against the line they should learn.</summary>
    public static GenericChart RandomNeurons(int count = 5, int seed = Hyperparameters.Seed)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(0, count).Select(i =>
        {
            var neuron = new Neuron(random.NextDouble() * 4 - 1, random.NextDouble() * 100 - 20);
            return Chart.Line<double, double, string>(CelsiusRange, CelsiusRange.Select(neuron.Predict),
                Name: $"w = {neuron.Weight:F2}, b = {neuron.Bias:F1}", LineDash: StyleParam.DrawingStyle.Dash);
        });
        return Chart.Combine([.. lines, TrueLine()])
            .Titled("Random neurons and the line they should learn", "°C", "°F");
    }

    /// <summary>Lesson 02: the Celsius → Fahrenheit line, with a few known points.</summary>
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

    /// <summary>Lesson 03: the training examples and the test examples.</summary>
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

    /// <summary>Lesson 05: a neuron's predictions, the targets, and the error of each prediction as a red segment.</summary>
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

    private static GenericChart TrueLine(double from = 0, double to = 100)
    {
        double[] ends = [from, to];
        return Chart.Line<double, double, string>(ends, ends.Select(Temperature.CelsiusToFahrenheit),
            Name: "°F = 1.8·°C + 32", LineColor: TrueLineColor, LineWidth: 3);
    }
}
