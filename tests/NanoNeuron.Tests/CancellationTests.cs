using CsCheck;
using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Issue 10: long runs can be stopped and report how far they are.</summary>
public class CancellationTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    /// <summary>Collects reports synchronously (Progress&lt;T&gt; would post them to a thread pool).</summary>
    private sealed class Recorder : IProgress<TrainingProgress>
    {
        public List<TrainingProgress> Reports { get; } = [];

        public void Report(TrainingProgress value) => Reports.Add(value);
    }

    /// <summary>Cancels once the run has reported <paramref name="after"/> times.</summary>
    private sealed class CancelAfter(CancellationTokenSource source, int after) : IProgress<TrainingProgress>
    {
        public int Count { get; private set; }

        public void Report(TrainingProgress value)
        {
            if (++Count == after)
            {
                source.Cancel();
            }
        }
    }

    [Fact]
    public void TrainModel_AlreadyCancelled_StopsBeforeTheFirstUpdate()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => Training.TrainModel(Neuron.OriginalStart, Train, cancellationToken: source.Token));
        Assert.Throws<OperationCanceledException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Train, cancellationToken: source.Token));
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void FastTrainModel_CancelledDuringTheRun_StopsWithinOneInterval(Summation summation)
    {
        using var source = new CancellationTokenSource();
        var cancel = new CancelAfter(source, 3);
        Assert.Throws<OperationCanceledException>(() =>
            FastTraining.TrainModel(Neuron.OriginalStart, Train, TrainingOptions.MaxEpochs, summation: summation, progress: cancel, cancellationToken: source.Token));
        Assert.Equal(3, cancel.Count);
    }

    [Fact]
    public void TrainModel_CancelledDuringTheRun_StopsWithinOneInterval()
    {
        using var source = new CancellationTokenSource();
        var cancel = new CancelAfter(source, 2);
        Assert.Throws<OperationCanceledException>(() =>
            Training.TrainModel(Neuron.OriginalStart, Train, TrainingOptions.MaxEpochs, progress: cancel, cancellationToken: source.Token));
        Assert.Equal(2, cancel.Count);
    }

    /// <summary>
    /// Attack 13, A13b-12: a run cancelled at any epoch or step stops before the next one, with every example at once or
    /// in batches of any size; before, it ran on to the next multiple of 1,024 epochs (79 s on 10,000,000 examples).
    /// </summary>
    [Fact]
    public void Trainer_CancelledAtAnyStep_StopsBeforeTheNext()
    {
        Gen.Select(Gen.Int[1, 300], Gen.Int[0, 120]).Sample((cancelAt, batchSize) =>
        {
            using var source = new CancellationTokenSource();
            var objective = new CancellingObjective(new NeuronObjective(Train), source, cancelAt);
            Assert.Throws<OperationCanceledException>(() => Trainer.Train(objective, Neuron.OriginalStart, new GradientDescent(0.0001),
                new TrainingOptions { Epochs = 5_000, BatchSize = batchSize }, cancellationToken: source.Token));
            Assert.Equal(cancelAt, objective.Gradients);
        }, iter: 100, threads: 1);
    }

    /// <summary>A neuron's objective that cancels <paramref name="source"/> as it computes its <paramref name="cancelAt"/>th gradient.</summary>
    private sealed class CancellingObjective(NeuronObjective inner, CancellationTokenSource source, int cancelAt) : IObjective<Neuron>
    {
        public int Gradients { get; private set; }

        public int ParameterCount => inner.ParameterCount;

        public int ExampleCount => inner.ExampleCount;

        public string ParameterName(int index) => inner.ParameterName(index);

        public void GetParameters(Neuron model, Span<double> parameters) => inner.GetParameters(model, parameters);

        public Neuron Model(ReadOnlySpan<double> parameters) => inner.Model(parameters);

        public double Cost(ReadOnlySpan<double> parameters) => inner.Cost(parameters);

        public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
        {
            if (++Gradients == cancelAt)
            {
                source.Cancel();
            }

            return inner.CostAndGradient(parameters, batch, gradient);
        }
    }

    [Fact]
    public void TrainModel_Progress_ReportsEveryIntervalAndTheEnd()
    {
        var recorder = new Recorder();
        var result = Training.TrainModel(Neuron.OriginalStart, Train, 5_000, progress: recorder);
        Assert.Equal([0, 1024, 2048, 3072, 4096, 5000], recorder.Reports.Select(r => r.Epoch));
        Assert.All(recorder.Reports, r => Assert.Equal(result.CostHistory[r.Epoch], r.Cost));
        Assert.Equal(1.0, recorder.Reports[^1].Fraction);
    }

    [Fact]
    public void TrainModel_WithProgressAndToken_SameBitsAsWithout()
    {
        using var source = new CancellationTokenSource();
        var plain = Training.TrainModel(Neuron.OriginalStart, Train);
        var watched = Training.TrainModel(Neuron.OriginalStart, Train, progress: new Recorder(), cancellationToken: source.Token);
        Assert.Equal(plain.Model, watched.Model);
        Assert.Equal(plain.CostHistory.ToArray(), watched.CostHistory.ToArray());
        foreach (var summation in new[] { Summation.Vectorized, Summation.SufficientStatistics })
        {
            var fast = FastTraining.TrainModel(Neuron.OriginalStart, Train, summation: summation);
            var fastWatched = FastTraining.TrainModel(Neuron.OriginalStart, Train, summation: summation, progress: new Recorder(), cancellationToken: source.Token);
            Assert.Equal(fast.Model, fastWatched.Model);
            Assert.Equal(fast.CostHistory.ToArray(), fastWatched.CostHistory.ToArray());
        }
    }

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void FastTrainModel_WithProgressAndToken_AllocatesNoMoreThanWithout(Summation summation)
    {
        var recorder = new Recorder();
        recorder.Reports.Capacity = 100;
        using var source = new CancellationTokenSource();
        long Allocated(IProgress<TrainingProgress>? progress, CancellationToken token)
        {
            for (int i = 0; i < 3; i++)
            {
                recorder.Reports.Clear();
                FastTraining.TrainModel(Neuron.OriginalStart, Train, 5_000, summation: summation, progress: progress, cancellationToken: token);
            }

            recorder.Reports.Clear();
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            FastTraining.TrainModel(Neuron.OriginalStart, Train, 5_000, summation: summation, progress: progress, cancellationToken: token);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(Allocated(null, CancellationToken.None), Allocated(recorder, source.Token));
        Assert.Equal(6, recorder.Reports.Count);
    }
}
