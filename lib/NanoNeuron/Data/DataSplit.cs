namespace NanoNeuron.Data;

/// <summary>Splitting one data set into training and test examples, or training, validation and test examples.</summary>
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
                Invariant($"The data set has {data.Count} example: a split needs at least two, one to train on and one to test with."), nameof(data));
        }

        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ArgumentException(
                Invariant($"trainFraction is {Guard.Format(trainFraction)}: pass a share strictly between 0 and 1, such as {TrainFraction}."), nameof(trainFraction));
        }

        int[] order = [.. Enumerable.Range(0, data.Count)];
        Guard.Seed(seed);
        new Random(seed).Shuffle(order);
        int trainCount = Math.Clamp((int)Math.Round(data.Count * trainFraction), 1, data.Count - 1);
        return new DataSets(Subset(data, order.AsSpan(0, trainCount)), Subset(data, order.AsSpan(trainCount)));
    }

    /// <summary>
    /// Shuffles the examples with a seeded generator, then puts the first <paramref name="trainFraction"/> of them into
    /// <see cref="DataSplits.Train"/>, the next <paramref name="validationFraction"/> into <see cref="DataSplits.Validation"/>
    /// and the rest into <see cref="DataSplits.Test"/>.
    /// </summary>
    /// <remarks>
    /// Training gets <c>round(m·trainFraction)</c> examples and validation <c>round(m·validationFraction)</c>, each
    /// kept between 1 and what leaves at least one example for each later set; the test set gets the rest. Every
    /// example lands in exactly one of the three, and the same seed always gives the same split.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than three examples, a fraction outside (0, 1), or two fractions that leave nothing for the test set.</exception>
    public static DataSplits TrainValidationTest(DataSet data, double trainFraction = 0.6, double validationFraction = 0.2, int seed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count < 3)
        {
            throw new ArgumentException(
                Invariant($"The data set has {data.Count} example{(data.Count == 1 ? "" : "s")}: a three-way split needs at least three, one each to train on, to validate with and to test with."),
                nameof(data));
        }

        if (!(trainFraction > 0 && trainFraction < 1))
        {
            throw new ArgumentException(
                Invariant($"trainFraction is {Guard.Format(trainFraction)}: pass a share strictly between 0 and 1, such as 0.6."), nameof(trainFraction));
        }

        if (!(validationFraction > 0 && validationFraction < 1))
        {
            throw new ArgumentException(
                Invariant($"validationFraction is {Guard.Format(validationFraction)}: pass a share strictly between 0 and 1, such as 0.2."), nameof(validationFraction));
        }

        if (!(trainFraction + validationFraction < 1))
        {
            throw new ArgumentException(
                Invariant($"trainFraction {Guard.Format(trainFraction)} and validationFraction {Guard.Format(validationFraction)} add up to {Guard.Format(trainFraction + validationFraction)}, leaving nothing for the test set: make their sum less than 1, such as 0.6 and 0.2 (the test set gets the remaining 0.2)."),
                nameof(validationFraction));
        }

        int[] order = [.. Enumerable.Range(0, data.Count)];
        Guard.Seed(seed);
        new Random(seed).Shuffle(order);
        int trainCount = Math.Clamp((int)Math.Round(data.Count * trainFraction), 1, data.Count - 2);
        int validationCount = Math.Clamp((int)Math.Round(data.Count * validationFraction), 1, data.Count - trainCount - 1);
        return new DataSplits(
            Subset(data, order.AsSpan(0, trainCount)),
            Subset(data, order.AsSpan(trainCount, validationCount)),
            Subset(data, order.AsSpan(trainCount + validationCount)));
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
