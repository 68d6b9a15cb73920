using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Experiments;
using NanoNeuron.Fast;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Tests;

/// <summary>Issue 19, the second attack's 18 library inputs: each refused with its cause and a fix, instead of an OutOfMemoryException, a silent wrong answer, a collision or a misleading message.</summary>
public class FreshAttackLibraryTests
{
    /// <summary>Any count above each named maximum, int.MaxValue included: an ArgumentOutOfRangeException naming the maximum, before any array is made.</summary>
    [Fact]
    public void ReadingsAndZero_CountAboveTheMaximum_AreRefusedNamingIt()
    {
        Gen.OneOf(Gen.Int[Thermometer.MaxReadingCount + 1, int.MaxValue], Gen.Const(int.MaxValue)).Sample(n =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Thermometer.Readings(n));
            Assert.Equal("count", error.ParamName);
            Assert.Contains("at most 10,000,000 readings (Thermometer.MaxReadingCount", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        Gen.OneOf(Gen.Int[ApparentTemperature.MaxReadingCount + 1, int.MaxValue], Gen.Const(int.MaxValue)).Sample(n =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => ApparentTemperature.Readings(n));
            Assert.Equal("count", error.ParamName);
            Assert.Contains("at most 1,000,000 readings (ApparentTemperature.MaxReadingCount", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        Gen.OneOf(Gen.Int[LinearNeuron.MaxInputs + 1, int.MaxValue], Gen.Const(int.MaxValue)).Sample(n =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => LinearNeuron.Zero(n));
            Assert.Equal("inputs", error.ParamName);
            Assert.Contains("at most 10,000,000 inputs (LinearNeuron.MaxInputs", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
    }

    [Fact]
    public void ReadingsAndZero_AtTheMaximum_StillWork()
    {
        Assert.Equal(Thermometer.MaxReadingCount, Thermometer.Readings(Thermometer.MaxReadingCount).Count);
        Assert.Equal(LinearNeuron.MaxInputs, LinearNeuron.Zero(LinearNeuron.MaxInputs).Weights.Length);
        Assert.Equal(1_000, ApparentTemperature.Readings(1_000).Count);
    }

    /// <summary>Any input of a magnitude whose square overflows beside an ordinary one: refused naming the inputs as too large, never a VarianceX of ∞ or a false line.</summary>
    [Fact]
    public void SufficientStatistics_InputsWhoseSumsOverflow_AreRefusedNamingTheInputs()
    {
        Gen.Select(Gen.Double[1e155, double.MaxValue], Gen.Bool, Gen.Double[-1000, 1000]).Sample((big, negative, other) =>
        {
            double[] x = [negative ? -big : big, other];
            var error = Assert.Throws<ArgumentException>(() => SufficientStatistics.Of(x, [1, 2]));
            Assert.Equal("x", error.ParamName);
            Assert.Contains("the inputs are too large", error.Message, StringComparison.Ordinal);
            Assert.Contains("Standardize", error.Message, StringComparison.Ordinal);
        }, iter: 300, threads: 1);
        Assert.Contains("the targets are too large", Assert.Throws<ArgumentException>(() => SufficientStatistics.Of([1, 2], [1e308, 1e308])).Message, StringComparison.Ordinal);
        Assert.Equal(1, SufficientStatistics.Of([1, 2], [1, 2]).Slope, 12);
    }

    /// <summary>Inputs near 1e200 (the attack's): no stable rate of 0 or curvature of ∞, but the inputs named as too large.</summary>
    [Fact]
    public void LinearNeuronObjective_InputsTooLarge_AreRefusedNamingTheInputs()
    {
        Gen.Double[1e155, 1e300].Sample(big =>
        {
            var objective = new LinearNeuronObjective(new Examples([[big, 1], [2 * big, 3]], [[1], [2]]));
            Assert.Contains("The inputs are too large", Assert.Throws<InvalidOperationException>(() => objective.Curvatures()).Message, StringComparison.Ordinal);
            Assert.Contains("The inputs are too large", Assert.Throws<InvalidOperationException>(() => objective.LargestStableLearningRate).Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
        Assert.True(new LinearNeuronObjective(new Examples([[1, 1], [2, 3]], [[1], [2]])).LargestStableLearningRate > 0);
    }

    /// <summary>
    /// Any seed that System.Random would map onto another (negative, int.MaxValue, int.MinValue), wherever the library takes
    /// one, the experiments included (attack 8, A8-17: MiniBatches.Shuffled(n, -1) shuffled as seed 1).
    /// </summary>
    [Fact]
    public void Seeds_ThatWouldCollide_AreRefusedEverywhere()
    {
        var data = DataSets.GenerateDataSets().Train;
        Gen.OneOf(Gen.Int[int.MinValue, -1], Gen.Int[-3, -1], Gen.Const(int.MaxValue), Gen.Const(int.MinValue)).Sample(seed =>
        {
            string same = FormattableString.Invariant($"the same numbers as {(seed is int.MinValue or int.MaxValue ? 0 : -seed)}.");
            Action[] calls =
            [
                () => Neuron.RandomStart(seed),
                () => Network.Random([1, 2, 1], Activation.Tanh, seed),
                () => Thermometer.Readings(5, 3, seed),
                () => ApparentTemperature.Readings(5, false, seed),
                () => HotOrNot.Survey(5, seed),
                () => DataSplit.TrainTestSplit(data, 0.5, seed),
                () => _ = new TrainingOptions { ShuffleSeed = seed },
                () => MiniBatches.Shuffled(10, seed),
                () => MiniBatches.SlopeSpread(new NeuronObjective(data), Neuron.OriginalStart, 10, seed: seed),
                () => MiniBatches.BatchSteps(data, Neuron.OriginalStart, 0.0005, 10, 1, seed),
                () => MiniBatches.CompareBatchSizes(data, Neuron.OriginalStart, 0.0005, [10], 1, 1, seed),
            ];
            foreach (var call in calls)
            {
                var error = Assert.Throws<ArgumentOutOfRangeException>(call);
                Assert.Contains(FormattableString.Invariant($"pass a seed from 0 to {Hyperparameters.MaxSeed}"), error.Message, StringComparison.Ordinal);
                Assert.EndsWith(same, error.Message.Split(" (Parameter")[0], StringComparison.Ordinal);
            }
        }, iter: 100, threads: 1);
        Assert.NotEqual(Neuron.RandomStart(0), Neuron.RandomStart(Hyperparameters.MaxSeed));
        Assert.False(MiniBatches.Shuffled(10, 0).SequenceEqual(MiniBatches.Shuffled(10, Hyperparameters.MaxSeed)));
        Assert.NotEqual(Neuron.RandomStart(1), Neuron.RandomStart(2));
    }

    [Theory]
    [InlineData(new[] { 1.0, 1.0 }, 1, "1")]
    [InlineData(new[] { 1.0, 2.0, 3.0, 3.0 }, 2, "3")]
    public void InputStandardizer_ConstantColumn_NamesTheColumnOnce(double[] values, int column, string value)
    {
        var examples = values.Length == 2
            ? new Examples([[values[0]], [values[1]]], [[1], [2]])
            : new Examples([[values[0], values[2]], [values[1], values[3]]], [[1], [2]]);
        var error = Assert.Throws<ArgumentException>(() => InputStandardizer.Fit(examples));
        Assert.Equal("examples", error.ParamName);
        Assert.StartsWith(FormattableString.Invariant($"Input {column} (column {column} of Inputs) of every example equals {value}, so its standard deviation is 0"), error.Message, StringComparison.Ordinal);
        Assert.Single(error.Message.Split("(Parameter").Skip(1));
        Assert.DoesNotContain("'x'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Any λ above the maximum is refused when the penalty is built, naming λ; not blamed on the learning rate later.</summary>
    [Fact]
    public void L2Penalty_LambdaAboveTheMaximum_IsRefusedAtConstruction()
    {
        var objective = new NeuronObjective(DataSets.GenerateDataSets().Train);
        Gen.OneOf(Gen.Double[L2Penalty<Neuron>.MaxLambda * (1 + 1e-15), double.MaxValue], Gen.Const(1e300)).Sample(lambda =>
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new L2Penalty<Neuron>(objective, lambda));
            Assert.Equal("lambda", error.ParamName);
            Assert.Contains("at most 1,000,000 (L2Penalty.MaxLambda)", error.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
        Assert.Equal(L2Penalty<Neuron>.MaxLambda, new L2Penalty<Neuron>(objective, L2Penalty<Neuron>.MaxLambda).Lambda);
    }

    [Fact]
    public void Activation_WhoseDerivativeIsNotFinite_IsNamedAsTheCause()
    {
        foreach (double bad in new[] { double.PositiveInfinity, double.NegativeInfinity, double.NaN })
        {
            var activation = new Activation("bad", z => z, _ => bad);
            var error = Assert.Throws<ArgumentException>(() => Backpropagation.TrainModel(Network.Random([2, 2, 1], activation), Examples.Xor, 10, 0.1));
            Assert.Contains("The activation 'bad' has a derivative that is not finite", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("smaller learning rate", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Layer_NoInputsOrNoNeurons_SaysWhatIsMissing()
    {
        var noNeurons = Assert.Throws<ArgumentException>(() => new Layer(1, default, default, Activation.Tanh));
        Assert.Equal("biases", noNeurons.ParamName);
        Assert.Contains("at least 1 neuron", noNeurons.Message, StringComparison.Ordinal);
        var noInputs = Assert.Throws<ArgumentException>(() => new Layer(0, [], [], Activation.Tanh));
        Assert.Equal("inputs", noInputs.ParamName);
        Assert.Contains("at least 1 input", noInputs.Message, StringComparison.Ordinal);
        var mismatch = Assert.Throws<ArgumentException>(() => new Layer(2, [1, 2, 3], [0], Activation.Tanh));
        Assert.Contains("needs inputs × neurons = 2 weights, but weights has 3", mismatch.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("weights, not", Assert.Throws<ArgumentException>(() => new Layer(1, [], [], Activation.Tanh)).Message, StringComparison.Ordinal);
    }
}
