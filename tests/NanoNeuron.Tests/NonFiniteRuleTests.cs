using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Tests;

/// <summary>
/// Issue 19, the library: steps too small to measure, formulas outside their range, overflow to ∞ where NaN was
/// refused, nonsense divergences and unclear messages, against the one rule for numbers that are not finite (README).
/// </summary>
public class NonFiniteRuleTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    private static ArgumentException Refused(Action call, string parameter, string words)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Theory]
    [InlineData(0.9492, 0.4570, 1e-300)]
    [InlineData(0.9492, 0.4570, 5e-324)]
    [InlineData(1e150, 0, GradientCheck.DefaultStep)]
    [InlineData(0, 0, 1e-300)]
    [InlineData(0, 0, 5e-324)]
    public void GradientCheck_StepTooSmallToMeasure_IsRefusedNotReportedAsWrong(double w, double b, double step)
    {
        Refused(() => GradientCheck.Compare(new Neuron(w, b), Train, step), "step", "too small to measure");
    }

    [Fact]
    public void GradientCheck_AnyStartAndStep_IsRefusedOrAgreesWithTheDerivedSlope()
    {
        // The neuron's cost is quadratic, so central differences are exact up to rounding: whatever step is accepted
        // must agree, and a step that cannot agree must be refused.
        var magnitude = Gen.Double[-3, 3].Select(e => Math.Pow(10, e));
        var parameter = Gen.Select(magnitude, Gen.Bool, Gen.Int[0, 5]).Select((m, negative, zero) => zero == 0 ? 0 : negative ? -m : m);
        var step = Gen.Double[-323, -1].Select(e => Math.Pow(10, e));
        Gen.Select(parameter, parameter, step).Sample((w, b, h) =>
        {
            try
            {
                return GradientCheck.Compare(new Neuron(w, b), Train, h).All(row => row.RelativeError < 0.01);
            }
            catch (ArgumentException error) when (error.ParamName == "step" && error.Message.Contains("too small to measure", StringComparison.Ordinal))
            {
                return h < 1e-6;
            }
        }, iter: 2_000);
    }

    [Fact]
    public void GradientCheck_FlatCost_MeasuresZeroAtAnyStep()
    {
        // A ReLU unit that never fires: its incoming weight changes nothing, so 0 is the measured slope, not a refusal.
        var dead = new Network([new Layer(1, [1], [-100], Activation.ReLU), new Layer(1, [1], [0], Activation.Identity)]);
        var examples = new Examples([[1.0], [2.0]], [[3.0], [4.0]]);
        Assert.Equal(0, Backpropagation.FiniteDifferences(dead, examples, 1e-9)[0]);
        Refused(() => Backpropagation.FiniteDifferences(dead, examples, 1e-300), "step", "too small to measure against θ[0] = 1");
    }

    [Fact]
    public void DecisionBoundary_BeyondEveryDouble_IsRefused()
    {
        Refused(() => Logistic.DecisionBoundary(new Neuron(1e-320, 1)), "model", "beyond every number a double holds");
        Gen.Select(Gen.Double.Where(double.IsFinite), Gen.Double.Where(double.IsFinite)).Sample((w, b) =>
        {
            try
            {
                return double.IsFinite(Logistic.DecisionBoundary(new Neuron(w, b)));
            }
            catch (ArgumentException error)
            {
                return error.ParamName == "model" && (w == 0 || !double.IsFinite(-b / w));
            }
        }, iter: 2_000);
    }

    [Theory]
    [InlineData(-250)]
    [InlineData(-243.04)]
    [InlineData(-40.001)]
    [InlineData(50.001)]
    [InlineData(1e6)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Humidity_OutsideTheFittedRange_IsRefused(double celsius)
    {
        Refused(() => Humidity.SaturationVapourPressure(celsius), "celsius", "from -40 °C to 50 °C");
        Refused(() => ApparentTemperature.VapourPressure(celsius, 50), "airCelsius", "from -40 °C to 50 °C");
    }

    [Fact]
    public void Humidity_AnyTemperature_IsRefusedOutsideTheRangeAndRisingInsideIt()
    {
        Gen.Frequency((3, (IGen<double>)Gen.Double[-60, 70]), (1, Gen.Double)).Sample(celsius =>
        {
            bool inside = celsius is >= Humidity.MinCelsius and <= Humidity.MaxCelsius;
            try
            {
                double pressure = Humidity.SaturationVapourPressure(celsius);
                double warmer = Humidity.SaturationVapourPressure(Math.Min(celsius + 1, Humidity.MaxCelsius));
                return inside && pressure is > 0.01 and < 13 && warmer >= pressure;
            }
            catch (ArgumentException)
            {
                return !inside;
            }
        }, iter: 5_000);
        Assert.Equal(12.36, Humidity.SaturationVapourPressure(Humidity.MaxCelsius), 0.01);
        Assert.Equal(0.019, Humidity.SaturationVapourPressure(Humidity.MinCelsius), 0.001);
    }

    [Fact]
    public void ForwardPropagation_CostThatOverflows_IsRefusedLikeNaN()
    {
        Refused(() => Propagation.ForwardPropagation(new Neuron(1e200, 0), Train), "model", "not a finite number");
        Refused(() => Propagation.ForwardPropagation(new Neuron(double.NaN, 0), Train), "model", "finite");
        Refused(() => Logistic.ForwardPropagation(new Neuron(1e308, 1e308), new DataSet([1e10], [0])), "model", "not a finite number");
        Refused(() => Propagation.BackwardPropagation([1e300], [1e300], [0]), "predictions", "not a finite number");
    }

    [Fact]
    public void ForwardPropagation_AnyNeuron_IsRefusedOrFinite()
    {
        var huge = Gen.Double[-310, 308].Select(e => Math.Pow(10, e));
        var number = Gen.Select(huge, Gen.Bool).Select((m, negative) => negative ? -m : m);
        Gen.Select(number, number).Sample((w, b) =>
        {
            try
            {
                var forward = Propagation.ForwardPropagation(new Neuron(w, b), Train);
                var gradients = Propagation.BackwardPropagation(forward, Train);
                return double.IsFinite(forward.Cost) && forward.Predictions.All(double.IsFinite) && double.IsFinite(gradients.DW) && double.IsFinite(gradients.DB);
            }
            catch (ArgumentException error)
            {
                return error.Message.Contains("not a finite number", StringComparison.Ordinal);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void NetworkForwardPropagation_ActivationReturningNaN_IsRefused()
    {
        var broken = new Activation("broken", _ => double.NaN, _ => double.NaN);
        var network = Network.Random([2, 2, 1], broken);
        Refused(() => network.Predict([0.0, 1.0]), "input", "an activation (broken");
        Refused(() => Backpropagation.ForwardPropagation(network, Examples.Xor), "network", "broken");
        Refused(() => Backpropagation.BackwardPropagation(network, Examples.Xor), "network", "broken");
        var diverged = Assert.Throws<TrainingDivergedException>(() => Backpropagation.TrainModel(network, Examples.Xor, 10, 0.1));
        Assert.Equal(0, diverged.Epoch);
        Assert.Contains("a custom activation that returns NaN", diverged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divergence_Nonsense_IsRefused()
    {
        Refused(() => _ = new TrainingDivergedException(-5, double.NaN, double.NaN, default), "epoch", "epoch 0");
        Refused(() => _ = new TrainingDivergedException(0, double.NaN, double.NaN, default), "learningRate", "positive finite");
        Refused(() => _ = new Divergence(1, 0.1, double.NaN, [double.NaN]), "costHistory", "costHistory[0] is NaN");
        Refused(() => _ = new Divergence(2, 0.1, double.NaN, [1, double.PositiveInfinity]), "costHistory", "costHistory[1] is Infinity");
        // A rise the history does not show (attack 5, D4): falling, or flat.
        Refused(() => _ = new Divergence(60, 0.1, double.NaN, [.. Enumerable.Range(0, 60).Select(i => 100.0 - i)], DivergenceReason.KeepsRising), "reason", "the history does not show it");
        Refused(() => _ = new Divergence(60, 0.1, double.NaN, [.. Enumerable.Repeat(5.0, 60)], DivergenceReason.KeepsRising), "reason", "the history does not show it");
        Assert.Equal(60, new Divergence(60, 0.1, double.NaN, [.. Enumerable.Range(0, 60).Select(i => i < 9 ? 100.0 - i : i + 100.0)], DivergenceReason.KeepsRising).Epoch);
    }

    /// <summary>
    /// What the README says the rule does not catch, as it says: a cost that stays high without growing is returned as
    /// it ended, its history showing it (Adam with a huge α, momentum with β near 1).
    /// </summary>
    [Theory]
    [InlineData("adam", 1_000.0, 100)]
    [InlineData("adam", 1e12, 100)]
    [InlineData("momentum", 0.9999, 1_000)]
    public void Train_BoundedHighCost_IsReturnedAsItEnded(string optimizer, double setting, int epochs)
    {
        Optimizer chosen = optimizer == "adam" ? new Adam(setting) : new Momentum(0.0005, setting);
        var result = Trainer.Train(new NeuronObjective(Train), Neuron.OriginalStart, chosen, new TrainingOptions { Epochs = epochs });

        Assert.Equal(3014.3, result.CostHistory[0], 0.1);
        Assert.True(result.CostHistory[^1] > result.CostHistory[0], $"{result.CostHistory[^1]}");
        Assert.All(result.CostHistory, cost => Assert.True(double.IsFinite(cost)));
    }

    /// <summary>The README's figures for Adam(1000) from the original start: above the start until epoch 125, on the best line by epoch 1,000.</summary>
    [Fact]
    public void Train_AdamWithAHugeLearningRate_BouncesAboveItsStartThenSettles()
    {
        var history = Trainer.Train(new NeuronObjective(Train), Neuron.OriginalStart, new Adam(1_000), new TrainingOptions { Epochs = 1_000 }).CostHistory;

        Assert.Equal(125, history.Select((cost, epoch) => (cost, epoch)).Last(pair => pair.cost > history[0]).epoch);
        Assert.True(history[^1] < 1e-20, $"{history[^1]}");
    }

    /// <summary>A rise the default 4 digits would print as no rise is printed in full (attack 6, F-K1–K2).</summary>
    [Fact]
    public void KeepsRising_TinyRise_IsPrintedWithEnoughDigits()
    {
        var history = new double[60];
        history[0] = 1;
        for (int i = 1; i < history.Length; i++)
        {
            history[i] = Math.BitIncrement(history[i - 1]); // a rise of one unit in the last place
        }

        string message = new Divergence(60, 0.1, double.NaN, [.. history], DivergenceReason.KeepsRising).Message;
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"to {history[^1]:R}, above the 1 it started from"), message, StringComparison.Ordinal);
    }

    [Fact]
    public void Divergence_AnyArguments_AreRefusedOrDescribeARealDivergence()
    {
        var number = Gen.OneOf(Gen.Double, Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Double[0, 1]);
        Gen.Select(Gen.Int[-3, 60], number, number, number.Array[0, 60], Gen.Int[-1, 3]).Sample((epoch, rate, limit, history, reason) =>
        {
            try
            {
                var divergence = new Divergence(epoch, rate, limit, [.. history], (DivergenceReason)reason);
                return divergence.Epoch >= 0 && divergence.LearningRate > 0 && double.IsFinite(divergence.LearningRate)
                    && divergence.CostHistory.All(double.IsFinite) && divergence.CostHistory.Length == epoch
                    && !string.IsNullOrWhiteSpace(divergence.Message);
            }
            catch (ArgumentException error)
            {
                return !string.IsNullOrWhiteSpace(error.Message);
            }
        }, iter: 5_000);
    }

    [Theory]
    [InlineData(1e150)]
    [InlineData(1e10)]
    [InlineData(2e6)]
    public void TrainModel_HugeInputs_SaysTheInputsAreTooLarge(double scale)
    {
        var data = new DataSet([scale, -scale, 2 * scale], [1, 2, 3]);
        var error = Assert.ThrowsAny<Exception>(() => Training.TrainModel(Neuron.OriginalStart, data, 10));
        Assert.True(error is ArgumentException or TrainingDivergedException, error.ToString());
        Assert.Contains("nputs are too large", error.Message, StringComparison.Ordinal);
        Assert.Contains("Standardize the inputs", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("≈ 0 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainModel_OrdinaryInputsAboveTheLimit_StillBlamesTheLearningRate()
    {
        var error = Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(Neuron.OriginalStart, Train, 10, 0.001));
        Assert.DoesNotContain("inputs are too large", error.Message, StringComparison.Ordinal);
        Assert.Contains("use a smaller learning rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneLineFormulas_AnyNumbers_FollowIeeeArithmeticAndNeverThrow()
    {
        var number = Gen.OneOf(Gen.Double, Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(1e200), Gen.Double[-100, 100]);
        Gen.Select(number, number, number).Sample((x, w, b) =>
        {
            var neuron = new Neuron(w, b);
            var linear = new LinearNeuron([1.5], 2); // a model's weights are checked when it is built; its inputs are not
            double z = x * w + b;
            return Same(neuron.Predict(x), z)
                && Same(linear.Predict([x]), 0 + 1.5 * x + 2)
                && Same(DotProduct.Of([x, w], [w, x]), 0 + x * w + w * x)
                && Same(Temperature.CelsiusToFahrenheit(x), x * 1.8 + 32)
                && Same(Cost.PredictionCost(x, w), (x - w) * (x - w) / 2)
                && Same(ApparentTemperature.Of(x, w, b), x + 0.33 * w - 0.70 * b - 4.00)
                && Same(neuron.Step(new Gradients(x, x), 0.5).Weight, w - 0.5 * x)
                && (double.IsNaN(z) ? double.IsNaN(Logistic.Probability(neuron, x)) : Logistic.Probability(neuron, x) is >= 0 and <= 1);
        }, iter: 5_000);
    }

    private static bool Same(double actual, double expected) => actual.Equals(expected);

    [Fact]
    public void Examples_NullRow_IsNamed()
    {
        Refused(() => _ = new Examples(new double[][] { null! }, [[1.0]]), "inputs", "inputs[0] is null");
        Refused(() => _ = new Examples([[1.0], [2.0]], new double[][] { [1.0], null! }), "targets", "targets[1] is null");
    }
}
