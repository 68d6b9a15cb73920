using System.Collections.Concurrent;
using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Experiments;

/// <summary>
/// Overfitting met with a validation set: a [1, 16, 16, 1] tanh network trained with Adam on 12 readings of a very cheap
/// thermometer, validated on 24 others; early stopping, weight decay, and the leak of standardizing with every reading.
/// </summary>
public static class Overfitting
{
    /// <summary>The experiment's settings.</summary>
    public static OverfittingSettings Settings { get; } = new(Seed: 4, Noise: 15, Epochs: 3000, LearningRate: 0.01, WeightDecay: 0.01);

    private static readonly ConcurrentDictionary<(double WeightDecay, bool Leaky, bool OtherTest), Lazy<TrainingResult<Network>>> Runs = new();

    /// <summary>
    /// 60 readings of the very cheap thermometer (σ = <see cref="OverfittingSettings.Noise"/> °F), split 20/40/40, both with
    /// <see cref="OverfittingSettings.Seed"/>: 12 to train on, 24 to validate with, 24 to test with.
    /// </summary>
    public static DataSplits CheapReadings() =>
        DataSplit.TrainValidationTest(Thermometer.Readings(60, Settings.Noise, Settings.Seed), 0.2, 0.4, Settings.Seed);

    /// <summary>24 other readings of the same thermometer (seed 99), to put in place of the test readings.</summary>
    public static DataSet OtherTestReadings() => Thermometer.Readings(24, Settings.Noise, seed: 99);

    /// <summary>The three sets together again: the training, then the validation, then the test readings.</summary>
    public static DataSet AllReadings(DataSplits splits)
    {
        ArgumentNullException.ThrowIfNull(splits);
        return new DataSet(splits.Train.X.Concat(splits.Validation.X).Concat(splits.Test.X), splits.Train.Y.Concat(splits.Validation.Y).Concat(splits.Test.Y));
    }

    /// <summary>Examples for a network, the temperatures standardized with <paramref name="x"/> and the readings with <paramref name="y"/>.</summary>
    public static Examples Standardized(DataSet data, Standardizer x, Standardizer y)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Examples.From(new DataSet(data.X.Select(x.Transform), data.Y.Select(y.Transform)));
    }

    /// <summary>A network trained on standardized values, as a function from °C to °F.</summary>
    public static Func<double, double> InDegrees(Network model, Standardizer x, Standardizer y)
    {
        ArgumentNullException.ThrowIfNull(model);
        return celsius => model.Predict(x.Transform(celsius)) * y.StandardDeviation + y.Mean;
    }

    /// <summary>
    /// The training: <paramref name="start"/> trained on <paramref name="objective"/> with Adam (α = <see cref="OverfittingSettings.LearningRate"/>)
    /// for <see cref="OverfittingSettings.Epochs"/> epochs, its cost on <paramref name="validation"/> recorded after every epoch.
    /// </summary>
    public static TrainingResult<Network> Train(IObjective<Network> objective, Network start, IObjective<Network> validation) =>
        Trainer.Train(objective, start, new Adam(Settings.LearningRate), new TrainingOptions { Epochs = Settings.Epochs }, validation);

    /// <summary>
    /// The run as the lesson makes it, on <see cref="CheapReadings"/>: a new [1, 16, 16, 1] tanh network <see cref="Train"/>ed on
    /// the standardized training readings and validated on the validation readings. Computed once for each set of arguments.
    /// </summary>
    /// <param name="weightDecay">The L2 penalty's λ (0: none).</param>
    /// <param name="leaky">Standardize with all the readings (the mistake) instead of the training readings only.</param>
    /// <param name="otherTest">Put <see cref="OtherTestReadings"/> in place of the test readings first.</param>
    /// <exception cref="ArgumentException">A weight decay that is negative, not finite, or above <see cref="L2Penalty{TModel}.MaxLambda"/> (refused before any run, as <see cref="L2Penalty{TModel}"/> refuses it).</exception>
    public static TrainingResult<Network> Run(double weightDecay = 0, bool leaky = false, bool otherTest = false)
    {
        if (!(weightDecay >= 0) || !double.IsFinite(weightDecay) || weightDecay > L2Penalty<Network>.MaxLambda)
        {
            throw new ArgumentException(
                Invariant($"weightDecay is {Guard.Format(weightDecay)}: pass 0 (no penalty) or a positive finite λ of at most {L2Penalty<Network>.MaxLambda:N0} (L2Penalty.MaxLambda), such as {Guard.Format(Settings.WeightDecay)} (Overfitting.Settings.WeightDecay)."),
                nameof(weightDecay));
        }

        return Runs.GetOrAdd((weightDecay, leaky, otherTest), key => new Lazy<TrainingResult<Network>>(() =>
        {
            var splits = CheapReadings();
            if (key.OtherTest)
            {
                splits = splits with { Test = OtherTestReadings() };
            }

            var (x, y) = Standardizers(splits, key.Leaky);
            var network = Network.Random([1, 16, 16, 1], Activation.Tanh);
            IObjective<Network> objective = new NetworkObjective(network, Standardized(splits.Train, x, y));
            if (key.WeightDecay > 0)
            {
                objective = new L2Penalty<Network>(objective, key.WeightDecay);
            }

            return Train(objective, network, new NetworkObjective(network, Standardized(splits.Validation, x, y)));
        })).Value;
    }

    /// <summary>The standardizers of temperatures and readings, fitted on the training readings or (the mistake) on all of them.</summary>
    public static (Standardizer X, Standardizer Y) Standardizers(DataSplits splits, bool leaky)
    {
        ArgumentNullException.ThrowIfNull(splits);
        var fitOn = leaky ? AllReadings(splits) : splits.Train;
        return (Standardizer.Fit(fitOn), Standardizer.Fit(fitOn.Y.AsSpan()));
    }

    /// <summary>The test costs of the early-stopped network of <see cref="Run"/> and of the one trained to the end, in standardized units.</summary>
    public static (double Early, double Late) EarlyAndLateTestCosts()
    {
        var run = Run();
        var splits = CheapReadings();
        var (x, y) = Standardizers(splits, leaky: false);
        var test = Standardized(splits.Test, x, y);
        return (Backpropagation.ForwardPropagation(run.BestValidation!.Value.Model, test), Backpropagation.ForwardPropagation(run.Model, test));
    }
}
