namespace NanoNeuron.Data;

/// <summary>Splitting one data set into training and test examples (lesson 09).</summary>
public static class DataSplit
{
    /// <summary>The share of the examples that goes to training by default.</summary>
    public const double TrainFraction = 0.7;

    /// <summary>
    /// Shuffles the examples with a seeded generator, then puts the first <paramref name="trainFraction"/>
    /// of them into <see cref="DataSets.Train"/> and the rest into <see cref="DataSets.Test"/>.
    /// </summary>
    /// <remarks>
    /// Shuffling first matters when the examples arrive in order (by time, by temperature): a split
    /// without it would test on a range the neuron never trained on. Training gets
    /// <c>round(m·fraction)</c> examples; each side keeps at least one.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than two examples, or a fraction outside (0, 1).</exception>
    public static DataSets TrainTestSplit(DataSet data, double trainFraction = TrainFraction, int seed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count < 2)
        {
            throw new ArgumentException(
                $"The data set has {data.Count} example: a split needs at least two, one to train on and one to test with.", nameof(data));
        }

        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ArgumentException(
                $"trainFraction is {Guard.Format(trainFraction)}: pass a share strictly between 0 and 1, such as {TrainFraction}.", nameof(trainFraction));
        }

        int[] order = [.. Enumerable.Range(0, data.Count)];
        new Random(seed).Shuffle(order);
        int trainCount = Math.Clamp((int)Math.Round(data.Count * trainFraction), 1, data.Count - 1);
        return new DataSets(Subset(data, order.AsSpan(0, trainCount)), Subset(data, order.AsSpan(trainCount)));
    }

    private static DataSet Subset(DataSet data, ReadOnlySpan<int> indices)
    {
        var x = new double[indices.Length];
        var y = new double[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            x[i] = data.X[indices[i]];
            y[i] = data.Y[indices[i]];
        }

        return new DataSet(x, y);
    }
}
