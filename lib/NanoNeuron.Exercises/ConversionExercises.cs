namespace NanoNeuron.Exercises;

/// <summary>Celsius to Fahrenheit, and back. The predict-then-run questions and the "Try it" checker.</summary>
public static class ConversionExercises
{
    /// <summary>How far (°C) a Fahrenheit → Celsius neuron may be off and still count as right: weights rounded to four digits pass.</summary>
    private const double DegreesTolerance = 0.01;

    /// <summary>
    /// The neuron that converts Fahrenheit back to Celsius, found from two facts: 32 °F is 0 °C and 212 °F is 100 °C.
    /// </summary>
    // Solution: w = 1/1.8, b = −32/1.8, since c = (f − 32)/1.8 = f·(1/1.8) + (−32/1.8).
    [TryIt]
    public static Feedback FahrenheitToCelsius(Neuron neuron)
    {
        if (Judge.NotFinite(neuron) is { } notFinite)
        {
            return notFinite;
        }

        double exactWeight = 1 / Temperature.Weight, exactBias = -Temperature.Bias / Temperature.Weight;
        double[] checks = [32, 212, -40, 98.6];
        double worst = checks.Max(f => Math.Abs(neuron.Predict(f) - (f * exactWeight + exactBias)));
        if (worst <= DegreesTolerance)
        {
            return Feedback.Right($"w = {Judge.Format(neuron.Weight)}, b = {Judge.Format(neuron.Bias)}: c = (f − 32)/1.8 is f·(1/1.8) − 32/1.8, multiply then add, so the way back is a neuron too.");
        }

        double fahrenheit = checks.First(f => Math.Abs(neuron.Predict(f) - (f * exactWeight + exactBias)) > DegreesTolerance);
        string says = $"for {Judge.Format(fahrenheit)} °F your neuron says {Judge.Format(neuron.Predict(fahrenheit))} °C, not {Judge.Format(Math.Round(fahrenheit * exactWeight + exactBias, 6))}";
        bool rounded = Math.Abs(neuron.Weight - exactWeight) < 0.01 && Math.Abs(neuron.Bias - exactBias) < 0.1;
        string hint = worst <= 0.5 || rounded
            ? "close, but rounding w and b costs accuracy (the 212 in 212·w multiplies any rounding of w). Write the exact fractions instead of rounded decimals."
            : neuron.Weight == 0
            ? "your weight is 0. Dividing two whole numbers in C# drops the fraction (1 / 2 is 0): write one of them with a decimal point."
            : Judge.Close(neuron.Weight, Temperature.Weight) || Judge.Close(neuron.Weight, -Temperature.Weight)
            ? "multiplying by 1.8 is the way there, so w = ±1.8 does not undo it. Ask instead: how many °C is one °F worth?"
            : Math.Abs(neuron.Weight - exactWeight) > 1e-3
            ? "compare the two facts: how many °F lie between 32 °F and 212 °F, and how many °C between 0 °C and 100 °C? So how many °C is one °F worth?"
            : Judge.Close(neuron.Bias, -Temperature.Bias) || Judge.Close(neuron.Bias, Temperature.Bias)
            ? "the weight is right, but b is not ±32: the 32 °F is taken away before the scaling, not after. 32 °F must give 0 °C: what must 32·w + b be?"
            : "the weight is right; now choose b so that 32 °F gives 0 °C: 32·w + b = 0.";
        return Feedback.Hint($"{says}: {hint}");
    }

    /// <summary>−40 °C in °F.</summary>
    // Answer: −40, where the two scales meet.
    [Question]
    public static Feedback MinusFortyInFahrenheit(double prediction) =>
        Judge.Number(prediction, Temperature.CelsiusToFahrenheit(-40), 1e-9, "−40·1.8 = −72, and −72 + 32 = −40: at −40 the two scales give the same number.",
            (40 * 1.8 + 32, "that converts +40 °C. With −40 the product is negative: −40·1.8 = −72."),
            (-40 * 1.8, "that is only c·1.8; add the 32 as well."),
            ((-40 + 32) * 1.8, "that adds 32 before multiplying; multiply by 1.8 first, then add 32."));

    /// <summary>How many °F warmer 10 °C warmer is.</summary>
    // Answer: 18; only the weight counts.
    [Question]
    public static Feedback FahrenheitRiseForTenCelsius(double prediction)
    {
        double rise = Temperature.CelsiusToFahrenheit(30) - Temperature.CelsiusToFahrenheit(20);
        return Judge.Number(prediction, rise, 1e-9, "each °C adds w = 1.8 °F, so 10 °C add 18 °F, wherever you start. The + 32 is the same at both ends and cancels.",
            (Temperature.CelsiusToFahrenheit(10), "that converts 10 °C itself; but a difference of 10 °C does not include the + 32, which is added at both ends."),
            (10, "a degree Fahrenheit is smaller than a degree Celsius: each °C is 1.8 °F."));
    }

    /// <summary>Which of the random start's two numbers has further to go to its target.</summary>
    // Answer: b, about 31.9 against about 1.1.
    [Question]
    public static Feedback FurtherToGo(char answer)
    {
        var start = Neuron.RandomStart();
        double weightGap = Math.Abs(Temperature.Weight - start.Weight), biasGap = Math.Abs(Temperature.Bias - start.Bias);
        char truth = biasGap > 2 * weightGap ? 'b' : weightGap > 2 * biasGap ? 'a' : 'c';
        string w = Judge.Format(Math.Round(start.Weight, 2)), b = Judge.Format(Math.Round(start.Bias, 2));
        string wGap = Judge.Format(Math.Round(weightGap, 1)), bGap = Judge.Format(Math.Round(biasGap, 1));
        string compare = $"w starts at about {w} and b at about {b}: work out each one's gap to its target (1.8 for w, 32 for b) and compare the two.";
        return Judge.Choice(answer, truth, $"w must go from about {w} to 1.8 (a change of about {wGap}), b from about {b} to 32 (about {bGap}).",
            ('a', compare),
            ('c', compare));
    }
}
