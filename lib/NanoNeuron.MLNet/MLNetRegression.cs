using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NanoNeuron.Data;

namespace NanoNeuron.MLNet;

/// <summary>Linear regression with ML.NET on the course's data, read back as a <see cref="Neuron"/> (lesson 19).</summary>
/// <remarks>
/// <para>
/// The pipeline rescales x with <c>NormalizeMeanVariance</c>, standardizes the targets itself, and trains ML.NET's SDCA
/// regression trainer (stochastic dual coordinate ascent) on the squared error plus an L2 penalty
/// <c>λ·(w² + b²)/2</c>. Every step is affine in x, so the whole model is a line: <c>b = f(0)</c> and
/// <c>w = f(1) − f(0)</c> read it back.
/// </para>
/// <para>
/// <c>NormalizeMeanVariance</c> by default (<c>fixZero: true</c>) only scales x, <c>x′ = x·s</c>, without subtracting its
/// mean, so that zeros stay zeros; <c>centre: true</c> passes <c>fixZero: false</c>, <c>x′ = (x − μ)/σ</c> as in lesson 10.
/// </para>
/// </remarks>
public static class MLNetRegression
{
    /// <summary>The seed of ML.NET's context, so that every run gives the same line.</summary>
    public const int Seed = Hyperparameters.Seed;

    /// <summary>λ, the strength of SDCA's L2 penalty unless told otherwise: very small (SDCA needs one above 0).</summary>
    public const float DefaultL2Regularization = 1e-6f;

    /// <summary>
    /// SDCA's settings: the L2 penalty λ, a tight convergence tolerance, at most 1,000 passes over the data, and one thread so that
    /// every run gives the same line. <c>BiasLearningRate = 0</c> is ML.NET's default and means the bias gets no update
    /// of its own: SDCA treats it as the weight of an extra input that is always 1, so the L2 penalty shrinks it like a weight.
    /// </summary>
    private static SdcaRegressionTrainer.Options Options(float l2Regularization) => new()
    {
        LabelColumnName = nameof(Reading.Fahrenheit),
        L2Regularization = l2Regularization,
        ConvergenceTolerance = 1e-6f,
        MaximumNumberOfIterations = 1000,
        NumberOfThreads = 1,
        BiasLearningRate = 0,
    };

    /// <summary>Trains ML.NET's SDCA linear regression on <paramref name="data"/> and returns the line it learned.</summary>
    /// <param name="data">The examples.</param>
    /// <param name="centre">Whether <c>NormalizeMeanVariance</c> also subtracts the mean of x (<c>fixZero: false</c>); ML.NET's default does not.</param>
    /// <param name="l2Regularization">λ, the strength of the L2 penalty on the weight and the bias.</param>
    /// <exception cref="ArgumentException">A value too large for single precision, or λ not positive and finite.</exception>
    public static Neuron Fit(DataSet data, bool centre = false, float l2Regularization = DefaultL2Regularization)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.X.Concat(data.Y).Any(value => !float.IsFinite((float)value)))
        {
            throw new ArgumentException("A value does not fit in single precision (about ±3.4e38), which ML.NET computes in: rescale the data.", nameof(data));
        }

        if (!(l2Regularization > 0) || !float.IsFinite(l2Regularization))
        {
            throw new ArgumentException(
                $"l2Regularization is {l2Regularization}: SDCA needs a positive, finite penalty, for example {DefaultL2Regularization}.", nameof(l2Regularization));
        }

        var context = new MLContext(Seed);
        // SDCA is unstable on targets as large as °F (its weights can come out infinite), so it learns standardized
        // targets and the answer is scaled back: f(x) = σ·g(x) + μ.
        var target = Standardizer.Fit(data.Y.AsSpan());
        var rows = data.X.Zip(data.Y, (x, y) => new Reading { Celsius = (float)x, Fahrenheit = (float)target.Transform(y) });
        var pipeline = context.Transforms.Concatenate("Features", nameof(Reading.Celsius))
            .Append(context.Transforms.NormalizeMeanVariance("Features", fixZero: !centre))
            .Append(context.Regression.Trainers.Sdca(Options(l2Regularization)));
        var model = pipeline.Fit(context.Data.LoadFromEnumerable(rows));
        var engine = context.Model.CreatePredictionEngine<Reading, Prediction>(model);
        double Line(float celsius) => target.StandardDeviation * engine.Predict(new Reading { Celsius = celsius }).Score + target.Mean;
        double f0 = Line(0);
        double f1 = Line(1);
        return new Neuron(f1 - f0, f0);
    }

    /// <summary>One row of ML.NET's input.</summary>
    private sealed class Reading
    {
        public float Celsius { get; set; }

        public float Fahrenheit { get; set; }
    }

    /// <summary>ML.NET's output column.</summary>
    private sealed class Prediction
    {
        [ColumnName("Score")]
        public float Score { get; set; }
    }
}
