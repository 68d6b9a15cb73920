using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Tests;

/// <summary>
/// The one-loop training contract under attack: bad arguments, bad records, spans of the wrong length, hostile
/// objectives and optimizers. Every bad input must be an <see cref="ArgumentException"/> that says what is wrong,
/// every divergence a <see cref="TrainingDivergedException"/>, and nothing else may escape or be reported as a result.
/// </summary>
public class TrainingContractAttackTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();
    private static readonly DataSet Tiny = new([1, 2, 3], [3, 5, 7]);
    private static readonly DataSet Labels = new([-2, -1, 1, 2], [0, 0, 1, 1]);

    /// <summary>Every objective of the course, over the tiny data sets, with a start that fits it.</summary>
    private static IEnumerable<(string Name, Func<double[], int, double[], double> CostAndGradient, Action<double[]> Cost, Action<double[]> Model, Action<double[]> GetParameters, Func<int, string> ParameterName, int Count, int Examples)> Objectives()
    {
        var neuron = new NeuronObjective(Tiny);
        var logistic = new LogisticObjective(Labels);
        var tensor = new TensorObjective(Tiny);
        var network = Network.Random([1, 2, 1], Activation.Tanh);
        var net = new NetworkObjective(network, Examples.From(Tiny));
        var penalised = new L2Penalty<Neuron>(new NeuronObjective(Tiny), 0.1);
        var start = new Neuron(0.5, 0.5);
        yield return ("neuron", (p, b, g) => neuron.CostAndGradient(p, Batch(b), g), p => neuron.Cost(p), p => neuron.Model(p), p => neuron.GetParameters(start, p), neuron.ParameterName, 2, 3);
        yield return ("logistic", (p, b, g) => logistic.CostAndGradient(p, Batch(b), g), p => logistic.Cost(p), p => logistic.Model(p), p => logistic.GetParameters(start, p), logistic.ParameterName, 2, 4);
        yield return ("tensor", (p, b, g) => tensor.CostAndGradient(p, Batch(b), g), p => tensor.Cost(p), p => tensor.Model(p), p => tensor.GetParameters(start, p), tensor.ParameterName, 2, 3);
        yield return ("network", (p, b, g) => net.CostAndGradient(p, Batch(b), g), p => net.Cost(p), p => net.Model(p), p => net.GetParameters(network, p), net.ParameterName, net.ParameterCount, 3);
        yield return ("L2", (p, b, g) => penalised.CostAndGradient(p, Batch(b), g), p => penalised.Cost(p), p => penalised.Model(p), p => penalised.GetParameters(start, p), penalised.ParameterName, 2, 3);
    }

    // -1 stands for "every example" (an empty batch), any other value for a one-example batch holding it.
    private static int[] Batch(int index) => index == -1 ? [] : [index];

    private static void Refused(Action act, string? parameterName = null)
    {
        var error = Assert.ThrowsAny<ArgumentException>(act);
        Assert.Contains(":", error.Message, StringComparison.Ordinal);
        if (parameterName is not null)
        {
            Assert.Equal(parameterName, error.ParamName);
        }
    }

    // ---- null arguments -------------------------------------------------------------------------------------

    [Fact]
    public void Nulls_AreRefusedWithTheirNames()
    {
        var objective = new NeuronObjective(Tiny);
        Assert.Equal("objective", Assert.Throws<ArgumentNullException>(() => Trainer.Train<Neuron>(null!, default, new GradientDescent(0.01))).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentNullException>(() => Trainer.Train(objective, default, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Trainer.Train(new NetworkObjective(Network.Random([1, 2, 1], Activation.Tanh), Examples.From(Tiny)), null!, new GradientDescent(0.01)));
        Assert.Throws<ArgumentNullException>(() => new NeuronObjective(null!));
        Assert.Throws<ArgumentNullException>(() => new LogisticObjective(null!));
        Assert.Throws<ArgumentNullException>(() => new TensorObjective(null!));
        Assert.Throws<ArgumentNullException>(() => new NetworkObjective(null!, Examples.From(Tiny)));
        Assert.Throws<ArgumentNullException>(() => new NetworkObjective(Network.Random([1, 1], Activation.Identity), null!));
        Assert.Throws<ArgumentNullException>(() => new L2Penalty<Neuron>(null!, 0.1));
        Assert.Throws<ArgumentNullException>(() => Training.TrainModel(Neuron.OriginalStart, null!));
        Assert.Throws<ArgumentNullException>(() => Training.Snapshots(Neuron.OriginalStart, Tiny, null!));
        Assert.Throws<ArgumentNullException>(() => Logistic.TrainModel(Neuron.OriginalStart, null!, 1, 0.1));
        Assert.Throws<ArgumentNullException>(() => new TensorObjective(null!));
        Assert.Throws<ArgumentNullException>(() => Backpropagation.TrainModel(null!, Examples.From(Tiny), 1, 0.1));
        Assert.Throws<ArgumentNullException>(() => Backpropagation.FiniteDifferences(Network.Random([1, 1], Activation.Identity), null!));
        Assert.Throws<ArgumentNullException>(() => GradientCheck.Compare<Neuron>(null!, default));

        // Null options mean the defaults; null validation means none: both are allowed.
        var result = Trainer.Train(objective, new Neuron(0, 0), new GradientDescent(0.01), null, null);
        Assert.Equal(Hyperparameters.Epochs, result.Epochs);
        Assert.Null(result.BestValidation);
    }

    // ---- records, their with-expressions and default values ------------------------------------------------

    [Fact]
    public void WithExpressions_CannotSmuggleInBadSettings()
    {
        Refused(() => _ = new TrainingOptions() with { Epochs = -1 }, "Epochs");
        Refused(() => _ = TrainingOptions.Default with { Epochs = TrainingOptions.MaxEpochs + 1 }, "Epochs");
        Refused(() => _ = TrainingOptions.Default with { BatchSize = int.MinValue }, "BatchSize");
        Refused(() => _ = TrainingOptions.Default with { LearningRateDecay = double.PositiveInfinity }, "LearningRateDecay");
        Refused(() => _ = new GradientDescent(0.1) with { LearningRate = double.NaN }, "learningRate");
        Refused(() => _ = new Momentum(0.1) with { LearningRate = -1 }, "learningRate");
        Refused(() => _ = new Adam(0.1) with { Beta1 = 1 }, "Beta1");
        Refused(() => _ = new Adam(0.1) with { Beta2 = double.NaN }, "Beta2");
        Refused(() => _ = new Adam(0.1) with { Epsilon = double.Epsilon * 0 }, "Epsilon");
        Optimizer optimizer = new Adam(0.1);
        Refused(() => _ = optimizer with { LearningRate = double.NegativeInfinity }, "learningRate");

        Assert.Equal(TrainingOptions.MaxEpochs, (TrainingOptions.Default with { Epochs = TrainingOptions.MaxEpochs }).Epochs);
        Assert.Equal(int.MaxValue, (TrainingOptions.Default with { BatchSize = int.MaxValue }).BatchSize);
        Assert.True((TrainingOptions.Default with { SnapshotsAt = default }).SnapshotsAt.IsEmpty);
    }

    [Fact]
    public void TrainingResult_DefaultArraysAndNegativeSteps_AreNotKeptAsResults()
    {
        var result = Trainer.Train(new NeuronObjective(Tiny), new Neuron(1, 1), new GradientDescent(0.01), new TrainingOptions { Epochs = 3 });
        Refused(() => _ = result with { CostHistory = default }, "CostHistory");
        Refused(() => _ = result with { CostHistory = [] }, "CostHistory");
        Refused(() => _ = result with { Steps = -1 }, "Steps");
        Refused(() => _ = new TrainingResult<Neuron>(default, default));

        // A default array is read as empty, not as a trap for the next reader.
        var cleared = result with { Snapshots = default, ValidationHistory = default };
        Assert.True(cleared.Snapshots.IsEmpty);
        Assert.True(cleared.ValidationHistory.IsEmpty);
        Assert.Empty(new TrainingDivergedException(0, 0.1, double.NaN, default).CostHistory);
        Assert.Null(default(TrainingResult<Neuron>));
        Assert.Equal(0, default(Snapshot<Neuron>).Epoch);
    }

    // ---- numbers: epochs, batch sizes, decay, snapshots ----------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void BatchSizes_AtEveryBoundary_TrainAndCountTheirSteps(int batchSize)
    {
        const int Epochs = 5;
        var result = Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new GradientDescent(0.01), new TrainingOptions { Epochs = Epochs, BatchSize = batchSize });

        int stepsPerEpoch = batchSize is 0 or >= 3 ? 1 : (3 + batchSize - 1) / batchSize;
        Assert.Equal(Epochs * stepsPerEpoch, result.Steps);
        Assert.All(result.CostHistory, cost => Assert.True(double.IsFinite(cost)));
        Assert.True(result.CostAfter < result.CostBefore);
    }

    [Fact]
    public void ZeroEpochs_ReturnTheStartWithOneSnapshotAndNoSteps()
    {
        var start = new Neuron(2, -1);
        var result = Trainer.Train(new NeuronObjective(Tiny), start, new Adam(0.1), new TrainingOptions { Epochs = 0, SnapshotsAt = [0] }, new NeuronObjective(Tiny));

        Assert.Equal(start, result.Model);
        Assert.Equal(0, result.Steps);
        Assert.Single(result.CostHistory);
        Assert.Single(result.Snapshots);
        Assert.Equal(0, result.BestValidation!.Value.Epoch);
    }

    [Fact]
    public void SnapshotsBeyondTheLastEpoch_AreRefusedByTheTrainerAndLeftOutByTheWrappers()
    {
        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new GradientDescent(0.01), new TrainingOptions { Epochs = 10, SnapshotsAt = [5, 11] }));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("11", error.Message, StringComparison.Ordinal);

        var snapshots = Training.Snapshots(new Neuron(0, 0), Tiny, [-3, 5, 11, int.MaxValue], epochs: 10, learningRate: 0.01);
        Assert.Equal([0, 5, 10], snapshots.Select(snapshot => snapshot.Epoch));
        var network = Backpropagation.TrainModel(Network.Random([1, 2, 1], Activation.Tanh), Examples.From(Tiny), 10, 0.01, [int.MinValue, 5, 11]);
        Assert.Equal([0, 5, 10], network.Snapshots.Select(snapshot => snapshot.Epoch));
    }

    [Fact]
    public void DecaySoLargeTheStepUnderflowsToZero_IsRefusedBeforeTraining()
    {
        var objective = new NeuronObjective(Tiny);
        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(objective, new Neuron(0, 0), new GradientDescent(0.01), new TrainingOptions { Epochs = 3, LearningRateDecay = double.MaxValue }));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("LearningRateDecay", error.Message, StringComparison.Ordinal);
        Refused(() => Trainer.Train(objective, new Neuron(0, 0), new GradientDescent(1e-300), new TrainingOptions { Epochs = 3, LearningRateDecay = 1e30 }), "options");

        // One epoch uses only epoch 0's rate, α itself, so any decay is harmless there.
        var one = Trainer.Train(objective, new Neuron(0, 0), new GradientDescent(0.01), new TrainingOptions { Epochs = 1, LearningRateDecay = double.MaxValue });
        Assert.NotEqual(new Neuron(0, 0), one.Model);
    }

    [Fact]
    public void LearningRateAt_BadArguments_AreRefusedRatherThanGivingNaNOrInfinity()
    {
        var options = new TrainingOptions { LearningRateDecay = 1 };
        Refused(() => options.LearningRateAt(0.1, -1), "epoch");
        Refused(() => options.LearningRateAt(double.NaN, 1), "learningRate");
        Refused(() => options.LearningRateAt(-0.1, 1), "learningRate");
        Assert.Equal(0.05, options.LearningRateAt(0.1, 1));
        Assert.Equal(0.1 / (1 + (double)int.MaxValue), options.LearningRateAt(0.1, int.MaxValue));
    }

    [Fact]
    public void Settings_AnyNumberAtAll_IsEitherAcceptedOrRefusedWithAnArgumentException()
    {
        var special = Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity),
            Gen.Const(double.MaxValue), Gen.Const(double.Epsilon), Gen.Const(0.0), Gen.Const(-0.0), Gen.Const(1.0), Gen.Const(1 - 1e-16));
        var number = Gen.Frequency((2, (IGen<double>)Gen.Double), (1, special), (2, Gen.Double[0, 1]));
        var integer = Gen.Frequency((2, (IGen<int>)Gen.Int), (3, Gen.Int[-3, 12]), (1, Gen.OneOf(Gen.Const(int.MaxValue), Gen.Const(TrainingOptions.MaxEpochs), Gen.Const(TrainingOptions.MaxEpochs + 1))));
        Gen.Select(Gen.Int[0, 4], number, number, number, integer).Sample((kind, a, b, c, n) =>
        {
            try
            {
                object built = kind switch
                {
                    0 => new Adam(a, b, c, a),
                    1 => new Momentum(a, b),
                    2 => new TrainingOptions { Epochs = n, BatchSize = n, LearningRateDecay = a },
                    3 => new TrainingOptions { SnapshotsAt = [n, 0] },
                    _ => new L2Penalty<Neuron>(new NeuronObjective(Tiny), a),
                };
                return built is not null;
            }
            catch (ArgumentException error)
            {
                return error.Message.Contains(':', StringComparison.Ordinal) && error.ParamName is not null;
            }
        }, iter: 3_000);
    }

    [Fact]
    public void Train_AnyObjectiveOptimizerAndOptions_ReturnsAnHonestResultOrSaysWhyNot()
    {
        var magnitude = Gen.Frequency((4, (IGen<double>)Gen.Double[-10, 10]), (1, Gen.OneOf(Gen.Const(1e200), Gen.Const(-1e155), Gen.Const(1e-300), Gen.Const(0.0))));
        var rate = Gen.Frequency((4, (IGen<double>)Gen.Double[1e-4, 1]), (1, Gen.OneOf(Gen.Const(1e300), Gen.Const(1e-300), Gen.Const(double.Epsilon), Gen.Const(10.0))));
        var batch = Gen.Frequency((3, (IGen<int>)Gen.Int[0, 6]), (1, Gen.Const(int.MaxValue)));
        var decay = Gen.OneOf(Gen.Const(0.0), Gen.Const(0.5), Gen.Const(1e300), Gen.Const(double.MaxValue));
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], magnitude.Array[1, 5], rate, Gen.Int[0, 12], batch, decay, Gen.Int[-1, 15].Array[0, 3])
            .Select(Gen.Int[0, 2], (settings, validationKind) => (settings, validationKind))
            .Sample(sample =>
            {
                var ((kind, optimizerKind, x, alpha, epochs, batchSize, rateDecay, at), validationKind) = sample;
                var data = new DataSet(x, [.. x.Select(value => value > 0 ? 1.0 : 0.0)]);
                bool withValidation = validationKind > 0;
                var held = validationKind == 1 ? Tiny : data;
                try
                {
                    Optimizer optimizer = optimizerKind switch
                    {
                        0 => new GradientDescent(alpha),
                        1 => new Momentum(alpha),
                        _ => new Adam(alpha),
                    };
                    var options = new TrainingOptions { Epochs = epochs, BatchSize = batchSize, LearningRateDecay = rateDecay, SnapshotsAt = [.. at] };
                    if (kind == 3)
                    {
                        var network = Network.Random([1, 2, 1], Activation.Tanh);
                        return Honest(Trainer.Train(new NetworkObjective(network, Examples.From(data)), network, optimizer, options,
                            withValidation ? new NetworkObjective(network, Examples.From(held)) : null), epochs, withValidation, result => result.Model.Parameters().All(double.IsFinite));
                    }

                    IObjective<Neuron> objective = kind switch
                    {
                        0 => new NeuronObjective(data),
                        1 => new LogisticObjective(data),
                        2 => new TensorObjective(data),
                        _ => new L2Penalty<Neuron>(new NeuronObjective(data), 0.5),
                    };
                    return Honest(Trainer.Train(objective, new Neuron(0.5, -0.5), optimizer, options, withValidation ? new NeuronObjective(held) : null),
                        epochs, withValidation, result => result.Model.IsFinite);
                }
                catch (TrainingDivergedException error)
                {
                    return error.Epoch >= 0 && error.Epoch <= epochs && error.CostHistory.Length == error.Epoch
                        && error.CostHistory.All(double.IsFinite) && error.Message.Contains("learning rate", StringComparison.Ordinal) == (error.Epoch > 0);
                }
                catch (ArgumentException error)
                {
                    return error.ParamName is not null && error.Message.Contains(':', StringComparison.Ordinal);
                }
            }, iter: 1_500);
    }

    private static bool Honest<TModel>(TrainingResult<TModel> result, int epochs, bool withValidation, Func<TrainingResult<TModel>, bool> finiteModel) =>
        result.Epochs == epochs
        && result.CostHistory.All(double.IsFinite)
        && finiteModel(result)
        && result.Snapshots[0].Epoch == 0 && result.Snapshots[^1].Epoch == epochs
        && result.Snapshots.Select(snapshot => snapshot.Epoch).SequenceEqual(result.Snapshots.Select(snapshot => snapshot.Epoch).Order().Distinct())
        && result.Steps >= epochs
        && (withValidation
            ? result.ValidationHistory.Length == epochs + 1 && result.ValidationHistory.All(double.IsFinite) && result.BestValidation!.Value.Cost == result.ValidationHistory.Min()
            : result.ValidationHistory.IsEmpty && result.BestValidation is null);

    // ---- spans of the wrong length, indices out of range ----------------------------------------------------

    [Fact]
    public void Objectives_SpansOfTheWrongLength_AreRefusedNotIndexedOutOfRange()
    {
        foreach (var objective in Objectives())
        {
            foreach (int length in new[] { 0, 1, objective.Count - 1, objective.Count + 1 }.Distinct().Where(length => length != objective.Count))
            {
                Refused(() => objective.Cost(new double[length]), "parameters");
                Refused(() => objective.Model(new double[length]), "parameters");
                Refused(() => objective.GetParameters(new double[length]), "parameters");
                Refused(() => objective.CostAndGradient(new double[length], -1, new double[objective.Count]), "parameters");
                Refused(() => objective.CostAndGradient(new double[objective.Count], -1, new double[length]), "gradient");
                Refused(() => objective.CostAndGradient(new double[objective.Count], 0, new double[length]), "gradient");
            }
        }
    }

    [Fact]
    public void L2Penalty_OfParametersOfTheWrongLength_IsRefused()
    {
        var penalised = new L2Penalty<Neuron>(new NeuronObjective(Tiny), 0.1);
        Refused(() => penalised.Penalty([1, 2, 3]), "parameters");
        Refused(() => penalised.Penalty([]), "parameters");
        Assert.Equal(0.1 / 2 * 5, penalised.Penalty([1, 2]), 1e-15);
    }

    [Fact]
    public void Objectives_BatchIndicesAndParameterIndicesOutOfRange_AreRefused()
    {
        foreach (var objective in Objectives())
        {
            foreach (int index in new[] { -2, objective.Examples, int.MaxValue, int.MinValue })
            {
                Refused(() => objective.CostAndGradient(new double[objective.Count], index, new double[objective.Count]), "batch");
            }

            foreach (int index in new[] { -1, objective.Count, int.MaxValue })
            {
                Refused(() => objective.ParameterName(index), "index");
            }
        }
    }

    [Fact]
    public void Objectives_AnyLengthsAndIndices_GiveAFiniteCostOrAnArgumentException()
    {
        var objectives = Objectives().ToArray();
        Gen.Select(Gen.Int[0, objectives.Length - 1], Gen.Int[0, 15], Gen.Int[0, 15], Gen.Int[-6, 6], Gen.Double[-3, 3]).Sample((which, parameterLength, gradientLength, index, value) =>
        {
            var objective = objectives[which];
            var parameters = Enumerable.Repeat(value, parameterLength).ToArray();
            try
            {
                double cost = objective.CostAndGradient(parameters, index < 0 ? -1 : index, new double[gradientLength]);
                return parameterLength == objective.Count && gradientLength == objective.Count && index < objective.Examples && double.IsFinite(cost);
            }
            catch (ArgumentException)
            {
                return parameterLength != objective.Count || gradientLength != objective.Count || index >= objective.Examples;
            }
        }, iter: 2_000);
    }

    [Fact]
    public void OptimizerRuns_SpansOfTheWrongLengthAndBadStepSizes_AreRefused()
    {
        foreach (Optimizer optimizer in new Optimizer[] { new GradientDescent(0.1), new Momentum(0.1), new Adam(0.1) })
        {
            Refused(() => optimizer.Start(-1), "parameterCount");
            var run = optimizer.Start(2);
            Refused(() => run.Update(new double[3], new double[3], 0.1));
            Refused(() => run.Update(new double[2], new double[1], 0.1));
            Refused(() => run.Update(new double[1], new double[2], 0.1));
            Refused(() => run.Update(new double[2], new double[2], double.NaN), "learningRate");
            Refused(() => run.Update(new double[2], new double[2], -0.1), "learningRate");
            Refused(() => run.Update(new double[2], new double[2], double.PositiveInfinity), "learningRate");
            double[] theta = [1, 1];
            run.Update(theta, [1, 1], 0.1);
            Assert.True(theta[0] < 1);
        }
    }

    // ---- objectives that do not match ----------------------------------------------------------------------

    [Fact]
    public void Validation_NetworkOfAnotherShapeWithAsManyParameters_IsRefused()
    {
        // [2, 3, 1] and [1, 4, 1] both have 13 parameters; only the shapes differ.
        var network = Network.Random([1, 4, 1], Activation.Tanh);
        var other = Network.Random([2, 3, 1], Activation.Tanh);
        Assert.Equal(network.ParameterCount, other.ParameterCount);
        var twoInputs = Examples.Xor;

        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NetworkObjective(network, Examples.From(Tiny)), network,
            new GradientDescent(0.01), new TrainingOptions { Epochs = 2 }, new NetworkObjective(other, twoInputs)));
        Assert.Equal("validation", error.ParamName);

        // Same shape, other activation: also another model.
        var sigmoid = Network.Random([1, 4, 1], Activation.Sigmoid);
        Refused(() => Trainer.Train(new NetworkObjective(network, Examples.From(Tiny)), network, new GradientDescent(0.01),
            new TrainingOptions { Epochs = 2 }, new NetworkObjective(sigmoid, Examples.From(Data.Test))), "validation");
    }

    [Fact]
    public void Start_NetworkOfAnotherShape_IsRefused()
    {
        var objective = new NetworkObjective(Network.Random([1, 4, 1], Activation.Tanh), Examples.From(Tiny));
        Refused(() => Trainer.Train(objective, Network.Random([1, 3, 1], Activation.Tanh), new GradientDescent(0.01)), "model");
        Refused(() => GradientCheck.Compare(objective, Network.Random([1, 2, 2, 1], Activation.Tanh)), "model");
    }

    [Fact]
    public void Validation_WhoseCostOfTheStartOverflows_IsRefusedNotChosenAsBest()
    {
        var huge = new DataSet([1e200, -1e200], [0, 0]);
        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NeuronObjective(Tiny), new Neuron(1, 1), new GradientDescent(0.01),
            new TrainingOptions { Epochs = 3 }, new NeuronObjective(huge)));
        Assert.Equal("validation", error.ParamName);
        Assert.Contains("Infinity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_WhoseCostOverflowsLater_IsADivergence()
    {
        // The training cost stays 1 while θ runs away to 1e300; the validation cost overflows once θ passes 1e200.
        var objective = new ScriptedObjective(epochCost: _ => 1, gradient: _ => -1e300);
        var validation = new ScriptedObjective(epochCost: theta => theta[0] > 1e200 ? double.PositiveInfinity : 1, gradient: _ => 0);
        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(objective, 0.0, new GradientDescent(1), new TrainingOptions { Epochs = 5 }, validation));
        Assert.Equal(1, error.Epoch);
        Assert.True(error.CostHistory.SequenceEqual([1.0]));
    }

    // ---- hostile objectives and optimizers -----------------------------------------------------------------

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(1, -1)]
    public void Objective_WithImpossibleCounts_IsRefused(int parameterCount, int exampleCount)
    {
        var objective = new ScriptedObjective(_ => 1, _ => 0) { Parameters = parameterCount, Count = exampleCount };
        Refused(() => Trainer.Train(objective, 0.0, new GradientDescent(0.1), new TrainingOptions { Epochs = 1 }), "objective");
        Refused(() => Trainer.Train(objective, 0.0, new GradientDescent(0.1), new TrainingOptions { Epochs = 1, BatchSize = 2 }), "objective");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Objective_WhoseCostIsNotFinite_IsADivergenceAtItsEpoch(double bad)
    {
        var atStart = new ScriptedObjective(_ => bad, _ => 0);
        Assert.Equal(0, Assert.Throws<TrainingDivergedException>(() => Trainer.Train(atStart, 1.0, new Adam(0.1), new TrainingOptions { Epochs = 3 })).Epoch);

        var later = new ScriptedObjective(theta => theta[0] < 0.85 ? bad : theta[0], _ => 1);
        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(later, 1.0, new GradientDescent(0.1), new TrainingOptions { Epochs = 5 }));
        Assert.Equal(2, error.Epoch);
        Assert.Equal(2, error.CostHistory.Length);
        Assert.Contains("smaller learning rate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Objective_WhoseGradientIsNaN_IsADivergenceNotAResult(int batchSize)
    {
        var objective = new ScriptedObjective(_ => 1, _ => double.NaN) { Count = 3 };
        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(objective, 1.0, new Momentum(0.1), new TrainingOptions { Epochs = 4, BatchSize = batchSize }));
        Assert.Equal(1, error.Epoch);
    }

    [Fact]
    public void Objective_ThatThrows_PassesItsOwnExceptionThrough()
    {
        var objective = new ScriptedObjective(_ => throw new InvalidOperationException("mine"), _ => 0);
        Assert.Equal("mine", Assert.Throws<InvalidOperationException>(() => Trainer.Train(objective, 1.0, new GradientDescent(0.1))).Message);
    }

    [Fact]
    public void Optimizer_WhoseStartReturnsNull_IsRefusedNotANullReference()
    {
        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new NullStart(), new TrainingOptions { Epochs = 2 }));
        Assert.Equal("optimizer", error.ParamName);
        Assert.Contains("NullStart.Start returned null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adam_ExtremeBetas_StayFiniteOrDivergeLoudly()
    {
        var betas = Gen.OneOf(Gen.Const(0.0), Gen.Const(1 - 1e-16), Gen.Const(0.5), Gen.Const(double.Epsilon), Gen.Double[0, 0.9999999]);
        Gen.Select(betas, betas, Gen.Double[1e-6, 10], Gen.OneOf(Gen.Const(1e-300), Gen.Const(1e-8), Gen.Const(1.0))).Sample((beta1, beta2, alpha, epsilon) =>
        {
            try
            {
                var result = Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new Adam(alpha, beta1, beta2, epsilon), new TrainingOptions { Epochs = 50 });
                return result.CostHistory.All(double.IsFinite) && result.Model.IsFinite;
            }
            catch (TrainingDivergedException error)
            {
                return error.Epoch > 0;
            }
        }, iter: 300);
    }

    [Fact]
    public void Adam_GradientWhoseSquareOverflows_IsADivergenceNotAStall()
    {
        // The cost (about 5e199) is finite, but the slope (about 1e160) squared is not: Adam's v becomes ∞ and, unchecked, every later step is 0.
        var data = new DataSet([1e60], [0]);
        var error = Assert.Throws<TrainingDivergedException>(() => Trainer.Train(new NeuronObjective(data), new Neuron(1e40, 0), new Adam(0.1), new TrainingOptions { Epochs = 10 }));
        Assert.Equal(1, error.Epoch);
        Assert.Contains("scale the inputs", error.Message, StringComparison.Ordinal);
    }

    // ---- progress and cancellation -------------------------------------------------------------------------

    [Fact]
    public void Progress_ThatThrows_StopsTrainingWithItsOwnException()
    {
        var progress = new Throwing();
        Assert.Throws<InvalidOperationException>(() => Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new GradientDescent(0.01), new TrainingOptions { Epochs = 3 }, progress: progress));
    }

    [Fact]
    public void Cancellation_MidRun_StopsAtTheNextCheck()
    {
        using var source = new CancellationTokenSource();
        int reports = 0;
        var progress = new Recording(report =>
        {
            reports++;
            if (report.Epoch >= TrainingOptions.ProgressInterval)
            {
                source.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => Trainer.Train(new NeuronObjective(Tiny), new Neuron(0, 0), new Adam(0.001),
            new TrainingOptions { Epochs = 10 * TrainingOptions.ProgressInterval, BatchSize = 1 }, progress: progress, cancellationToken: source.Token));
        Assert.Equal(2, reports);
    }

    // ---- wrappers ------------------------------------------------------------------------------------------

    [Fact]
    public void Wrappers_BadNumbers_AreArgumentExceptions()
    {
        var examples = Examples.From(Tiny);
        var network = Network.Random([1, 2, 1], Activation.Tanh);
        foreach (double alpha in new[] { 0, -1, double.NaN, double.PositiveInfinity })
        {
            Refused(() => Training.TrainModel(Neuron.OriginalStart, Tiny, 1, alpha));
            Refused(() => Logistic.TrainModel(Neuron.OriginalStart, Labels, 1, alpha));
            Refused(() => Trainer.Train(new TensorObjective(Tiny), Neuron.OriginalStart, new GradientDescent(alpha), new TrainingOptions { Epochs = 1 }));
            Refused(() => Backpropagation.TrainModel(network, examples, 1, alpha));
        }

        foreach (int epochs in new[] { -1, int.MinValue, TrainingOptions.MaxEpochs + 1, int.MaxValue })
        {
            Refused(() => Training.TrainModel(Neuron.OriginalStart, Tiny, epochs));
            Refused(() => Logistic.TrainModel(Neuron.OriginalStart, Labels, epochs, 0.1));
            Refused(() => Trainer.Train(new TensorObjective(Tiny), Neuron.OriginalStart, new GradientDescent(), new TrainingOptions { Epochs = epochs }));
            Refused(() => Backpropagation.TrainModel(network, examples, epochs, 0.1));
        }

        foreach (double step in new[] { 0, -1e-5, double.NaN, double.PositiveInfinity, double.MaxValue })
        {
            Refused(() => Backpropagation.FiniteDifferences(network, examples, step), "step");
        }

        Refused(() => Training.TrainModel(new Neuron(double.NaN, 0), Tiny, 1), "model");
        Refused(() => Trainer.Train(new TensorObjective(Tiny), new Neuron(0, double.PositiveInfinity), new GradientDescent()), "model");
    }

    [Fact]
    public void GradientCheck_StepWhoseDoubleOverflows_IsRefusedNotMeasuredAsZero()
    {
        // The cost stays finite at w = ±1e308 (|z| ≤ 0.5e308), but 2·step = ∞ would make every slope a silent 0.
        var objective = new LogisticObjective(new DataSet([-0.5, 0.5], [0, 1]));
        Refused(() => GradientCheck.CentralDifferences(objective, new Neuron(0, 0), 1e308), "step");
        Assert.All(GradientCheck.CentralDifferences(objective, new Neuron(0, 0), 1e300), slope => Assert.True(double.IsFinite(slope)));
    }

    [Fact]
    public void GradientCheck_OfAnObjectiveWithImpossibleCounts_IsRefused()
    {
        Refused(() => GradientCheck.CentralDifferences(new ScriptedObjective(_ => 1, _ => 0) { Parameters = -1 }, 0.0), "objective");
        Refused(() => GradientCheck.Compare(new ScriptedObjective(_ => 1, _ => 0) { Parameters = -5 }, 0.0), "objective");
    }

    [Fact]
    public void Layer_Forward_SpansOfTheWrongLength_AreRefused()
    {
        var layer = Network.Random([2, 3], Activation.Identity).Layers[0];
        Refused(() => layer.Forward(new double[1], new double[3], new double[3]), "input");
        Refused(() => layer.Forward(new double[3], new double[3], new double[3]), "input");
        Refused(() => layer.Forward(new double[2], new double[2], new double[3]), "z");
        Refused(() => layer.Forward(new double[2], new double[3], new double[2]), "output");
        Refused(() => layer.Forward(new double[2], [], new double[4]), "output");
        var output = new double[3];
        layer.Forward([1, 2], [], output);
        Assert.All(output, value => Assert.True(double.IsFinite(value)));
    }

    /// <summary>A one-parameter objective whose cost and slope are whatever the test says.</summary>
    private sealed class ScriptedObjective(Func<double[], double> epochCost, Func<double[], double> gradient) : IObjective<double>
    {
        public int Parameters { get; init; } = 1;

        public int Count { get; init; } = 1;

        public int ParameterCount => Parameters;

        public int ExampleCount => Count;

        public string ParameterName(int index) => "θ";

        public void GetParameters(double model, Span<double> parameters) => parameters.Fill(model);

        public double Model(ReadOnlySpan<double> parameters) => parameters[0];

        public double Cost(ReadOnlySpan<double> parameters) => epochCost(parameters.ToArray());

        public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> slope)
        {
            slope.Fill(gradient(parameters.ToArray()));
            return Cost(parameters);
        }
    }

    private sealed record NullStart() : Optimizer(0.1)
    {
        public override OptimizerRun Start(int parameterCount) => null!;
    }

    private sealed class Throwing : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => throw new InvalidOperationException("the chart is closed");
    }

    private sealed class Recording(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
