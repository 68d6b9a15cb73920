namespace NanoNeuron.Data;

/// <summary>A curved relation: how much water vapour air can hold rises ever faster with temperature (also the vapour pressure behind the feels-like temperature).</summary>
public static class Humidity
{
    /// <summary>The coldest temperature, in °C, the formula of <see cref="SaturationVapourPressure"/> is stated for: −40 °C.</summary>
    public const double MinCelsius = -40;

    /// <summary>The warmest temperature, in °C, the formula of <see cref="SaturationVapourPressure"/> is stated for: 50 °C.</summary>
    public const double MaxCelsius = 50;

    /// <summary>The saturation vapour pressure of water over a flat surface, in kPa (the Magnus formula).</summary>
    /// <remarks>
    /// <c>e(T) = 0.61094·exp(17.625·T / (T + 243.04))</c>, T in °C, with the constants of Alduchov and Eskridge (1996),
    /// who fitted them to measurements from <see cref="MinCelsius"/> to <see cref="MaxCelsius"/> (within a fraction of a
    /// percent there). A fitted formula, not a law: outside that range it drifts from the real curve and then
    /// turns to nonsense (0 at −243.04 °C, 5.4e274 kPa at −250 °C), so it refuses temperatures outside it.
    /// </remarks>
    /// <exception cref="ArgumentException">A temperature outside −40 °C to 50 °C, or not a number.</exception>
    public static double SaturationVapourPressure(double celsius)
    {
        CheckRange(celsius, nameof(celsius));
        return 0.61094 * Math.Exp(17.625 * celsius / (celsius + 243.04));
    }

    /// <summary>Refuses a temperature outside the range the Magnus formula was fitted to.</summary>
    internal static void CheckRange(double celsius, string name)
    {
        if (!(celsius >= MinCelsius && celsius <= MaxCelsius))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(celsius)} °C: the saturation vapour pressure formula is fitted to temperatures from {Guard.Format(MinCelsius)} °C to {Guard.Format(MaxCelsius)} °C, and gives nonsense outside them; pass a temperature in that range, such as 25."),
                name);
        }
    }

    /// <summary>The most points <see cref="SaturationCurve"/> gives: 10,000,000 (two arrays of doubles, 160 MB).</summary>
    public const int MaxCurveCount = 10_000_000;

    /// <summary><paramref name="count"/> temperatures spread evenly from −10 °C to 40 °C, with their saturation vapour pressures.</summary>
    /// <exception cref="ArgumentException">A count below 2.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count above <see cref="MaxCurveCount"/>.</exception>
    public static DataSet SaturationCurve(int count = 51)
    {
        if (count < 2)
        {
            throw new ArgumentException(Invariant($"count is {count}: a curve needs at least two points, for example 51."), nameof(count));
        }

        if (count > MaxCurveCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count),
                Invariant($"count is {count:N0}: a curve has at most {MaxCurveCount:N0} points (Humidity.MaxCurveCount; each takes 16 bytes), and 51 draw it smoothly already."));
        }

        var x = Enumerable.Range(0, count).Select(i => -10 + 50.0 * i / (count - 1)).ToArray();
        return new DataSet(x, x.Select(SaturationVapourPressure));
    }
}
