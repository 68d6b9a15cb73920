using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Experiments;

/// <summary>A big network trained on a few noisy readings: it learns their noise (overfitting, seen on fresh readings).</summary>
public static class FewReadings
{
    /// <summary>How many readings the network trains on.</summary>
    public const int Count = 8;

    /// <summary>The noise of the readings, σ in °F: a very cheap thermometer.</summary>
    public const double Noise = 15;

    /// <summary>
    /// <see cref="Count"/> noisy thermometer readings to train on (seed 1) and 200 fresh ones to test on (seed 2),
    /// both standardized, inputs and targets, with the training readings' mean and standard deviation.
    /// </summary>
    public static DataSets Standardized()
    {
        var train = Thermometer.Readings(Count, Noise, seed: 1);
        var test = Thermometer.Readings(200, Noise, seed: 2);
        var x = Standardizer.Fit(train.X.AsSpan());
        var y = Standardizer.Fit(train.Y.AsSpan());
        DataSet Both(DataSet data) => new(data.X.Select(x.Transform), data.Y.Select(y.Transform));
        return new DataSets(Both(train), Both(test));
    }

    /// <summary>The big network trained on <see cref="Standardized"/>'s training readings: [1, 30, 1] tanh, 40,000 epochs at α = 0.1, a snapshot every 400.</summary>
    public static TrainingResult<Network> Overfit() =>
        Backpropagation.TrainModel(Network.Random([1, 30, 1], Activation.Tanh), Examples.From(Standardized().Train), 40_000, 0.1,
            Enumerable.Range(1, 100).Select(i => i * 400));
}
