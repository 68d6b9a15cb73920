using System.Collections.Immutable;

namespace NanoNeuron.Data;

/// <summary>
/// How warm the air feels: the apparent temperature of the Australian Bureau of Meteorology (Steadman 1994), without
/// radiation. Exactly linear in its three inputs, so a neuron with several inputs can recover its weights.
/// </summary>
/// <remarks>
/// <para><c>AT = Ta + 0.33·vp − 0.70·ws − 4.00</c>, with Ta the air temperature in °C, vp the water vapour pressure in hPa (the
/// Bureau writes it e, a letter the course uses for the error and Euler's number)
/// and ws the wind speed in m/s (at 10 m). Source: Bureau of Meteorology, "Thermal comfort observations",
/// http://www.bom.gov.au/info/thermal_stress/#atapproximation; R. G. Steadman (1994), "Norms of apparent temperature in
/// Australia", Australian Meteorological Magazine 43, 1–16.</para>
/// <para>vp = (relative humidity/100) × the saturation vapour pressure at Ta. The Bureau computes that with
/// 6.105·exp(17.27·Ta/(237.7 + Ta)) hPa; the course uses <see cref="Humidity.SaturationVapourPressure"/> (kPa, × 10 for
/// hPa), which differs by a fraction of a percent. AT is linear in vp however vp is found.</para>
/// </remarks>
public static class ApparentTemperature
{
    /// <summary>The weight of the air temperature, per °C.</summary>
    public const double TemperatureWeight = 1;

    /// <summary>The weight of the water vapour pressure, in °C per hPa.</summary>
    public const double VapourPressureWeight = 0.33;

    /// <summary>The weight of the wind speed, in °C per m/s.</summary>
    public const double WindWeight = -0.70;

    /// <summary>The constant, in °C.</summary>
    public const double Offset = -4.00;

    /// <summary>How many readings <see cref="Readings"/> takes by default.</summary>
    public const int ReadingCount = 200;

    /// <summary>The most readings <see cref="Readings"/> takes: 1,000,000 (each is two small arrays, about 100 bytes with their headers).</summary>
    public const int MaxReadingCount = 1_000_000;

    /// <summary>The apparent temperature in °C, <c>Ta + 0.33·vp − 0.70·ws − 4.00</c>.</summary>
    /// <remarks>Linear, so defined for every number: IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    public static double Of(double airCelsius, double vapourPressureHpa, double windMetresPerSecond = 0) =>
        TemperatureWeight * airCelsius + VapourPressureWeight * vapourPressureHpa + WindWeight * windMetresPerSecond + Offset;

    /// <summary>The water vapour pressure in hPa of air at <paramref name="airCelsius"/> with <paramref name="relativeHumidityPercent"/> % relative humidity.</summary>
    /// <remarks><c>vp = (rh/100) × 10 × <see cref="Humidity.SaturationVapourPressure"/>(Ta)</c>: 1 kPa is 10 hPa.</remarks>
    /// <exception cref="ArgumentException">
    /// A relative humidity outside 0 to 100 %, or a temperature outside −40 °C to 50 °C (the range of
    /// <see cref="Humidity.SaturationVapourPressure"/>), NaN included.
    /// </exception>
    public static double VapourPressure(double airCelsius, double relativeHumidityPercent)
    {
        if (!(relativeHumidityPercent >= 0 && relativeHumidityPercent <= 100))
        {
            throw new ArgumentException(
                Invariant($"relativeHumidityPercent is {Guard.Format(relativeHumidityPercent)}: a relative humidity is a percentage from 0 to 100, such as 60."),
                nameof(relativeHumidityPercent));
        }

        Humidity.CheckRange(airCelsius, nameof(airCelsius));
        return relativeHumidityPercent / 100 * 10 * Humidity.SaturationVapourPressure(airCelsius);
    }

    /// <summary>
    /// <paramref name="count"/> simulated weather readings and how warm each feels, without noise: the inputs are
    /// [Ta, vp] (°C, hPa), or [Ta, vp, ws] with <paramref name="wind"/>; the target is <see cref="Of"/>.
    /// </summary>
    /// <remarks>
    /// Ta is uniform in [10, 40) °C, the relative humidity uniform in [20, 90) %, and ws uniform in [0, 10) m/s, from
    /// a <see cref="Random"/> with <paramref name="seed"/>. Without wind the target is the apparent temperature in still air.
    /// </remarks>
    /// <exception cref="ArgumentException">A count below 2.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count above <see cref="MaxReadingCount"/>, or a seed outside 0 to <see cref="Hyperparameters.MaxSeed"/>.</exception>
    public static Examples Readings(int count = ReadingCount, bool wind = false, int seed = Hyperparameters.Seed)
    {
        Guard.Count(count, 2, MaxReadingCount, Invariant($"take at least two readings, for example {ReadingCount}"),
            Invariant($"take at most {MaxReadingCount:N0} readings (ApparentTemperature.MaxReadingCount; each takes about 100 bytes), and {ReadingCount} show the fit already"));
        Guard.Seed(seed);
        var random = new Random(seed);
        var inputs = new List<ImmutableArray<double>>(count);
        var targets = new List<double[]>(count);
        for (int i = 0; i < count; i++)
        {
            double air = 10 + 30 * random.NextDouble();
            double vp = VapourPressure(air, 20 + 70 * random.NextDouble());
            double ws = 10 * random.NextDouble();
            inputs.Add(wind ? [air, vp, ws] : [air, vp]);
            targets.Add([Of(air, vp, wind ? ws : 0)]);
        }

        return new Examples(inputs.Select(input => (IEnumerable<double>)input), targets);
    }
}
