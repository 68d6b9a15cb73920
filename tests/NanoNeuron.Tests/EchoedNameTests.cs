using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>
/// Attack 11, A11-11: a name the caller gives — an activation's, an objective's parameter's — is echoed in the library's
/// messages as the tools echo what they are given: a character a terminal would not show as itself (BEL, a newline,
/// U+202E, ESC) as \uXXXX, never raw.
/// </summary>
public class EchoedNameTests
{
    private static readonly Examples Train = Examples.From(DataSets.GenerateDataSets().Train);

    /// <summary>Names mixing letters with the characters a terminal hides or obeys.</summary>
    private static readonly Gen<string> Names = Gen.OneOf(
        Gen.Char["\u0007\n\r\u001b\u202e\u200b\u0085\u2028\u00a0ab"].Array[1, 8].Select(chars => new string(chars)),
        Gen.Const("x\u0007\n\u202ey"), Gen.Const("w\u001b[2J"));

    /// <summary>Whether <paramref name="text"/> holds no control, format or separator character and no space but the ASCII one.</summary>
    private static bool Shown(string text) => text.All(c => c == ' ' || !(char.IsControl(c) || char.IsWhiteSpace(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator));

    [Fact]
    public void Messages_NamesTheCallerGave_AreEscaped()
    {
        Names.Sample(name =>
        {
            var nanOut = new Activation(name, z => double.NaN, z => 1);
            var nanSlope = new Activation(name, Math.Tanh, z => double.NaN);
            foreach (var call in new Action[]
            {
                () => Backpropagation.ForwardPropagation(Network.Random([1, 2, 1], nanOut), Train),
                () => Backpropagation.BackwardPropagation(Network.Random([1, 2, 1], nanSlope), Train),
                () => Network.Random([1, 2, 1], nanOut).Predict([1.0]),
                () => GradientCheck.Compare(new Named(name), 1.0),
            })
            {
                var error = Assert.ThrowsAny<ArgumentException>(call);
                Assert.True(Shown(error.Message), error.Message);
            }
        }, iter: 100, threads: 1);
    }

    /// <summary>A NaN cost is said to be one, not an overflow (attack 11, A11-11's last remark).</summary>
    [Fact]
    public void GradientCheck_NaNCost_IsSaidToBeNotANumber()
    {
        var error = Assert.Throws<ArgumentException>(() => GradientCheck.Compare(new Named("w"), 1.0));
        Assert.Contains("the cost is not a number there (check the objective's formula), or the cost overflows a double", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Attack 13, A13b-3: an objective whose ParameterName returns null is refused saying so, not with "Value cannot be null. (Parameter 'text')".</summary>
    [Fact]
    public void GradientCheck_NullParameterName_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => GradientCheck.Compare(new Named(null!), 1.0));
        Assert.Equal("objective", error.ParamName);
        Assert.Contains("ParameterName(0) returned null", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Attack 13, A13b-4: any parameter count above Array.MaxLength, from an objective or handed to an optimizer, is refused
    /// with an ArgumentException naming the limit, before any array is made (it was an OutOfMemoryException).
    /// </summary>
    [Fact]
    public void ParameterCount_AboveTheLargestArray_IsRefusedNamingIt()
    {
        Gen.OneOf(Gen.Int[Array.MaxLength + 1, int.MaxValue], Gen.Const(int.MaxValue)).Sample(count =>
        {
            foreach (var optimizer in new Optimizer[] { new GradientDescent(0.1), new Momentum(0.1), new Adam(0.1) })
            {
                var error = Assert.Throws<ArgumentException>(() => optimizer.Start(count));
                Assert.Equal("parameterCount", error.ParamName);
                Assert.Contains("2,147,483,591, the most one array holds", error.Message, StringComparison.Ordinal);
            }

            foreach (var call in new Action[]
            {
                () => Trainer.Train(new Named("w", count), 1.0, new GradientDescent(0.1), new TrainingOptions { Epochs = 10 }),
                () => GradientCheck.Compare(new Named("w", count), 1.0),
            })
            {
                var error = Assert.Throws<ArgumentException>(call);
                Assert.Equal("objective", error.ParamName);
                Assert.Contains("from 1 to 2,147,483,591 parameters (the most one array holds)", error.Message, StringComparison.Ordinal);
            }
        }, iter: 50, threads: 1);
    }

    /// <summary>Parameters with the name given (one unless told), whose cost is NaN everywhere.</summary>
    private sealed class Named(string name, int parameterCount = 1) : IObjective<double>
    {
        public int ParameterCount => parameterCount;

        public int ExampleCount => 1;

        public string ParameterName(int index) => name;

        public void GetParameters(double model, Span<double> parameters) => parameters[0] = model;

        public double Model(ReadOnlySpan<double> parameters) => parameters[0];

        public double Cost(ReadOnlySpan<double> parameters) => double.NaN;

        public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
        {
            gradient[0] = double.NaN;
            return double.NaN;
        }
    }
}
