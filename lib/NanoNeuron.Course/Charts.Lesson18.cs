namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>
    /// Lesson 18: the cost on the training examples and on the validation examples after every epoch of one training
    /// run, with the epoch of the lowest validation cost marked: early stopping's choice.
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

    /// <summary>Lesson 18: the validation cost after every epoch of several training runs, one line each.</summary>
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
