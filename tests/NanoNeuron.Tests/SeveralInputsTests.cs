using CsCheck;
using NanoNeuron.Data;
using NanoNeuron.Optimization;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Tests;

/// <summary>Lesson 14: a neuron with several inputs, its objective, per-input standardizing and the apparent-temperature data.</summary>
public class SeveralInputsTests
{
    [Fact]
    public void Gradient_MatchesCentralDifferences_OnRawAndStandardizedReadings()
    {
        var readings = ApparentTemperature.Readings(wind: true);
        var probe = new LinearNeuron([0.7, -0.2, 0.4], 3);
        foreach (var row in GradientCheck.Compare(new LinearNeuronObjective(readings), probe))
        {
            Assert.True(row.RelativeError < 1e-7, row.ToString());
        }

        var standardized = InputStandardizer.Fit(readings).Transform(readings);
        foreach (var row in GradientCheck.Compare(new LinearNeuronObjective(standardized), probe))
        {
            Assert.True(row.RelativeError < 1e-9, row.ToString());
        }
    }

    [Fact]
    public void Batch_AveragesOverTheListedExamplesOnly()
    {
        var readings = ApparentTemperature.Readings(count: 10, wind: true);
        var objective = new LinearNeuronObjective(readings);
        double[] parameters = [0.5, 0.1, -0.3, 2];
        var gradient = new double[4];
        double cost = objective.CostAndGradient(parameters, [3, 7], gradient);
        var two = new LinearNeuronObjective(new Examples([readings.Inputs[3], readings.Inputs[7]], [readings.Targets[3], readings.Targets[7]]));
        var expected = new double[4];
        Assert.Equal(two.CostAndGradient(parameters, [], expected), cost, 1e-12);
        for (int p = 0; p < 4; p++)
        {
            Assert.Equal(expected[p], gradient[p], 1e-12);
        }
    }

    [Fact]
    public void Training_RecoversTheBureausWeights()
    {
        // Measured: from zero, α = 1 on standardized inputs, 300 epochs, every weight and the bias end with a cost near 1e-29 (noise-free data), so within far less than 1e-12 of the rule; the test allows 1e-9.
        var readings = ApparentTemperature.Readings(wind: true);
        var standardizer = InputStandardizer.Fit(readings);
        var trained = Trainer.Train(new LinearNeuronObjective(standardizer.Transform(readings)), LinearNeuron.Zero(3), new GradientDescent(1), new TrainingOptions { Epochs = 300 });
        var model = standardizer.ToOriginal(trained.Model);
        Assert.Equal(ApparentTemperature.TemperatureWeight, model.Weights[0], 1e-9);
        Assert.Equal(ApparentTemperature.VapourPressureWeight, model.Weights[1], 1e-9);
        Assert.Equal(ApparentTemperature.WindWeight, model.Weights[2], 1e-9);
        Assert.Equal(ApparentTemperature.Offset, model.Bias, 1e-9);
    }

