using BenchmarkDotNet.Attributes;
using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Benchmarks;

/// <summary>The original configuration: 100 examples, 70,000 epochs, α = 0.0005, from w = 0.9492, b = 0.4570.</summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private readonly DataSet train = DataSets.GenerateDataSets().Train;
    private readonly double[] history = new double[Hyperparameters.Epochs + 1];
    private double[] x = [];
    private double[] y = [];

    [GlobalSetup]
    public void Setup()
    {
        x = [.. train.X];
        y = [.. train.Y];
    }

    [Benchmark(Baseline = true, Description = "teaching path")]
    public TrainingResult<Neuron> Teaching() => Training.TrainModel(Neuron.OriginalStart, train);

    [Benchmark(Description = "fast, sequential")]
    public TrainingResult<Neuron> FastSequential() => FastTraining.TrainModel(Neuron.OriginalStart, train, summation: Summation.Sequential);

    [Benchmark(Description = "fast, vectorized")]
    public TrainingResult<Neuron> FastVectorized() => FastTraining.TrainModel(Neuron.OriginalStart, train, summation: Summation.Vectorized);

    [Benchmark(Description = "fast, sufficient statistics")]
    public TrainingResult<Neuron> FastSufficientStatistics() => FastTraining.TrainModel(Neuron.OriginalStart, train, summation: Summation.SufficientStatistics);

    [Benchmark(Description = "fast, vectorized, into a span")]
    public Neuron FastVectorizedIntoSpan() =>
        FastTraining.TrainModel(Neuron.OriginalStart, x, y, Hyperparameters.LearningRate, history, Summation.Vectorized);

    [Benchmark(Description = "fast, sufficient statistics, into a span")]
    public Neuron FastSufficientStatisticsIntoSpan() =>
        FastTraining.TrainModel(Neuron.OriginalStart, x, y, Hyperparameters.LearningRate, history, Summation.SufficientStatistics);
}
