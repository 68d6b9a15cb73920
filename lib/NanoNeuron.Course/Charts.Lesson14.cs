using NanoNeuron.Data;

namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>Lesson 14: several training runs' costs after every epoch, one line each, on a logarithmic scale.</summary>
    /// <param name="runs">Each run's name and its cost history.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart CostHistories(IReadOnlyList<(string Name, IReadOnlyList<double> CostHistory)> runs, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Chart.Combine(
            [.. runs.Select(run =>
            {
                var (epochs, costs) = Downsample(run.CostHistory, MaxPointsPerLine);
                return Chart.Line<int, double, string>(epochs, costs, Name: run.Name);
            })])
            .Titled(title, "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>Lesson 14: each example's prediction against its target; a perfect model puts every point on the diagonal.</summary>
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
