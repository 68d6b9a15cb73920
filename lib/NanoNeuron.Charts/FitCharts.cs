using NanoNeuron.Data;

namespace NanoNeuron.Charts;

/// <summary>Models against examples: curves through the data, and predictions against targets.</summary>
public static class FitCharts
{
    /// <summary>Examples of a relation and the curves several models draw through them.</summary>
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

    /// <summary>Each example's prediction against its target; a perfect model puts every point on the diagonal.</summary>
    /// <param name="models">Each model's name and its prediction for one example's inputs.</param>
    /// <param name="examples">Examples with one target each.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="unit">The unit of targets and predictions, for the axes.</param>
    public static GenericChart PredictedAgainstTrue(IReadOnlyList<(string Name, Func<IReadOnlyList<double>, double> Predict)> models, Examples examples, string title, string unit)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(examples);
        double[] targets = [.. examples.Targets.Select(target => target[0])];
        double[] ends = [targets.Min(), targets.Max()];
        return Chart.Combine(
            [
                Chart.Line<double, double, string>(ends, ends, Name: "perfect: prediction = target"),
                .. models.Select(model => Chart.Point<double, double, string>(targets, examples.Inputs.Select(input => model.Predict(input)), Name: model.Name)),
            ])
            .Titled(title, $"target ({unit})", $"prediction ({unit})");
    }
}
