namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 02's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// 02 — the neuron from °F back to °C. 180 °F more (32 → 212) is 100 °C more (0 → 100), so w = 100/180 = 1/1.8;
    /// 32 °F must give 0 °C, so 32·w + b = 0 and b = −32/1.8.
    /// </summary>
    public static Neuron FahrenheitToCelsius => new(Weight: 1 / 1.8, Bias: -32 / 1.8);
}

/// <summary>Lesson 02's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void FahrenheitToCelsius_SolutionAndRoundedSolutionPass_CommonSlipsGetHints()
    {
        Accepted(TryIt.FahrenheitToCelsius(ExerciseSolutions.FahrenheitToCelsius));
        Accepted(TryIt.FahrenheitToCelsius(new Neuron(0.555556, -17.777778)));
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(double.NaN, double.NaN)), "replace double.NaN");
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(1.8, -32)), "divide by 1.8");
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(1 / 1.8, -32)), "b = −32·w = −32 / 1.8");
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(0.5, -16)), "each °F is worth w = 100/180 °C");
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(0.556, -17.8)), "Write fractions instead of rounded decimals");
        Rejected(TryIt.FahrenheitToCelsius(new Neuron(100 / 180, -17.8)), "100 / 180 divides whole numbers");
    }

    [Fact]
    public void Lesson02Questions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(Questions.MinusFortyInFahrenheit(-40));
        Rejected(Questions.MinusFortyInFahrenheit(104), "converts +40 °C");
        Rejected(Questions.MinusFortyInFahrenheit(-72), "add the 32");
        Rejected(Questions.MinusFortyInFahrenheit(-14.4), "multiply by 1.8 first");

        Accepted(Questions.FahrenheitRiseForTenCelsius(18));
        Rejected(Questions.FahrenheitRiseForTenCelsius(50), "does not include the + 32");
        Rejected(Questions.FahrenheitRiseForTenCelsius(10), "each °C is 1.8 °F");

        Accepted(Questions.FurtherToGo('b'));
        Rejected(Questions.FurtherToGo('a'), "all the way to 32");
        Rejected(Questions.FurtherToGo('c'), "compare the gaps");
    }
}
