using NanoNeuron.Testing;
using CsCheck;
using NanoNeuron.Experiments;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>
/// Attack 8, A8-15 and A8-16: the experiments' entry points refuse a count, index, nudge or target outside its range with
/// an ArgumentException naming the argument, its range and an example, as the library does, instead of a raw
/// out-of-range message, an OutOfMemoryException, an IndexOutOfRangeException, a NaN or a silent wrong answer.
/// </summary>
public class ExperimentArgumentTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    private static readonly NeuronObjective Objective = new(Train);

    /// <summary>Any int outside [<paramref name="least"/>, <paramref name="most"/>], the extremes and the nearest included.</summary>
    private static Gen<int> Outside(int least, int most) => Gen.OneOf(
        Gen.Int[int.MinValue, least - 1], Gen.Int[-3, least - 1], Gen.Int[most + 1, int.MaxValue],
        Gen.Const(int.MinValue), Gen.Const(int.MaxValue), Gen.Const(least - 1), Gen.Const(most + 1));

    private static void Refused(Action call, string name, string says)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.Equal(name, error.ParamName);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CostLandscape_CountOutsideItsRange_IsRefusedNamingTheRangeAndAnExample()
    {
        const string Range = "pass from 2 to 1,000,000 points (CostLandscape.MaxPoints), such as 200";
        Outside(2, CostLandscape.MaxPoints).Sample(count =>
        {
            Refused(() => CostLandscape.AlongWeight(Train, count: count), "count", Range);
            Refused(() => CostLandscape.Default.Weights(count), "count", Range);
            Refused(() => CostLandscape.Default.Biases(count), "count", Range);
        }, iter: 200, threads: 1);
        Outside(2, CostLandscape.MaxGridSize).Sample(
            size => Refused(() => CostLandscape.Default.Surface(Train, size), "size", "from 2 to 1,000 points along each side (CostLandscape.MaxGridSize), such as 80"),
            iter: 100, threads: 1);
        Outside(1, CostLandscape.MaxGridSize).Sample(
            perSide => Refused(() => CostLandscape.Default.Gradients(Train, perSide), "perSide", "pass from 1 to 1,000 arrows along each side (CostLandscape.MaxGridSize), such as 6"),
            iter: 100, threads: 1);
        Assert.Equal(2, CostLandscape.AlongWeight(Train, count: 2).Weights.Length);
    }

    /// <summary>
    /// Attack 11, A11-2 and A11-3: a window whose ends are not finite, or so far apart that the spacing overflows, is refused
    /// naming its ends (not a model the caller never passed, and never NaN or ∞ among the weights); a finite window whose
    /// cost overflows is refused naming the point and the window; and one that can be measured gives only finite costs.
    /// </summary>
    [Fact]
    public void CostLandscape_WindowAnyEnds_IsMeasuredOrRefusedNamingTheWindow()
    {
        var end = Gen.OneOf(Gen.Double, Gen.Double[-10, 10], Gen.Double[-1e308, 1e308],
            Gen.Int[0, Extremes.Length - 1].Select(i => Extremes[i]));
        Gen.Select(end, end).Sample((from, to) =>
        {
            var window = new CostLandscape(from, to, 0, 1);
            bool spaced = double.IsFinite(from) && double.IsFinite(to) && double.IsFinite((to - from) * 2);
            try
            {
                var weights = window.Weights(3);
                Assert.True(spaced, $"{from}..{to} gave {string.Join(", ", weights)}");
                Assert.All(weights, weight => Assert.True(double.IsFinite(weight)));
            }
            catch (ArgumentException error)
            {
                Assert.False(spaced, error.Message);
                Assert.Contains(error.ParamName, WindowEnds);
                Assert.StartsWith("WeightFrom is ", error.Message, StringComparison.Ordinal);
                Assert.Contains("both must be finite numbers, close enough that their distance times 2 (the points but one) stays below about 1.8E+308", error.Message, StringComparison.Ordinal);
            }

            foreach (var measure in new Action[] { () => window.Surface(Train, 3), () => CostLandscape.AlongWeight(Train, weightFrom: from, weightTo: to, count: 3) })
            {
                try
                {
                    measure();
                    Assert.True(spaced);
                }
                catch (ArgumentException error)
                {
                    Assert.DoesNotContain("model", error.Message, StringComparison.OrdinalIgnoreCase);
                    Assert.True(error.Message.Contains("must be finite numbers", StringComparison.Ordinal)
                        || error.Message.Contains("overflows a double: choose", StringComparison.Ordinal), error.Message);
                }
            }
        }, iter: 300, threads: 1);

        Assert.Equal(1e300, new CostLandscape(-1e300, 1e300, 0, 1).Weights(3)[2], 1e285);
        Assert.All(new CostLandscape(-1e300, 1e300, 0, 1).Weights(CostLandscape.MaxPoints), weight => Assert.True(double.IsFinite(weight)));
        var overflow = Assert.Throws<ArgumentException>(() => new CostLandscape(-1e300, 1e300, 0, 1).Surface(Train, 3));
        Assert.StartsWith("At w = -1E+300, b = 0 the cost or its slope overflows a double: choose a window of ordinary size, such as the default one", overflow.Message, StringComparison.Ordinal);
        Refused(() => CostLandscape.AlongWeight(Train, bias: double.NaN), "bias", "bias is NaN: it must be a finite number");
    }

    /// <summary>
    /// Attack 13, A13b-14: any window whose grid holds the line through every example (w = 1.8, b = 32 on the course's data)
    /// draws that point at log₁₀ of the floor, −12, not −∞; every other point as log₁₀ of its cost.
    /// </summary>
    [Fact]
    public void Surface_APointWithNoCost_IsDrawnAtTheFloor()
    {
        Gen.Select(Gen.Double[0.1, 2], Gen.Double[1, 40], Gen.Int[1, 4]).Sample((weightReach, biasReach, half) =>
        {
            var window = new CostLandscape(1.8 - weightReach, 1.8 + weightReach, 32 - biasReach, 32 + biasReach);
            var surface = window.Surface(Train, (2 * half) + 1);
            Assert.Equal(1.8, surface.Weights[half], 1e-12);
            Assert.All(surface.Log10Costs.SelectMany(row => row), cost => Assert.True(double.IsFinite(cost) && cost >= -12));
            Assert.Equal(Math.Log10(CostLandscape.SmallestDrawnCost), surface.Log10Costs[half][half], 1e-6);
        }, iter: 50, threads: 1);
    }

    /// <summary>
    /// Attack 11, A11-4: the weights of <see cref="CostLandscape.Tangents"/> are read to <see cref="CostLandscape.MaxPoints"/>
    /// + 1 at most (an endless list, or one that says it holds int.MaxValue, is refused instead of running out of memory or
    /// never ending), and a weight that is not finite is named by its index.
    /// </summary>
    [Fact]
    public void CostLandscape_TangentsEndlessOrNonFiniteWeights_AreRefusedNamingThem()
    {
        const string Limit = "weights holds more than 1,000,000 elements: a row of tangents has at most 1,000,000 points (CostLandscape.MaxPoints)";
        Refused(() => CostLandscape.Tangents(Train, (IReadOnlyList<double>)Enumerable.Repeat(1.0, int.MaxValue)), "weights", Limit);
        Refused(() => CostLandscape.Tangents(Train, new EndlessList<double>(_ => 1.8)), "weights", Limit);
        Gen.Int[0, 2].Select(i => Extremes[i]).Select(Gen.Int[0, 5]).Sample((weight, index) =>
        {
            double[] weights = [.. Enumerable.Repeat(1.8, 6)];
            weights[index] = weight;
            Refused(() => CostLandscape.Tangents(Train, weights), "weights", FormattableString.Invariant($"weights[{index}] is {weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}: every weight must be a finite number"));
        }, iter: 30, threads: 1);
    }

    private static readonly double[] Extremes = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, 1e200, -1e200];

    private static readonly string[] WindowEnds = ["WeightFrom", "WeightTo"];

    [Fact]
    public void MiniBatches_CountsOutsideTheirRange_AreRefusedNamingTheRangeAndAnExample()
    {
        Outside(1, DataSet.MaxCount).Sample(
            count => Refused(() => MiniBatches.Shuffled(count), "exampleCount", "pass from 1 to 10,000,000 examples (DataSet.MaxCount), such as train.Count"),
            iter: 200, threads: 1);
        Outside(1, Train.Count).Sample(
            batchSize => Refused(() => MiniBatches.SlopeSpread(Objective, Neuron.OriginalStart, batchSize), "batchSize",
                FormattableString.Invariant($"batchSize is {batchSize}: pass a batch size from 1 to {Train.Count} (the objective's examples), such as 10.")),
            iter: 200, threads: 1);
        Outside(1, MiniBatches.MaxSamples).Sample(
            samples => Refused(() => MiniBatches.SlopeSpread(Objective, Neuron.OriginalStart, 10, samples: samples), "samples", "pass from 1 to 1,000,000 samples (MiniBatches.MaxSamples), such as 1,000"),
            iter: 200, threads: 1);
        Gen.OneOf(Gen.Int[int.MinValue, 0], Gen.Const(0)).Sample(batchSize =>
        {
            Refused(() => MiniBatches.BatchGradients(Objective, Neuron.OriginalStart, [0, 1], batchSize), "batchSize", "pass a batch size of 1 or more, such as 10");
            Refused(() => MiniBatches.BatchSteps(Train, Neuron.OriginalStart, 0.0005, batchSize, 1), "batchSize", "pass a batch size of 1 or more, such as 10");
        }, iter: 100, threads: 1);
        Outside(1, TrainingOptions.MaxEpochs).Sample(
            epochs => Refused(() => MiniBatches.BatchSteps(Train, Neuron.OriginalStart, 0.0005, 10, epochs), "epochs", "pass from 1 to 100,000,000 epochs (TrainingOptions.MaxEpochs), such as 3"),
            iter: 100, threads: 1);
        Assert.Equal(Train.Count, MiniBatches.Shuffled(Train.Count).Length);
    }

    /// <summary>The report's parameter 5 of a two-parameter objective gave an IndexOutOfRangeException; any index outside 0 to 1 now names w and b.</summary>
    [Fact]
    public void SlopeSpread_ParameterOutsideTheObjectives_IsRefusedNamingThem()
    {
        Outside(0, Objective.ParameterCount - 1).Sample(
            parameter => Refused(() => MiniBatches.SlopeSpread(Objective, Neuron.OriginalStart, 10, parameter), "parameter",
                FormattableString.Invariant($"parameter is {parameter}, but this objective's parameters are numbered 0 to 1 (0 for {Objective.ParameterName(0)}, 1 for {Objective.ParameterName(1)}): pass one of those, such as 0.")),
            iter: 200, threads: 1);
        Assert.True(MiniBatches.SlopeSpread(Objective, Neuron.OriginalStart, 10, 1, samples: 10) > 0);
    }

    [Fact]
    public void BatchGradients_IndexThatIsNoExample_IsRefusedNamingIt()
    {
        Outside(0, Train.Count - 1).Sample(
            index => Refused(() => MiniBatches.BatchGradients(Objective, Neuron.OriginalStart, [0, index], 1), "order",
                FormattableString.Invariant($"order[1] is {index}, but the objective's examples are numbered 0 to {Train.Count - 1}: pass an order such as MiniBatches.Shuffled({Train.Count}).")),
            iter: 200, threads: 1);
    }

    [Fact]
    public void VelocitiesAndMeasure_CountsOutsideTheirRange_AreRefused()
    {
        Outside(0, OptimizerComparison.MaxVelocitySteps).Sample(
            steps => Refused(() => OptimizerComparison.Velocities(Neuron.OriginalStart, Train, new Momentum(0.0005), steps), "steps", "pass from 0 to 100,000 steps (OptimizerComparison.MaxVelocitySteps), such as 10"),
            iter: 100, threads: 1);
        Outside(1, Timing.MaxRepetitions).Sample(
            repetitions => Refused(() => Timing.Measure("nothing", () => { }, repetitions), "repetitions", "pass from 1 to 1,000,000 repetitions (Timing.MaxRepetitions), such as 5"),
            iter: 100, threads: 1);
    }

    /// <summary>⌈m / k⌉ for the largest counts: the sum m + k − 1 overflowed to a negative number of steps.</summary>
    [Fact]
    public void StepsPerEpoch_LargestCounts_DoNotOverflow()
    {
        Assert.Equal(1_073_741_824, MiniBatches.StepsPerEpoch(int.MaxValue, 2));
        Assert.Equal(2, MiniBatches.StepsPerEpoch(int.MaxValue, int.MaxValue - 1));
    }

    /// <summary>A8-16: a nudge of 0 gave a slope of NaN, a negative or non-finite one a wrong or NaN slope; GradientCheck's rule refuses them.</summary>
    [Fact]
    public void Tangents_NudgeNotPositiveAndFinite_IsRefused()
    {
        Gen.OneOf(
            Gen.Double.Where(h => !(h > 0) || !double.IsFinite(2 * h)),
            Gen.Double[-1e300, 0],
            Gen.OneOf(Gen.Const(0.0), Gen.Const(-0.0), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.MaxValue), Gen.Const(-double.Epsilon))).Sample(
            nudge => Refused(() => CostLandscape.Tangents(Train, [1.0], nudge: nudge), "nudge",
                FormattableString.Invariant($"nudge is {nudge:R}: it must be a small positive number such as 0.0001.")),
            iter: 300, threads: 1);
    }

    /// <summary>
    /// A8-16: a nudge of 1e-300 is lost in rounding against w and read the slope −2627 as 0; any nudge too small to
    /// measure is refused, as GradientCheck refuses its step. Below 1e-14, every w from 0.5 to 1.5 (well away from the
    /// valley's floor near 1.8, where the cost is small enough for finer nudges) loses the nudge in rounding, against w or
    /// against the cost.
    /// </summary>
    [Fact]
    public void Tangents_NudgeTooSmallToMeasure_IsRefused()
    {
        Gen.Select(Gen.OneOf(Gen.Double[double.Epsilon, 1e-14], Gen.Const(1e-300), Gen.Const(double.Epsilon)), Gen.Double[0.5, 1.5]).Sample(
            (nudge, weight) => Refused(() => CostLandscape.Tangents(Train, [weight], nudge: nudge), "nudge",
                FormattableString.Invariant($"nudge is {nudge:R}: too small to measure")),
            iter: 300, threads: 1);
        var tangent = CostLandscape.Tangents(Train, [1.0])[0];
        Assert.InRange(tangent.Slope, -2700, -2500);
        Assert.Equal(tangent.Slope, CostLandscape.Tangents(Train, [1.0], nudge: CostLandscape.DefaultNudge)[0].Slope);
    }

    /// <summary>
    /// Attack 9 (an A8-16 variant): a nudge so large that the nudged weight's cost overflows blamed the model; it names the
    /// nudge. Any nudge from 1e160 up to the largest whose double is finite does so at w = 1.
    /// </summary>
    [Fact]
    public void Tangents_NudgeSoLargeTheCostOverflows_IsRefusedNamingTheNudge()
    {
        Gen.OneOf(Gen.Double[1e160, 1e300], Gen.Const(1e200), Gen.Const(1e160)).Sample(
            nudge => Refused(() => CostLandscape.Tangents(Train, [1.0], nudge: nudge), "nudge",
                FormattableString.Invariant($"nudge is {nudge:R}: nudging w = 1 by it gives w = ")),
            iter: 100, threads: 1);
    }

    /// <summary>A8-16: a target of NaN answered "never reached" (null); any target that is not finite is refused, before any training.</summary>
    [Fact]
    public void EpochsToReach_TargetNotFinite_IsRefused()
    {
        foreach (double target in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            string says = FormattableString.Invariant($"target is {target:R}: it must be a finite cost, such as OptimizerComparison.TargetTestCost(data).");
            Refused(() => OptimizerComparison.EpochsToReach([1.0, 0.5], target), "target", says);
            Refused(() => OptimizerComparison.EpochsToReach(new GradientDescent(), Train, Train, target, 10), "target", says);
        }

        Refused(() => OptimizerComparison.EpochsToReach([1.0, double.NaN], 0.7), "costs", "costs[1] is NaN: every cost must be a finite number");
        Assert.Equal(1, OptimizerComparison.EpochsToReach([1.0, 0.5], 0.7));
        Assert.Null(OptimizerComparison.EpochsToReach([1.0, 0.5], 0.1));
    }

    /// <summary>Attack 14, A14b-1: a target run made by hand with no outcome, or a negative epoch, is refused where it is made (it threw NullReferenceException later).</summary>
    [Fact]
    public void TargetRun_NullOutcomeOrNegativeEpochs_AreRefused()
    {
        var outcome = Trainer.TryTrain(Objective, Neuron.OriginalStart, new GradientDescent(), new TrainingOptions { Epochs = 3 });
        Assert.Equal("Outcome", Assert.Throws<ArgumentNullException>(() => new TargetRun(null!, 1)).ParamName);
        Gen.Int[int.MinValue, -1].Sample(epochs =>
        {
            Assert.Equal("Epochs", Assert.Throws<ArgumentException>(() => new TargetRun(outcome, epochs)).ParamName);
            Assert.Equal("Epochs", Assert.Throws<ArgumentException>(() => new TargetRun(outcome, 0) with { Epochs = epochs }).ParamName);
        }, iter: 100, threads: 1);
        Assert.Null(new TargetRun(outcome, null).Epochs);
    }

    /// <summary>Attack 14, A14b-2: data whose averages overflow, inputs or targets of any size beyond about 1e154, is refused naming the data (it gave ∞ averages).</summary>
    [Fact]
    public void DataAverages_ValuesWhoseSquaresOverflow_AreRefused()
    {
        Gen.Select(Gen.Double[1e155, 1e300], Gen.Bool).Sample((big, inTargets) =>
        {
            var data = inTargets ? new DataSet([1, 2], [big, -big]) : new DataSet([big, -big], [1, 2]);
            var error = Assert.Throws<ArgumentException>(() => DataAverages.Of(data));
            Assert.Equal("data", error.ParamName);
            Assert.Contains("too large for a double", error.Message, StringComparison.Ordinal);
        }, iter: 100, threads: 1);
    }
}
