namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>
    /// Lesson 09: a close-up, on linear axes, of the training and test cost over the epochs of <paramref name="snapshots"/>,
    /// with dashed horizontal lines at reference costs (such as what the true line scores on the test readings).
    /// </summary>
    /// <remarks>Linear axes on purpose: on a log axis that starts in the thousands, a change of 1 % in a cost near 5 is invisible.</remarks>
    /// <param name="snapshots">Where training was, at the epochs to show (pass only the epochs of interest).</param>
    /// <param name="test">The test readings; the test cost is computed on them.</param>
    /// <param name="levels">Reference costs, each drawn as a dashed horizontal line with its name.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart CostCloseUp(IReadOnlyList<Snapshot<Neuron>> snapshots, DataSet test, IReadOnlyList<(string Name, double Cost)> levels, string title)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(levels);
        int[] epochs = [.. snapshots.Select(s => s.Epoch)];
        int[] ends = [epochs.Min(), epochs.Max()];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, snapshots.Select(s => s.Cost), Name: "training cost", LineWidth: 3),
                Chart.Line<int, double, string>(epochs, snapshots.Select(s => Propagation.ForwardPropagation(s.Model, test).Cost), Name: "test cost", LineWidth: 3),
                .. levels.Select(level => Chart.Line<int, double, string>(ends, [level.Cost, level.Cost],
                    Name: $"{level.Name}: {level.Cost:F2}", LineDash: StyleParam.DrawingStyle.Dash)),
            ])
            .Titled(title, "epoch", "average cost J (linear scale)");
    }
}
