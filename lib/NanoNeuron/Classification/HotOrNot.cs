namespace NanoNeuron.Classification;

/// <summary>A simulated survey for classification: at each temperature, did a person call it hot (1) or not (0)?</summary>
/// <remarks>
/// People disagree near the middle: a reading of <c>x</c> °C is called hot with probability
/// <c>σ((x − Threshold)/Spread)</c>. Because the classes overlap, the cross-entropy has a finite minimum.
/// </remarks>
public static class HotOrNot
{
    /// <summary>The temperature, in °C, that half the people call hot.</summary>
    public const double Threshold = 25;

    /// <summary>How gradually opinions change around <see cref="Threshold"/>, in °C.</summary>
    public const double Spread = 2;

    /// <summary>How many answers <see cref="Survey"/> collects by default.</summary>
    public const int AnswerCount = 200;

    /// <summary>The most answers <see cref="Survey"/> collects: as many as a data set holds, 10,000,000.</summary>
    public const int MaxAnswerCount = DataSet.MaxCount;

    /// <summary>Collects <paramref name="count"/> answers at temperatures uniform in [0, 40) °C; the seed fixes them.</summary>
    /// <exception cref="ArgumentException">A count below 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count above <see cref="MaxAnswerCount"/>.</exception>
    public static DataSet Survey(int count = AnswerCount, int seed = Hyperparameters.Seed)
    {
        Guard.Count(count, 1, MaxAnswerCount, Invariant($"ask at least one person, for example {AnswerCount}"),
            Invariant($"a survey has at most {MaxAnswerCount:N0} answers (HotOrNot.MaxAnswerCount; each takes 16 bytes), and {AnswerCount} show the overlap already"));
        return DataSet.Draw(count, seed, random =>
        {
            double celsius = random.NextDouble() * 40;
            return (celsius, random.NextDouble() < Activations.Activation.SigmoidOf((celsius - Threshold) / Spread) ? 1 : 0);
        });
    }
}
