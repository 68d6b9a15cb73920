using NanoNeuron.Activations;
using NanoNeuron.Classification;
using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>Yes-or-no answers: the sigmoid neuron's probability, its decision boundary, and the costs for classes.</summary>
public static class ClassificationCharts
{
    /// <summary>The answers (0 or 1), the neuron's probability of "hot", and its decision boundary.</summary>
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

    /// <summary>For one example that is hot (y = 1), the two costs as the neuron's z goes from very wrong to very right.</summary>
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
}
