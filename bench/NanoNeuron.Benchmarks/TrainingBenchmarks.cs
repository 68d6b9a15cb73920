using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using NanoNeuron.Fast;
using NanoNeuron.Optimization;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Benchmarks;

/// <summary>The original configuration: 100 examples, 70,000 epochs, α = 0.0005, from w = 0.9492, b = 0.4570.</summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    /// <summary>A tenth of the original's epochs, to show that the memory allocated grows by 8 bytes per epoch (the history) and nothing else.</summary>
    public const int FewerEpochs = Hyperparameters.Epochs / 10;

    private readonly DataSet train = DataSets.GenerateDataSets().Train;
    private readonly double[] history = new double[Hyperparameters.Epochs + 1];
    private double[] x = [];
    private double[] y = [];
    private double[] targetsMinusBias = [];
    private double[] errors = [];

    [GlobalSetup]
    public void Setup()
    {
        x = [.. train.X];
        y = [.. train.Y];
        targetsMinusBias = new double[x.Length];
        errors = new double[x.Length];
    }

    [Benchmark(Baseline = true, Description = "teaching path")]
    public TrainingResult<Neuron> Teaching() => Training.TrainModel(Neuron.OriginalStart, train);

    [Benchmark(Description = "fast, vectorized (hand-written SIMD)")]
    public TrainingResult<Neuron> FastVectorized() => FastTraining.TrainModel(Neuron.OriginalStart, train, summation: Summation.Vectorized);

    [Benchmark(Description = "fast, sufficient statistics")]
    public TrainingResult<Neuron> FastSufficientStatistics() => FastTraining.TrainModel(Neuron.OriginalStart, train, summation: Summation.SufficientStatistics);

    [Benchmark(Description = "fast, sufficient statistics, 7,000 epochs")]
    public TrainingResult<Neuron> FastSufficientStatisticsFewerEpochs() =>
        FastTraining.TrainModel(Neuron.OriginalStart, train, FewerEpochs, summation: Summation.SufficientStatistics);

    [Benchmark(Description = "TensorPrimitives, Trainer + TensorObjective")]
    public TrainingResult<Neuron> TensorTrainer() => Trainer.Train(new TensorObjective(train), Neuron.OriginalStart, new GradientDescent());

    /// <summary>
    /// The fastest epoch TensorPrimitives offers, as a yardstick for the hand-written SIMD: e = x·w + (b − y) in two
    /// calls, then Σe², Σe·x and Σe in three; no checks, no progress, into a preallocated history.
    /// </summary>
    [Benchmark(Description = "TensorPrimitives, fused epoch loop")]
    public Neuron TensorFused()
    {
        var model = Neuron.OriginalStart;
        int m = x.Length;
        for (int epoch = 0; ; epoch++)
        {
            TensorPrimitives.Subtract(model.Bias, y, targetsMinusBias);
            TensorPrimitives.FusedMultiplyAdd(x, model.Weight, targetsMinusBias, errors);
            history[epoch] = TensorPrimitives.SumOfSquares<double>(errors) / (2.0 * m);
            if (epoch == history.Length - 1)
            {
                return model;
            }

            model = model.Step(new Gradients(TensorPrimitives.Dot<double>(errors, x) / m, TensorPrimitives.Sum<double>(errors) / m), Hyperparameters.LearningRate);
        }
    }
}
