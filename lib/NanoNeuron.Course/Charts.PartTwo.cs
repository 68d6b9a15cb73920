using NanoNeuron.Activations;
using NanoNeuron.Networks;
using NanoNeuron.Data;
using NanoNeuron.Classification;

namespace NanoNeuron.Course;

public static partial class Charts
{
    private static readonly string[] XorLabels = ["0", "1", "1", "0"];

    private static readonly double[] ActivationRange = [.. Enumerable.Range(0, 201).Select(i => -5 + i * 0.05)];

    /// <summary>Lesson 09: the cost on the training and on the test examples as training goes on.</summary>
    public static GenericChart TrainAndTestCost(IReadOnlyList<Snapshot<Neuron>> snapshots, DataSet test)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(test);
        int[] epochs = [.. snapshots.Select(s => s.Epoch)];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, snapshots.Select(s => s.Cost), Name: "training cost", ShowMarkers: true),
                Chart.Line<int, double, string>(epochs, snapshots.Select(s => Propagation.ForwardPropagation(s.Model, test).Cost), Name: "test cost", ShowMarkers: true),
            ])
            .Titled("Training and test cost while training", "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>Lessons 11 and 19: how long each approach took, as bars.</summary>
    public static GenericChart Timings(IReadOnlyList<Timing> timings, string title)
    {
        ArgumentNullException.ThrowIfNull(timings);
        // Horizontal bars: the names stay on a category axis (Titled would make both axes numeric).
        var bars = Chart.Bar<double, string, string>(timings.Select(t => t.Milliseconds), Keys: timings.Select(t => t.Name).ToArray(),
            MultiText: timings.Select(t => t.Milliseconds.ToString("G3", CultureInfo.InvariantCulture) + " ms").ToArray());
        return Plotly.NET.Chart.withTitle(title, null).Invoke(bars)
            .WithXAxisStyle<double, double, string>(TitleText: "milliseconds (log scale)", AxisType: StyleParam.AxisType.Log);
    }

    /// <summary>Lesson 12: each activation function beside its derivative.</summary>
    public static GenericChart Activations(IReadOnlyList<Activation>? activations = null)
    {
        activations ??= Activation.All;
        var charts = activations.Select(a => Chart.Combine(
            [
                Chart.Line<double, double, string>(ActivationRange, ActivationRange.Select(a.Function), Name: $"{a.Name}(z)", LineWidth: 3),
                Chart.Line<double, double, string>(ActivationRange, ActivationRange.Select(a.Derivative), Name: $"{a.Name}′(z)", LineDash: StyleParam.DrawingStyle.Dash),
            ]));
        return Chart.Grid(charts, 1, activations.Count, SubPlotTitles: activations.Select(a => $"{a.Name}: g(z) solid, g′(z) dashed").ToArray())
            .WithSize(1100, 400)
            .Titled("Activation functions and their derivatives", "z", "");
    }

    /// <summary>Lessons 12 and 15: examples of a relation and the curves several models draw through them.</summary>
    public static GenericChart Fits(DataSet data, IReadOnlyList<(string Name, Func<double, double> Model)> models, string title, string xTitle, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(models);
        double from = data.X.Min(), to = data.X.Max();
        double[] xs = [.. Enumerable.Range(0, 101).Select(i => from + (to - from) * i / 100)];
        return Chart.Combine(
            [
                Chart.Point<double, double, string>(data.X, data.Y, Name: "examples"),
                .. models.Select(m => Chart.Line<double, double, string>(xs, xs.Select(m.Model), Name: m.Name)),
            ])
            .Titled(title, xTitle, yTitle);
    }

    /// <summary>Lesson 13: the answers (0 or 1), the neuron's probability of "hot", and its decision boundary.</summary>
    public static GenericChart DecisionBoundary(DataSet survey, Neuron model)
    {
        ArgumentNullException.ThrowIfNull(survey);
        double boundary = Logistic.DecisionBoundary(model);
        double[] xs = [.. Enumerable.Range(0, 161).Select(i => i * 0.25)];
        double[] boundaryX = [boundary, boundary];
        double[] boundaryY = [-0.05, 1.05];
        return Chart.Combine(
            [
                Chart.Point<double, double, string>(survey.X, survey.Y, Name: "answers: 1 = hot, 0 = not", Opacity: 0.5),
                Chart.Line<double, double, string>(xs, xs.Select(x => Logistic.Probability(model, x)), Name: "p(hot) = σ(x·w + b)", LineWidth: 3),
                Chart.Line<double, double, string>(boundaryX, boundaryY, Name: string.Create(CultureInfo.InvariantCulture, $"boundary: {boundary:F1} °C"),
                    LineColor: ErrorColor, LineDash: StyleParam.DrawingStyle.Dash),
            ])
            .Titled("Hot or not: the sigmoid neuron's probability and its decision boundary", "°C", "probability of hot");
    }

    /// <summary>Lesson 13: for one example that is hot (y = 1), the two costs as the neuron's z goes from very wrong to very right.</summary>
    public static GenericChart ClassificationCosts()
    {
        double[] z = [.. Enumerable.Range(0, 161).Select(i => -8 + i * 0.1)];
        return Chart.Combine(
            [
                Chart.Line<double, double, string>(z, z.Select(v => Cost.PredictionCost(1, Activation.SigmoidOf(v))), Name: "squared error (1 − σ(z))²/2"),
                Chart.Line<double, double, string>(z, z.Select(v => Logistic.CrossEntropy(1, Activation.SigmoidOf(v))), Name: "cross-entropy −ln σ(z)"),
            ])
            .Titled("The cost of one hot example: squared error flattens where the neuron is most wrong", "z = x·w + b", "cost");
    }

    /// <summary>Lesson 15: the network's curve at several epochs of training, over the examples.</summary>
    public static GenericChart NetworkLearning(DataSet data, Standardizer inputs, TrainingResult<Network> result, string xTitle, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var models = result.Snapshots.Select(s => (
            FormattableString.Invariant($"epoch {s.Epoch:N0}"),
            (Func<double, double>)(x => s.Model.Predict(inputs.Transform(x))))).ToList();
        return Fits(data, models, "The network's curve as it learns", xTitle, yTitle);
    }

    /// <summary>Lesson 15: a two-input network's output over the unit square, with the four XOR examples.</summary>
    public static GenericChart XorSurface(Network network, string title)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] grid = [.. Enumerable.Range(0, 41).Select(i => -0.25 + i * 0.0375)];
        var output = grid.Select(b => grid.Select(a => network.Predict([a, b])[0]).ToArray());
        double[] xs = [0, 0, 1, 1];
        double[] ys = [0, 1, 0, 1];
        var heatmap = Chart.Heatmap<double, double, double, string>(output, X: grid, Y: grid, Name: "network output");
        // One colour scale for every network, so that a flat output looks flat instead of stretched to fill the scale.
        foreach (var trace in GenericChart.getTraces(heatmap))
        {
            trace.SetProperty("zmin", -0.25);
            trace.SetProperty("zmax", 1.25);
        }

        return Chart.Combine(
            [
                heatmap,
                Chart.Point<double, double, string>(xs, ys, Name: "XOR examples",
                    MultiText: XorLabels, TextPosition: StyleParam.TextPosition.TopRight, MarkerColor: Color.fromString("white")),
            ])
            .Titled(title, "input 1", "input 2");
    }
}
