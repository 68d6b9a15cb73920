namespace NanoNeuron.Data;

/// <summary>Simulated thermometer readings: the true conversion plus seeded measurement noise.</summary>
/// <remarks>
/// <c>xᵢ ~ uniform[0, 100)</c> °C, <c>yᵢ = CelsiusToFahrenheit(xᵢ) + σ·zᵢ</c> with <c>zᵢ ~ N(0, 1)</c> from
/// the Box–Muller transform. Noise no line can explain leaves a floor under the cost: about <c>σ²/2</c>.
/// </remarks>
public static class Thermometer
{
    /// <summary>How many readings <see cref="Readings"/> takes by default.</summary>
    public const int ReadingCount = 200;

    /// <summary>The most readings <see cref="Readings"/> takes: as many as a data set holds, 10,000,000.</summary>
    public const int MaxReadingCount = DataSet.MaxCount;

    /// <summary>σ, the standard deviation of the measurement noise by default, in °F.</summary>
    public const double NoiseStandardDeviation = 3;

    /// <summary>
    /// The largest noise <see cref="Readings"/> takes: 1,000,000 °F. Far beyond any thermometer, and small enough that
    /// the readings, their squares and the cost of any ordinary line stay finite doubles.
    /// </summary>
    public const double MaxNoise = 1_000_000;

    /// <summary>Takes <paramref name="count"/> noisy readings; the same seed always gives the same readings.</summary>
    /// <exception cref="ArgumentException">A count below 1 or a noise level that is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count above <see cref="MaxReadingCount"/>, a noise above <see cref="MaxNoise"/>, or a seed outside 0 to <see cref="Hyperparameters.MaxSeed"/>.</exception>
    public static DataSet Readings(int count = ReadingCount, double noise = NoiseStandardDeviation, int seed = Hyperparameters.Seed)
    {
        Guard.Count(count, 1, MaxReadingCount, Invariant($"take at least one reading, for example {ReadingCount}"),
            Invariant($"take at most {MaxReadingCount:N0} readings (Thermometer.MaxReadingCount; each takes 16 bytes), and {ReadingCount} show the line already"));

        if (!(noise >= 0) || !double.IsFinite(noise))
        {
            throw new ArgumentException(
                Invariant($"noise is {Guard.Format(noise)}: it is a standard deviation in °F, so pass 0 or a positive number such as {NoiseStandardDeviation}."),
                nameof(noise));
        }

        if (noise > MaxNoise)
        {
            throw new ArgumentOutOfRangeException(nameof(noise),
                Invariant($"noise is {Guard.Format(noise)}: readings with that much noise say nothing about the line, and their squared errors overflow a double. Pass a standard deviation of ordinary size, at most {MaxNoise:N0} °F (Thermometer.MaxNoise), such as {NoiseStandardDeviation}."));
        }

        return DataSet.Draw(count, seed, random =>
        {
            double celsius = random.NextDouble() * 100;
            return (celsius, Temperature.CelsiusToFahrenheit(celsius) + noise * StandardNormal(random));
        });
    }

    /// <summary>One draw from N(0, 1) by the Box–Muller transform.</summary>
    private static double StandardNormal(Random random)
    {
        double u = 1 - random.NextDouble(); // in (0, 1], so the logarithm is finite
        double v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