    [Fact]
    public void Training_OnRawInputsIsStableJustBelowTwoOverTheLargestCurvature()
    {
        var objective = new LinearNeuronObjective(ApparentTemperature.Readings());
        double limit = objective.LargestStableLearningRate;
        var below = Trainer.Train(objective, LinearNeuron.Zero(2), new GradientDescent(0.95 * limit), new TrainingOptions { Epochs = 2000 });
        Assert.True(below.CostHistory[^1] < below.CostHistory[0]);
        Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(objective, LinearNeuron.Zero(2), new GradientDescent(1.05 * limit), new TrainingOptions { Epochs = 20_000 }));
    }

    [Fact]
    public void OneInput_IsTheOriginalNeuronsArithmetic()
    {
        var data = DataSets.GenerateDataSets().Train;
        var neuron = new Neuron(0.9, 5);
        var original = new NeuronObjective(data);
        var several = new LinearNeuronObjective(Examples.From(data));
        double[] parameters = [neuron.Weight, neuron.Bias];
        var expected = new double[2];
        var actual = new double[2];
        Assert.Equal(original.CostAndGradient(parameters, [], expected), several.CostAndGradient(parameters, [], actual));
        Assert.Equal(expected, actual);
        Assert.Equal(original.CostAndGradient(parameters, [4, 1, 9], expected), several.CostAndGradient(parameters, [4, 1, 9], actual));
        Assert.Equal(expected, actual);
        Assert.Equal(original.Cost(parameters), several.Cost(parameters));
        Assert.Equal(neuron.Predict(37.5), LinearNeuron.From(neuron).Predict([37.5]));

        var a = Trainer.Train(original, neuron, new GradientDescent(0.0005), new TrainingOptions { Epochs = 50 });
        var b = Trainer.Train(several, LinearNeuron.From(neuron), new GradientDescent(0.0005), new TrainingOptions { Epochs = 50 });
        Assert.Equal(a.CostHistory.Length, b.CostHistory.Length);
        Assert.All(Enumerable.Range(0, a.CostHistory.Length), k => Assert.Equal(BitConverter.DoubleToInt64Bits(a.CostHistory[k]), BitConverter.DoubleToInt64Bits(b.CostHistory[k])));
        Assert.Equal(a.Model.Weight, b.Model.Weights[0]);
        Assert.Equal(a.Model.Bias, b.Model.Bias);
        Assert.Equal(Stability.LargestStableLearningRate(data), several.LargestStableLearningRate, 1e-12);
    }

    [Fact]
    public void Curvatures_OfStandardizedUncorrelatedInputs_AreOne()
    {
        var examples = new Examples([[1, 1], [1, -1], [-1, 1], [-1, -1]], [[0], [0], [0], [0]]);
        Assert.All(new LinearNeuronObjective(examples).Curvatures(), c => Assert.Equal(1, c, 1e-12));
    }

    [Fact]
    public void ToOriginal_PredictsOnRawInputsWhatTheModelPredictsOnStandardizedOnes()
    {
        var readings = ApparentTemperature.Readings(count: 20, wind: true);
        var standardizer = InputStandardizer.Fit(readings);
        var model = new LinearNeuron([2, -1, 0.5], 7);
        var raw = standardizer.ToOriginal(model);
        foreach (var input in readings.Inputs)
        {
            Assert.Equal(model.Predict(standardizer.Transform(input.AsSpan())), raw.Predict(input.AsSpan()), 1e-9);
        }
    }

    [Fact]
    public void ApparentTemperature_IsTheBureausRule()
    {
        Assert.Equal(30 + 0.33 * 20 - 0.70 * 5 - 4, ApparentTemperature.Of(30, 20, 5), 1e-12);
        Assert.Equal(10 * Humidity.SaturationVapourPressure(25) * 0.6, ApparentTemperature.VapourPressure(25, 60), 1e-12);
        // The Bureau's own vapour pressure, 6.105·exp(17.27·T/(237.7 + T)) hPa, is within half a percent of the course's.
        foreach (double t in new[] { 10.0, 25, 40 })
        {
            double bureau = 6.105 * Math.Exp(17.27 * t / (237.7 + t));
            Assert.InRange(ApparentTemperature.VapourPressure(t, 100) / bureau, 0.995, 1.005);
        }

        var readings = ApparentTemperature.Readings(wind: true);
        Assert.All(readings.Inputs.Zip(readings.Targets), p => Assert.Equal(ApparentTemperature.Of(p.First[0], p.First[1], p.First[2]), p.Second[0]));
        Assert.Equal(readings.Inputs.Select(i => i.Take(2).ToArray()), ApparentTemperature.Readings().Inputs.Select(i => i.ToArray()));
    }

    [Fact]
    public void BadInputs_AreRefusedWithMessagesThatSayHowToFixThem()
    {
        AssertRefused(() => new LinearNeuron([], 0), "one weight per input");
        AssertRefused(() => new LinearNeuron([1, double.NaN], 0), "finite");
        AssertRefused(() => new LinearNeuron([1], double.PositiveInfinity), "finite");
        AssertRefused(() => LinearNeuron.Zero(0), "at least one input");
        AssertRefused(() => new LinearNeuron([1, 2], 0).Predict([1]), "one value per weight");
        AssertRefused(() => DotProduct.Of([1, 2], [3]), "same length");
        AssertRefused(() => DotProduct.Of([], []), "non-empty");
        AssertRefused(() => new LinearNeuronObjective(new Examples([[1.0], [2.0]], [[1.0, 2], [3.0, 4]])), "exactly one target");
        var objective = new LinearNeuronObjective(ApparentTemperature.Readings(count: 5));
        AssertRefused(() => objective.GetParameters(LinearNeuron.Zero(3), new double[3]), "LinearNeuron.Zero(2)");
        AssertRefused(() => objective.Cost(new double[2]), "ParameterCount (3)");
        AssertRefused(() => objective.CostAndGradient(new double[3], [5], new double[3]), "numbered 0 to 4");
        AssertRefused(() => objective.CostAndGradient(new double[3], [], new double[4]), "ParameterCount (3)");
        AssertRefused(() => objective.ParameterName(3), "below ParameterCount");
        AssertRefused(() => ApparentTemperature.VapourPressure(20, 120), "0 to 100");
        AssertRefused(() => ApparentTemperature.VapourPressure(double.NaN, 50), "from -40 °C to 50 °C");
        AssertRefused(() => ApparentTemperature.Readings(count: 1), "at least two");
        AssertRefused(() => InputStandardizer.Fit(new Examples([[1.0, 2], [1.0, 3]], [[0.0], [0.0]])), "Input 1");
        var standardizer = InputStandardizer.Fit(ApparentTemperature.Readings(count: 5));
        AssertRefused(() => standardizer.ToOriginal(LinearNeuron.Zero(3)), "fitted on 2");
        AssertRefused(() => standardizer.Transform([1.0]), "fitted on 2");
    }

    [Fact]
    public void Property_AnyWeightsAndReading_GiveTheWeightedSumOrAnArgumentException()
    {
        Gen.Select(Gen.Frequency((3, (IGen<double>)Gen.Double[-100, 100]), (1, Gen.Double)).Array[0, 4], Gen.Double, Gen.Double[-100, 100].Array[0, 4])
            .Sample((weights, bias, x) =>
            {
                LinearNeuron model;
                try
                {
                    model = new LinearNeuron(weights, bias);
                }
                catch (ArgumentException error)
                {
                    Assert.False(weights.Length > 0 && weights.All(double.IsFinite) && double.IsFinite(bias), error.Message);
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                    return;
                }

                Assert.True(weights.Length > 0 && weights.All(double.IsFinite) && double.IsFinite(bias));
                if (x.Length != weights.Length)
                {
                    var error = Assert.Throws<ArgumentException>(() => model.Predict(x));
                    Assert.Contains("one value per weight", error.Message, StringComparison.Ordinal);
                    return;
                }

                double prediction = model.Predict(x);
                Assert.Equal(x.Zip(weights, (a, b) => a * b).Aggregate(0.0, (s, v) => s + v) + bias, prediction);
            }, iter: 5000);
    }

    private static void AssertRefused(Func<object> call, string words) => AssertRefused(() => { _ = call(); }, words);

    /// <summary>
    /// A model whose raw-input weight or bias overflows (attack 11, A11-8: it was blamed on an "example") is refused naming
    /// the input, its σ and μ, and the model's weight; one that fits is converted with finite numbers.
    /// </summary>
    [Fact]
    public void InputStandardizer_ToOriginalThatOverflows_NamesTheInputNotAnExample()
    {
        var tiny = InputStandardizer.Fit(new Examples([[1.0, 1e-300], [2.0, 2e-300]], [[1.0], [2.0]]));
        Gen.Double[1e-3, 1e300].Select(Gen.Bool).Sample((weight, negative) =>
        {
            double w = negative ? -weight : weight;
            var model = new LinearNeuron([1, w], 0);
            double raw = w / tiny.Inputs[1].StandardDeviation;
            if (double.IsFinite(raw) && double.IsFinite(w * tiny.Inputs[1].Mean / tiny.Inputs[1].StandardDeviation))
            {
                Assert.All(tiny.ToOriginal(model).Weights, value => Assert.True(double.IsFinite(value)));
                return;
            }

            var error = Assert.Throws<ArgumentException>(() => tiny.ToOriginal(model));
            Assert.Equal("model", error.ParamName);
            Assert.StartsWith("On raw inputs this neuron would have ", error.Message, StringComparison.Ordinal);
            Assert.Contains(FormattableString.Invariant($"not a finite number: w′[1] = {w:R} is too large for input 1's σ = {tiny.Inputs[1].StandardDeviation:R}"), error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("example", error.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
    }

    private static void AssertRefused(Action call, string words)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }
}
