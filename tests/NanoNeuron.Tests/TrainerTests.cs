using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Tests;

/// <summary>The one training loop, its optimizers and its options, held to references.</summary>
public class TrainerTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void Train_GradientDescentFromUnseenStarts_MatchesTheOriginalArithmeticBitForBit()
    {
        // Starts, rates and epoch counts the other parity tests never use, drawn afresh by CsCheck.
        Gen.Select(Gen.Double[-50, 50], Gen.Double[-200, 200], Gen.Double[1e-6, 5e-4], Gen.Int[0, 300])
            .Sample((w, b, alpha, epochs) =>
            {
                var ours = Trainer.Train(new NeuronObjective(Data.Train), new Neuron(w, b), new GradientDescent(alpha), new TrainingOptions { Epochs = epochs });
                var original = OriginalProgram.Train(w, b, [.. Data.Train.X], [.. Data.Train.Y], epochs, alpha);
                return BitConverter.DoubleToInt64Bits(ours.Model.Weight) == BitConverter.DoubleToInt64Bits(original.W)
                    && BitConverter.DoubleToInt64Bits(ours.Model.Bias) == BitConverter.DoubleToInt64Bits(original.B)
                    && ours.CostHistory[..epochs].SequenceEqual(original.CostHistory);
            }, iter: 200);
    }

    [Fact]
    public void Train_EveryTrainerOfANeuron_GivesTheSameResultAsTrainModel()
    {
        var taught = Training.TrainModel(Neuron.OriginalStart, Data.Train, 2_000, 0.0005);
        var looped = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 2_000 });
        var tensor = Trainer.Train(new TensorObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 2_000 });

        Assert.Equal(taught.Model, looped.Model);
        Assert.True(taught.CostHistory.SequenceEqual(looped.CostHistory));
        Assert.Equal(taught.Model.Weight, tensor.Model.Weight, 1e-9);
        Assert.Equal(taught.Model.Bias, tensor.Model.Bias, 1e-9);
        Assert.Equal(2_000, looped.Steps);
    }

    [Fact]
    public void Momentum_TwoSteps_FollowTheFormulaWrittenOut()
    {
        var data = new DataSet([1, 2], [3, 5]);
        var objective = new NeuronObjective(data);
        var result = Trainer.Train(objective, new Neuron(0, 0), new Momentum(0.1, beta: 0.5), new TrainingOptions { Epochs = 2 });

        // By hand: v ← β·v + g, θ ← θ − α·v, with g from the formula (errors ŷ − y).
        double[] theta = [0, 0];
        double[] velocity = [0, 0];
        for (int step = 0; step < 2; step++)
        {
            double e1 = theta[0] * 1 + theta[1] - 3;
            double e2 = theta[0] * 2 + theta[1] - 5;
            double[] g = [(e1 * 1 + e2 * 2) / 2, (e1 + e2) / 2];
            for (int p = 0; p < 2; p++)
            {
                velocity[p] = 0.5 * velocity[p] + g[p];
                theta[p] -= 0.1 * velocity[p];
            }
        }

        Assert.Equal(theta[0], result.Model.Weight, 1e-15);
        Assert.Equal(theta[1], result.Model.Bias, 1e-15);
    }

    [Fact]
    public void Momentum_WithBetaZero_IsGradientDescentBitForBit()
    {
        var plain = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 500 });
        var momentum = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Momentum(0.0005, beta: 0), new TrainingOptions { Epochs = 500 });

        Assert.True(plain.CostHistory.SequenceEqual(momentum.CostHistory));
    }

    [Fact]
    public void Adam_FirstStep_MovesEachParameterByAboutTheLearningRate()
    {
        var result = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Adam(0.01), new TrainingOptions { Epochs = 1 });

        // m̂ = g and v̂ = g² after one step, so the step is α·g/(|g| + ε): α against the slope's sign.
        Assert.Equal(Neuron.OriginalStart.Weight + 0.01, result.Model.Weight, 1e-9);
        Assert.Equal(Neuron.OriginalStart.Bias + 0.01, result.Model.Bias, 1e-9);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(32, 4)]
    [InlineData(100, 1)]
    [InlineData(1_000, 1)]
    public void Train_WithBatches_TakesOneStepPerBatchIncludingTheLastSmallerOne(int batchSize, int stepsPerEpoch)
    {
        var result = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0001), new TrainingOptions { Epochs = 3, BatchSize = batchSize });

        Assert.Equal(3L * stepsPerEpoch, result.Steps);
        Assert.Equal(4, result.CostHistory.Length);
        Assert.Equal(Propagation.ForwardPropagation(result.Model, Data.Train).Cost, result.CostAfter, 1e-12);
    }

    [Fact]
    public void Train_WithBatches_RepeatsExactlyForOneSeedAndDiffersForAnother()
    {
        TrainingResult<Neuron> Run(int seed) => Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0001),
            new TrainingOptions { Epochs = 20, BatchSize = 10, ShuffleSeed = seed });

        Assert.True(Run(7).CostHistory.SequenceEqual(Run(7).CostHistory));
        Assert.NotEqual(Run(7).Model, Run(8).Model);
    }

    [Fact]
    public void Train_WithABatchAsLargeAsTheData_IsFullBatchGradientDescent()
    {
        var full = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 100 });
        var whole = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 100, BatchSize = 100 });

        Assert.True(full.CostHistory.SequenceEqual(whole.CostHistory));
    }

    [Fact]
    public void LearningRateDecay_ShrinksTheStepAsOneOverOnePlusDecayTimesEpoch()
    {
        var options = new TrainingOptions { LearningRateDecay = 0.5 };

        Assert.Equal(0.1, options.LearningRateAt(0.1, 0));
        Assert.Equal(0.05, options.LearningRateAt(0.1, 2), 1e-15);
        Assert.Equal(0.1, TrainingOptions.Default.LearningRateAt(0.1, 1_000_000));
    }

    [Fact]
    public void Train_WithValidation_RecordsItsCostAndKeepsTheBestEpoch()
    {
        var result = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005),
            new TrainingOptions { Epochs = 50 }, validation: new NeuronObjective(Data.Test));

        Assert.Equal(51, result.ValidationHistory.Length);
        var best = Assert.NotNull(result.BestValidation);
        Assert.Equal(result.ValidationHistory.Min(), best.Cost);
        Assert.Equal(result.ValidationHistory.IndexOf(best.Cost), best.Epoch);
        Assert.Equal(best.Cost, Propagation.ForwardPropagation(best.Model, Data.Test).Cost, 1e-9);
    }

    [Fact]
    public void Train_WithoutValidation_HasNoValidationHistory()
    {
        var result = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), new TrainingOptions { Epochs = 5 });

        Assert.Empty(result.ValidationHistory);
        Assert.Null(result.BestValidation);
    }

    [Fact]
    public void EveryTrainer_TooLargeALearningRate_SignalsDivergenceTheSameWay()
    {
        var curve = Humidity.SaturationCurve();
        var labelled = new DataSet([-50, -10, 10, 50], [0, 0, 1, 1]);
        Action[] trainers =
        [
            () => Training.TrainModel(Neuron.OriginalStart, Data.Train, 1_000, 0.01),
            () => Trainer.Train(new TensorObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.01), new TrainingOptions { Epochs = 1_000 }),
            () => Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Momentum(0.01), new TrainingOptions { Epochs = 1_000 }),
            () => Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.01), new TrainingOptions { Epochs = 1_000, BatchSize = 1 }),
            () => Logistic.TrainModel(new Neuron(0, 0), labelled, 50, 1e307),
            () => Backpropagation.TrainModel(Network.Random([1, 8, 1], Activation.ReLU), Examples.From(curve), 1000, 10),
        ];

        for (int i = 0; i < trainers.Length; i++)
        {
            var error = Record.Exception(trainers[i]) as TrainingDivergedException ?? throw new Xunit.Sdk.XunitException($"trainer {i} did not signal divergence");
            Assert.Contains("learning rate", error.Message, StringComparison.Ordinal);
            Assert.Equal(error.Epoch, error.CostHistory.Length);

            // The one neuron's and the logistic neuron's own trainers know the limit of plain full-batch gradient
            // descent, and refuse before the first epoch; the engine sees the others diverge as they go.
            bool knownInAdvance = i is 0 or 4;
            Assert.Equal(knownInAdvance, error.Reason == DivergenceReason.AboveLimit);
            Assert.Equal(knownInAdvance, error.Epoch == 0);
        }
    }

    [Fact]
    public void Divergence_TheEngineNamesNoLimit_TheNeuronsTrainerNamesItBeforeTheFirstEpoch()
    {
        Divergence Diverge(Optimizer optimizer, int batchSize) => Trainer.TryTrain(new NeuronObjective(Data.Train), Neuron.OriginalStart, optimizer,
            new TrainingOptions { Epochs = 1_000, BatchSize = batchSize }).Divergence ?? throw new Xunit.Sdk.XunitException("no divergence");

        Assert.True(double.IsNaN(Diverge(new GradientDescent(0.01), 0).LargestStableLearningRate));
        Assert.True(double.IsNaN(Diverge(new GradientDescent(0.01), 1).LargestStableLearningRate));
        Assert.True(double.IsNaN(Diverge(new Momentum(0.01), 0).LargestStableLearningRate));
        Assert.DoesNotContain("λmax", Diverge(new GradientDescent(0.01), 1).Message, StringComparison.Ordinal);

        var known = Training.TryTrainModel(Neuron.OriginalStart, Data.Train, new TrainingOptions { Epochs = 1_000 }, 0.01).Divergence!;
        Assert.Equal((0, DivergenceReason.AboveLimit), (known.Epoch, known.Reason));
        Assert.Equal(Stability.LargestStableLearningRate(Data.Train), known.LargestStableLearningRate);
        Assert.Contains("2/λmax ≈ 0.00060897", known.Message, StringComparison.Ordinal);

        // With mini-batches the limit of full batches says nothing: the engine's rule decides.
        var batches = Training.TryTrainModel(Neuron.OriginalStart, Data.Train, new TrainingOptions { Epochs = 1_000, BatchSize = 1 }, 0.01).Divergence!;
        Assert.True(batches.Epoch > 0);
        Assert.True(double.IsNaN(batches.LargestStableLearningRate));
    }

    [Fact]
    public void TryTrain_ADivergingRun_ReturnsTheDivergenceThatTrainThrows()
    {
        var options = new TrainingOptions { Epochs = 2_000 };
        var thrown = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0007), options));

        var outcome = Trainer.TryTrain(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0007), options);

        Assert.True(outcome.HasDiverged);
        Assert.Null(outcome.Result);
        Assert.Equal(thrown.Divergence.Epoch, outcome.Divergence!.Epoch);
        Assert.True(thrown.CostHistory.SequenceEqual(outcome.CostHistory));
        Assert.Equal(thrown.Message, outcome.Match(_ => "completed", divergence => divergence.Message));
    }

    [Fact]
    public void TryTrain_AConvergingRun_ReturnsTheResultThatTrainReturns()
    {
        var options = new TrainingOptions { Epochs = 2_000 };
        var trained = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), options);

        var outcome = Trainer.TryTrain(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(0.0005), options);

        Assert.False(outcome.HasDiverged);
        Assert.Null(outcome.Divergence);
        Assert.Equal(trained.Model, outcome.Result!.Model);
        Assert.True(trained.CostHistory.SequenceEqual(outcome.CostHistory));
    }

    [Fact]
    public void Divergence_Construction_RefusesWhatNoRunCouldRecord()
    {
        // Any epoch, rate, limit and history length: accepted exactly when each could come from a real run.
        Gen.Select(Gen.Int[-5, 20], Gen.OneOf<double>(0.0005, 0.0, -1.0, double.NaN, double.PositiveInfinity), Gen.OneOf<double>(double.NaN, 0.000609, -1.0, double.PositiveInfinity), Gen.Int[0, 20])
            .Sample((epoch, rate, limit, length) =>
            {
                bool valid = epoch >= 0 && rate > 0 && double.IsFinite(rate) && (double.IsNaN(limit) || (limit >= 0 && double.IsFinite(limit))) && length == epoch;
                var error = Record.Exception(() => { _ = new Divergence(epoch, rate, limit, [.. Enumerable.Repeat(1.0, length)]); });
                return valid ? error is null : error is ArgumentException { Message.Length: > 20 };
            });
    }

    [Fact]
    public void Train_CancelledToken_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Adam(0.01),
            new TrainingOptions { Epochs = 10 }, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void EveryTrainer_CancelledToken_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var token = cancelled.Token;
        Action[] trainers =
        [
            () => Training.TrainModel(Neuron.OriginalStart, Data.Train, 10, cancellationToken: token),
            () => Trainer.Train(new LogisticObjective(HotOrNot.Survey(10)), new Neuron(0, 0), new GradientDescent(0.1), cancellationToken: token),
            () => Backpropagation.TrainModel(Network.Random([2, 1], Activation.Identity), Examples.Xor, 10, 0.1, cancellationToken: token),
        ];

        Assert.All(trainers, train => Assert.Throws<OperationCanceledException>(train));
    }

    [Fact]
    public void Train_Progress_IsReportedEveryIntervalAndAfterTheLastEpoch()
    {
        var reports = new List<TrainingProgress>();
        Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new Momentum(0.0001), new TrainingOptions { Epochs = 2_500 },
            progress: new Synchronous(reports.Add));

        Assert.Equal([0, 1024, 2048, 2500], reports.Select(report => report.Epoch));
    }

    [Fact]
    public void GradientCheck_EveryObjective_AgreesWithCentralDifferences()
    {
        var network = Network.Random([2, 3, 1], Activation.Tanh);
        var xor = Examples.Xor;
        var survey = HotOrNot.Survey(40);
        var thermometer = Standardized(Thermometer.Readings(30));
        var start = new Neuron(0.3, -0.2);

        Assert.All(GradientCheck.Compare(new NeuronObjective(thermometer), start), row => Assert.True(row.RelativeError < 1e-7, row.ToString()));
        Assert.All(GradientCheck.Compare(new TensorObjective(thermometer), start), row => Assert.True(row.RelativeError < 1e-7, row.ToString()));
        Assert.All(GradientCheck.Compare(new LogisticObjective(survey), new Neuron(0.1, -2)), row => Assert.True(row.RelativeError < 1e-7, row.ToString()));
        Assert.All(GradientCheck.Compare(new NetworkObjective(network, xor), network), row => Assert.True(row.RelativeError < 1e-7, row.ToString()));
    }

    [Fact]
    public void CostAndGradient_OfABatch_IsTheAverageOverThoseExamplesOnly()
    {
        var objective = new NeuronObjective(Data.Train);
        var single = new NeuronObjective(new DataSet([Data.Train.X[3], Data.Train.X[40]], [Data.Train.Y[3], Data.Train.Y[40]]));
        double[] theta = [1.2, 5];
        var batchGradient = new double[2];
        var wholeGradient = new double[2];

        double batchCost = objective.CostAndGradient(theta, [3, 40], batchGradient);
        double wholeCost = single.CostAndGradient(theta, [], wholeGradient);

        Assert.Equal(wholeCost, batchCost, 1e-12);
        Assert.Equal(wholeGradient, batchGradient);
    }

    [Fact]
    public void BadSettings_AreRefusedWithTheNameOfTheSettingAndAFix()
    {
        (Action Build, string Name)[] cases =
        [
            (() => _ = new TrainingOptions { Epochs = -1 }, "Epochs"),
            (() => _ = new TrainingOptions { BatchSize = -3 }, "BatchSize"),
            (() => _ = new TrainingOptions { LearningRateDecay = double.NaN }, "LearningRateDecay"),
            (() => _ = new TrainingOptions { LearningRateDecay = -0.1 }, "LearningRateDecay"),
            (() => _ = new TrainingOptions { SnapshotsAt = [3, -1] }, "SnapshotsAt"),
            (() => _ = new GradientDescent(0), "learningRate"),
            (() => _ = new Momentum(0.1, beta: 1), "Beta"),
            (() => _ = new Momentum(0.1) with { Beta = double.NaN }, "Beta"),
            (() => _ = new Adam(0.1, beta2: -0.5), "Beta2"),
            (() => _ = new Adam(0.1, epsilon: 0), "Epsilon"),
            (() => _ = new Adam(double.PositiveInfinity), "learningRate"),
        ];

        foreach (var (build, name) in cases)
        {
            var error = Assert.Throws<ArgumentException>(build);
            Assert.Equal(name, error.ParamName);
            Assert.Contains(":", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Optimizers_AnyBadSetting_IsRefusedAndAnyGoodOneAccepted()
    {
        Gen.Select(Gen.Double, Gen.Double).Sample((alpha, beta) =>
        {
            bool good = alpha > 0 && double.IsFinite(alpha) && beta is >= 0 and < 1;
            try
            {
                _ = new Momentum(alpha, beta);
                return good;
            }
            catch (ArgumentException error)
            {
                return !good && error.Message.Contains("must", StringComparison.Ordinal);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Train_ValidationOfAnotherShape_IsRefused()
    {
        var network = Network.Random([1, 2, 1], Activation.Tanh);
        var validation = new NetworkObjective(Network.Random([1, 3, 1], Activation.Tanh), Examples.From(Data.Test));

        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NetworkObjective(network, Examples.From(Data.Train)), network,
            new GradientDescent(0.001), new TrainingOptions { Epochs = 1 }, validation));
        Assert.Equal("validation", error.ParamName);
    }

    [Fact]
    public void NetworkObjective_ANetworkOfAnotherShape_IsRefused()
    {
        var objective = new NetworkObjective(Network.Random([1, 2, 1], Activation.Tanh), Examples.From(Data.Train));

        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(objective, Network.Random([1, 4, 1], Activation.Tanh), new GradientDescent(0.001)));
        Assert.Contains("new NetworkObjective(network, examples)", error.Message, StringComparison.Ordinal);
    }

    private static DataSet Standardized(DataSet data) => Standardizer.Fit(data).Transform(data);

    private sealed class Synchronous(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }

    /// <summary>Issue 19: a decay of 1e300 was accepted, and only the first step moved.</summary>
    [Theory]
    [InlineData(1e300, 70_000)]
    [InlineData(1e6, 3)]
    [InlineData(15, 70_000)]
    public void Train_DecayThatStopsTheSteps_IsRefused(double decay, int epochs)
    {
        var error = Assert.Throws<ArgumentException>(() => Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(),
            new TrainingOptions { Epochs = epochs, LearningRateDecay = decay }));
        Assert.Equal("options", error.ParamName);
        Assert.Contains("million-fold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_DecayThatLetsTheStepsFallAMillionFoldAtMost_IsAccepted()
    {
        Assert.Equal(70_000, Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(),
            new TrainingOptions { LearningRateDecay = 14 }).Epochs);
    }

    [Fact]
    public void WithSnapshotsAt_EpochsBeyondTheRun_AreLeftOut()
    {
        var options = new TrainingOptions { Epochs = 20 }.WithSnapshotsAt([-1, 0, 5, 20, 21, 5]);
        Assert.Equal([0, 5, 20, 5], options.SnapshotsAt.ToArray());
        var result = Trainer.Train(new NeuronObjective(Data.Train), Neuron.OriginalStart, new GradientDescent(), options);
        Assert.Equal([0, 5, 20], result.Snapshots.Select(s => s.Epoch));
    }
}
