namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="ConversionExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// The neuron from °F back to °C. 180 °F more (32 → 212) is 100 °C more (0 → 100), so w = 100/180 = 1/1.8;
    /// 32 °F must give 0 °C, so 32·w + b = 0 and b = −32/1.8.
    /// </summary>
    public static Neuron FahrenheitToCelsius => new(Weight: 1 / 1.8, Bias: -32 / 1.8);
}

/// <summary><see cref="ConversionExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void FahrenheitToCelsius_SolutionAndRoundedSolutionPass_CommonSlipsGetHints()
    {
        Accepted(ConversionExercises.FahrenheitToCelsius(ExerciseSolutions.FahrenheitToCelsius));
        Accepted(ConversionExercises.FahrenheitToCelsius(new Neuron(0.555556, -17.777778)));
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(double.NaN, double.NaN)), "replace double.NaN");
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(1.8, -32)), "how many °C is one °F worth");
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(1 / 1.8, -32)), "what must 32·w + b be");
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(0.5, -16)), "how many °C between 0 °C and 100 °C");
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(0.556, -17.8)), "exact fractions instead of rounded decimals");
        Rejected(ConversionExercises.FahrenheitToCelsius(new Neuron(100 / 180, -17.8)), "100 / 180 divides whole numbers");
    }

    [Fact]
    public void FahrenheitToCelsius_Hints_DoNotHandOverTheWeightOrTheBias()
    {
        Neuron[] wrong = [new(1.8, -32), new(-1.8, 32), new(1 / 1.8, -32), new(1 / 1.8, 32), new(0.5, -16), new(0.556, -17.8), new(2, 0)];
        foreach (var neuron in wrong)
        {
            string message = ConversionExercises.FahrenheitToCelsius(neuron).Message;
            foreach (string answer in new[] { "1 / 1.8", "1/1.8", "100/180", "100 / 180", "32 / 1.8", "0.5556", "0.555", "17.7" })
            {
                Assert.DoesNotContain(answer, message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ConversionQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(ConversionExercises.MinusFortyInFahrenheit(-40));
        Rejected(ConversionExercises.MinusFortyInFahrenheit(104), "converts +40 °C");
        Rejected(ConversionExercises.MinusFortyInFahrenheit(-72), "add the 32");
        Rejected(ConversionExercises.MinusFortyInFahrenheit(-14.4), "multiply by 1.8 first");

        Accepted(ConversionExercises.FahrenheitRiseForTenCelsius(18));
        Rejected(ConversionExercises.FahrenheitRiseForTenCelsius(50), "does not include the + 32");
        Rejected(ConversionExercises.FahrenheitRiseForTenCelsius(10), "each °C is 1.8 °F");

        Accepted(ConversionExercises.FurtherToGo('b'));
        Rejected(ConversionExercises.FurtherToGo('a'), "each one's gap to its target");
        Rejected(ConversionExercises.FurtherToGo('c'), "compare the two");
    }
}
