namespace NanoNeuron.Data;

/// <summary>A curved relation: how much water vapour air can hold rises ever faster with temperature (also the vapour pressure behind the feels-like temperature).</summary>
public static class Humidity
{
    /// <summary>The saturation vapour pressure of water over a flat surface, in kPa (the Magnus formula).</summary>
    /// <remarks><c>e(T) = 0.61094·exp(17.625·T / (T + 243.04))</c>, T in °C; within a fraction of a percent of measured values over everyday temperatures.</remarks>
    public static double SaturationVapourPressure(double celsius) => 0.61094 * Math.Exp(17.625 * celsius / (celsius + 243.04));

    /// <summary><paramref name="count"/> temperatures spread evenly from −10 °C to 40 °C, with their saturation vapour pressures.</summary>
    /// <exception cref="ArgumentException">A count below 2.</exception>
    public static DataSet SaturationCurve(int count = 51)
    {
        if (count < 2)
        {
            throw new ArgumentException($"count is {count}: a curve needs at least two points, for example 51.", nameof(count));
        }

        var x = Enumerable.Range(0, count).Select(i => -10 + 50.0 * i / (count - 1)).ToArray();
        return new DataSet(x, x.Select(SaturationVapourPressure));
    }
}
