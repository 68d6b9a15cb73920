namespace NanoNeuron;

/// <summary>The function NanoNeuron has to learn.</summary>
public static class Temperature
{
    /// <summary>The exact weight of the Celsius → Fahrenheit line.</summary>
    public const double Weight = 1.8;

    /// <summary>The exact bias of the Celsius → Fahrenheit line.</summary>
    public const double Bias = 32;

    /// <summary>Converts degrees Celsius to degrees Fahrenheit (the original's <c>celsiusToFahrenheit</c>).</summary>
    /// <remarks><c>f = c·1.8 + 32</c>. IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    public static double CelsiusToFahrenheit(double celsius) => celsius * Weight + Bias;
}
