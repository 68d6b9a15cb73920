using BenchmarkDotNet.Attributes;
using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Benchmarks;

/// <summary>How an epoch's cost grows with m, the number of examples (10 epochs per operation).</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private const int Epochs = 10;
    private const double LearningRate = 1e-4;
    private DataSet data = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000, 10_000_000)]
    public int M { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Celsius readings spread over 0..100 °C.
        double[] celsius = [.. Enumerable.Range(0, M).Select(i => 100.0 * i / M)];
        data = new DataSet(celsius, celsius.Select(Temperature.CelsiusToFahrenheit));
    }

    [Benchmark(Baseline = true, Description = "teaching path")]
    public TrainingResult<Neuron> Teaching() => Training.TrainModel(Neuron.OriginalStart, data, Epochs, LearningRate);

    [Benchmark(Description = "fast, vectorized")]
    public TrainingResult<Neuron> FastVectorized() => FastTraining.TrainModel(Neuron.OriginalStart, data, Epochs, LearningRate, Summation.Vectorized);

    [Benchmark(Description = "fast, sufficient statistics")]
    public TrainingResult<Neuron> FastSufficientStatistics() =>
        FastTraining.TrainModel(Neuron.OriginalStart, data, Epochs, LearningRate, Summation.SufficientStatistics);
}
