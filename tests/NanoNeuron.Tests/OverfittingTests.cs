using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Experiments;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Lesson 18's library: the three-way split and the L2 penalty (weight decay).</summary>
public class OverfittingTests
{
    private static DataSet Numbered(int count) => new(Enumerable.Range(0, count).Select(i => (double)i), Enumerable.Range(0, count).Select(i => 1000.0 + i));

    /// <summary>Attack 8 (A8-15, the experiments' other entry points): a weight decay of NaN or below 0 ran silently without any penalty; now refused before any run, as L2Penalty refuses it.</summary>
    [Fact]
    public void Run_WeightDecayNegativeOrNotFiniteOrTooStrong_IsRefused()
    {
        Gen.OneOf(Gen.Double.Where(d => !(d >= 0) || !double.IsFinite(d)), Gen.Double[-1e300, -double.Epsilon], Gen.Double[L2Penalty<Network>.MaxLambda * 1.0001, double.MaxValue],
            Gen.OneOf(Gen.Const(double.NaN), Gen.Const(-0.01), Gen.Const(double.PositiveInfinity))).Sample(weightDecay =>
        {
            var error = Assert.Throws<ArgumentException>(() => Overfitting.Run(weightDecay));
            Assert.Equal("weightDecay", error.ParamName);
            Assert.Contains(FormattableString.Invariant($"weightDecay is {weightDecay:R}: pass 0 (no penalty) or a positive finite λ of at most 1,000,000 (L2Penalty.MaxLambda), such as 0.01"), error.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void TrainValidationTest_SixtyReadings_TwentyFortyForty_IsAShuffledPartition()
    {
        var readings = Thermometer.Readings(60);
        var splits = DataSplit.TrainValidationTest(readings, 0.2, 0.4, seed: 4);

        Assert.Equal(12, splits.Train.Count);
        Assert.Equal(24, splits.Validation.Count);
        Assert.Equal(24, splits.Test.Count);
        var pairs = new[] { splits.Train, splits.Validation, splits.Test }.SelectMany(set => set.X.Zip(set.Y));
        Assert.Equal(readings.X.Zip(readings.Y).OrderBy(p => p.First), pairs.OrderBy(p => p.First));
        Assert.NotEqual(readings.X.Take(12).ToArray(), splits.Train.X.ToArray());
        Bits.Equal(splits.Test.Y, DataSplit.TrainValidationTest(readings, 0.2, 0.4, seed: 4).Test.Y, "the test readings of a second split");
    }

    [Fact]
    public void TrainValidationTest_AnySizeFractionsAndSeed_EveryExampleLandsInExactlyOneNonEmptySet()
    {
        Gen.Select(Gen.Int[3, 300], Gen.Double[0.01, 0.98], Gen.Double[0.01, 0.98], Gen.Int[0, Hyperparameters.MaxSeed])
            .Where((_, train, validation, _) => train + validation < 1)
            .Sample((count, train, validation, seed) =>
            {
                var data = Numbered(count);
                var splits = DataSplit.TrainValidationTest(data, train, validation, seed);
                int[] all = [.. splits.Train.X.Concat(splits.Validation.X).Concat(splits.Test.X).Select(x => (int)x)];
                bool partition = all.Order().SequenceEqual(Enumerable.Range(0, count));
                bool targetsFollow = new[] { splits.Train, splits.Validation, splits.Test }.All(set => set.X.Zip(set.Y).All(p => p.Second == 1000 + p.First));
                bool nonEmpty = splits.Train.Count >= 1 && splits.Validation.Count >= 1 && splits.Test.Count >= 1;
                bool counts = splits.Train.Count == Math.Clamp((int)Math.Round(count * train), 1, count - 2)
                    && splits.Validation.Count == Math.Clamp((int)Math.Round(count * validation), 1, count - splits.Train.Count - 1);
                bool repeatable = DataSplit.TrainValidationTest(data, train, validation, seed).Test.X.SequenceEqual(splits.Test.X);
                return partition && targetsFollow && nonEmpty && counts && repeatable;
            }, iter: 2000);
    }

    [Theory]
    [InlineData(0.0, 0.2, "trainFraction is 0")]
    [InlineData(1.0, 0.2, "trainFraction is 1")]
    [InlineData(double.NaN, 0.2, "trainFraction is NaN")]
    [InlineData(0.6, 0.0, "validationFraction is 0")]
    [InlineData(0.6, -0.1, "validationFraction is -0.1")]
    [InlineData(0.6, double.PositiveInfinity, "validationFraction is ∞")]
    [InlineData(0.6, 0.4, "leaving nothing for the test set")]
    [InlineData(0.7, 0.5, "leaving nothing for the test set")]
    public void TrainValidationTest_BadFractions_SayWhatToPass(double train, double validation, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => DataSplit.TrainValidationTest(Thermometer.Readings(), train, validation));
        Assert.Contains(expected.Replace("∞", "Infinity", StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
        Assert.Contains("such as", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainValidationTest_TwoExamples_SaysItNeedsThree()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSplit.TrainValidationTest(Numbered(2)));
        Assert.Contains("at least three", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => DataSplit.TrainValidationTest(null!));
    }

    [Fact]
    public void TrainValidationTest_ThreeExamples_OneInEachSet()
    {
        var splits = DataSplit.TrainValidationTest(Numbered(3), 0.05, 0.05);
        Assert.Equal([1, 1, 1], new[] { splits.Train.Count, splits.Validation.Count, splits.Test.Count });
    }

    private static Network SmallNetwork => Network.Random([1, 3, 1], Activation.Tanh, seed: 7);

    private static Examples SmallExamples => Examples.From(new DataSet([-1.0, -0.3, 0.2, 0.9], [0.5, -0.2, 0.1, 0.7]));

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.1)]
    [InlineData(2.0)]
    public void L2Penalty_Gradient_MatchesCentralDifferences(double lambda)
    {
        var objective = new L2Penalty<Network>(new NetworkObjective(SmallNetwork, SmallExamples), lambda);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(SmallNetwork, parameters);
        var gradient = new double[parameters.Length];
        objective.CostAndGradient(parameters, [], gradient);

        var measured = GradientCheck.CentralDifferences(objective, SmallNetwork);
        for (int p = 0; p < parameters.Length; p++)
        {
            Assert.True(Math.Abs(gradient[p] - measured[p]) <= 1e-8 * Math.Max(1, Math.Abs(measured[p])),
                $"parameter {p}: derived {gradient[p]:R}, measured {measured[p]:R}");
        }
    }

    [Fact]
    public void L2Penalty_CostIsInnerPlusHalfLambdaSumOfSquares_GradientIsInnerPlusLambdaTheta_AlsoOnABatch()
    {
        var inner = new NetworkObjective(SmallNetwork, SmallExamples);
        var penalised = new L2Penalty<Network>(inner, 0.25);
        double[] theta = [.. SmallNetwork.Parameters()];
        int[] batch = [1, 3];
        var innerGradient = new double[theta.Length];
        var gradient = new double[theta.Length];
        double innerCost = inner.CostAndGradient(theta, batch, innerGradient);
        double cost = penalised.CostAndGradient(theta, batch, gradient);

        double sumOfSquares = theta.Sum(t => t * t);
        Bits.Close(innerCost + 0.125 * sumOfSquares, cost, 1e-14, "batch cost");
        Bits.Close(inner.Cost(theta) + 0.125 * sumOfSquares, penalised.Cost(theta), 1e-14, "cost");
        Bits.Close(0.125 * sumOfSquares, penalised.Penalty(theta), 1e-14, "penalty");
        for (int p = 0; p < theta.Length; p++)
        {
            Assert.Equal(innerGradient[p] + 0.25 * theta[p], gradient[p]);
        }

        Assert.Equal(inner.ParameterCount, penalised.ParameterCount);
        Assert.Equal(inner.ExampleCount, penalised.ExampleCount);
        Assert.Equal(inner.ParameterName(2), penalised.ParameterName(2));
        Bits.Equal(SmallNetwork.Parameters(), penalised.Model(theta).Parameters(), "the model's parameters");
    }

    [Fact]
    public void L2Penalty_LambdaZero_TrainsExactlyLikeTheInnerObjective()
    {
        var options = new TrainingOptions { Epochs = 200 };
        var plain = Trainer.Train(new NetworkObjective(SmallNetwork, SmallExamples), SmallNetwork, new Adam(0.01), options);
        var zero = Trainer.Train(new L2Penalty<Network>(new NetworkObjective(SmallNetwork, SmallExamples), 0), SmallNetwork, new Adam(0.01), options);

        Bits.Equal(plain.CostHistory, zero.CostHistory, "cost history");
        Bits.Equal(plain.Model.Parameters(), zero.Model.Parameters(), "parameters");
    }

    [Fact]
    public void L2Penalty_ShrinksTheParameters()
    {
        var options = new TrainingOptions { Epochs = 500 };
        var plain = Trainer.Train(new NetworkObjective(SmallNetwork, SmallExamples), SmallNetwork, new Adam(0.01), options);
        var decayed = Trainer.Train(new L2Penalty<Network>(new NetworkObjective(SmallNetwork, SmallExamples), 0.1), SmallNetwork, new Adam(0.01), options);

        Assert.True(decayed.Model.Parameters().Sum(t => t * t) < plain.Model.Parameters().Sum(t => t * t));
    }

    [Fact]
    public void L2Penalty_OnALine_StableBelowTwoOverLambdaMaxPlusLambdaAndNotAbove()
    {
        var train = DataSets.GenerateDataSets().Train;
        var penalised = new L2Penalty<Neuron>(new NeuronObjective(train), 1.0);
        double limit = 2 / (Stability.HessianEigenvalues(train.X.AsSpan()).Largest + 1);
        var options = new TrainingOptions { Epochs = 2_000 };

        var below = Trainer.TryTrain(penalised, Neuron.OriginalStart, new GradientDescent(limit * 0.98), options);
        var above = Trainer.TryTrain(penalised, Neuron.OriginalStart, new GradientDescent(limit * 1.02), options);

        Assert.False(below.HasDiverged);
        Assert.Equal(DivergenceReason.KeepsRising, above.Divergence?.Reason);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void L2Penalty_BadLambda_SaysWhatToPass(double lambda)
    {
        var error = Assert.Throws<ArgumentException>(() => new L2Penalty<Network>(new NetworkObjective(SmallNetwork, SmallExamples), lambda));
        Assert.Equal("lambda", error.ParamName);
        Assert.Contains("0 (no penalty) or a positive finite number", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new L2Penalty<Network>(null!, 0.1));
    }
}
