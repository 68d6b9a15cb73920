namespace NanoNeuron.Notebooks;

/// <summary>Lesson 02's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 02: write the conversion, <c>c => f</c>.</summary>
    public static Feedback CelsiusToFahrenheit(Func<double, double> convert)
    {
        ArgumentNullException.ThrowIfNull(convert);
        foreach (double celsius in new[] { 0.0, 100, -40, 37 })
        {
            double answer = convert(celsius), expected = Temperature.CelsiusToFahrenheit(celsius);
            if (!Close(answer, expected))
            {
                return celsius == 0
                    ? Feedback.Hint($"0 °C should be 32 °F, not {Format(answer)}: water freezes at 32 °F, so add 32.")
                    : Feedback.Hint($"{celsius} °C should be {Format(expected)} °F, not {Format(answer)}: multiply by 1.8, then add 32.");
            }
        }

        return Feedback.Right("f = c·1.8 + 32: these are the w = 1.8 and b = 32 NanoNeuron must find.");
    }
}
