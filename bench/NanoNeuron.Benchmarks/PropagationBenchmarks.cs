using BenchmarkDotNet.Attributes;
using NanoNeuron.Data;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Benchmarks;

/// <summary>Lesson 11: one forward and one backward pass, as the teaching loop and as TensorPrimitives calls.</summary>
[MemoryDiagnoser]
public class PropagationBenchmarks
{
    private static readonly Neuron Model = new(1.7, 33);
    private DataSet data = null!;
    private double[] x = null!;
    private double[] y = null!;
    private double[] predictions = null!;
    private double[] errors = null!;

    [Params(100, 10_000, 1_000_000)]
    public int M { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        data = Thermometer.Readings(M);
        x = [.. data.X];
        y = [.. data.Y];
        predictions = new double[M];
        errors = new double[M];
    }

    [Benchmark(Baseline = true, Description = "loop (lessons 05-06)")]
    public Gradients Loop() => Propagation.BackwardPropagation(Propagation.ForwardPropagation(Model, data), data);

    [Benchmark(Description = "TensorPrimitives")]
    public Gradients Tensor()
    {
        TensorPropagation.ForwardPropagation(Model, x, y, predictions, errors);
        return TensorPropagation.BackwardPropagation(errors, x);
    }
}
