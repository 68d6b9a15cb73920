namespace NanoNeuron.Charts;

/// <summary>Training cost against the cost on held-out examples (test or validation): where they part, the model overfits.</summary>
public static class OverfittingCharts
{
    /// <summary>The cost on the training and on held-out examples at each epoch of <paramref name="costs"/> (<see cref="EpochCosts.Of(IEnumerable{Snapshot{Neuron}}, DataSet)"/>), on a log scale.</summary>
    /// <param name="costs">The costs, in epoch order.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="heldOut">What the held-out examples are called in the legend.</param>
    public static GenericChart TrainAndTestCost(IReadOnlyList<EpochCosts> costs, string title = "Training and test cost while training", string heldOut = "test cost")
    {
        ArgumentNullException.ThrowIfNull(costs);
        int[] epochs = [.. costs.Select(c => c.Epoch)];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, costs.Select(c => c.Training), Name: "training cost", ShowMarkers: true),
                Chart.Line<int, double, string>(epochs, costs.Select(c => c.HeldOut), Name: heldOut, ShowMarkers: true),
            ])
            .Titled(title, "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>
    /// A close-up, on linear axes, of the training and test cost over the epochs of <paramref name="costs"/>, with dashed
    /// horizontal lines at reference costs (such as what the true line scores on the test readings).
    /// </summary>
    /// <remarks>Linear axes on purpose: on a log axis that starts in the thousands, a change of 1 % in a cost near 5 is invisible.</remarks>
    /// <param name="costs">The costs at the epochs to show (pass only the epochs of interest).</param>
    /// <param name="levels">Reference costs, each drawn as a dashed horizontal line with its name.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart CostCloseUp(IReadOnlyList<EpochCosts> costs, IReadOnlyList<(string Name, double Cost)> levels, string title)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(levels);
        int[] epochs = [.. costs.Select(c => c.Epoch)];
        int[] ends = [epochs.Min(), epochs.Max()];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, costs.Select(c => c.Training), Name: "training cost", LineWidth: 3),
                Chart.Line<int, double, string>(epochs, costs.Select(c => c.HeldOut), Name: "test cost", LineWidth: 3),
                .. levels.Select(level => Chart.Line<int, double, string>(ends, [level.Cost, level.Cost],
                    Name: $"{level.Name}: {level.Cost:F2}", LineDash: StyleParam.DrawingStyle.Dash)),
            ])
            .Titled(title, "epoch", "average cost J (linear scale)");
    }

    /// <summary>
    /// The cost on the training examples and on the validation examples after every epoch of one training run, with the
    /// epoch of the lowest validation cost marked: early stopping's choice.
    /// </summary>
    /// <param name="result">A run of <see cref="Trainer.Train"/> that was given validation examples.</param>
    /// <param name="title">The chart's title.</param>
    /// <exception cref="ArgumentException">A run without validation examples.</exception>
    public static GenericChart TrainingAndValidationCost<TModel>(TrainingResult<TModel> result, string title)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.BestValidation is not { } best)
        {
            throw new ArgumentException(
                "This run has no validation history: train with Trainer.Train(…, validation: an objective on held-out examples).", nameof(result));
        }

        int[] epochs = [.. Enumerable.Range(0, result.CostHistory.Length)];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, result.CostHistory, Name: "training cost"),
                Chart.Line<int, double, string>(epochs, result.ValidationHistory, Name: "validation cost"),
                Chart.Point<int, double, string>([best.Epoch], [best.Cost], Name: $"lowest validation cost: epoch {best.Epoch}",
                    MarkerSymbol: StyleParam.MarkerSymbol.Diamond, MarkerColor: Color.fromString("black")),
            ])
            .Titled(title, "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>The validation cost after every epoch of several training runs, one line each.</summary>
    /// <param name="runs">Each run's name and its <see cref="TrainingResult{TModel}.ValidationHistory"/>.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart ValidationCosts(IReadOnlyList<(string Name, IReadOnlyList<double> History)> runs, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Chart.Combine(
            [.. runs.Select(run => Chart.Line<int, double, string>(Enumerable.Range(0, run.History.Count), run.History, Name: run.Name))])
            .Titled(title, "epoch", "average validation cost J (log scale)", logY: true);
    }
}
