using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using NanoNeuron.Data;

namespace NanoNeuron.MLNet;

/// <summary>Linear regression with ML.NET on the course's data, read back as a <see cref="Neuron"/> (lesson 19).</summary>
/// <remarks>
/// <para>
/// The pipeline rescales x with <c>NormalizeMeanVariance</c>, standardizes the targets itself, and trains ML.NET's SDCA
/// regression trainer (stochastic dual coordinate ascent) on the squared error plus an L2 penalty
/// <c>λ·(w² + b²)/2</c>. Every step is affine in x, so the whole model is a line, read back from the model's own
/// parameters in double precision: with the rescaling <c>x′ = (x − offset)·scale</c>, the trainer's line
/// <c>g = w′·x′ + b′</c> and the targets' mean μ and standard deviation σ, <c>w = σ·w′·scale</c> and
/// <c>b = σ·(b′ − w′·offset·scale) + μ</c>. (Reading it from ML.NET's <c>float</c> predictions instead, as
/// <c>w = f(1) − f(0)</c>, would move w in steps of σ·2⁻²³ and add a rounding of its own.)
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
        var target = Standardizer.Fit(data.Y.AsSpan());
        var model = Rescaling(context, centre).Append(context.Regression.Trainers.Sdca(Options(l2Regularization)))
            .Fit(Rows(context, data, target));
        var scaling = Scaling((NormalizingTransformer)model.ElementAt(1));
        var line = model.LastTransformer.Model;
        return FromStored(line.Weights[0], line.Bias, scaling, target);
    }

    /// <summary>
    /// <paramref name="line"/> as ML.NET would store it after training on <paramref name="data"/>: its w′ and b′ in the
    /// rescaled units that <see cref="Fit"/> trains in, each rounded to <c>float</c>, then read back like <see cref="Fit"/>'s line.
    /// </summary>
    /// <remarks>The cost of this line is the floor that single precision sets for <see cref="Fit"/>.</remarks>
    /// <param name="data">The examples that set the rescaling of x and of the targets.</param>
    /// <param name="line">The line to store, for example the least-squares line.</param>
    /// <param name="centre">Whether x is also centred, as in <see cref="Fit"/>.</param>
    public static Neuron InSinglePrecision(DataSet data, Neuron line, bool centre = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        var context = new MLContext(Seed);
        var target = Standardizer.Fit(data.Y.AsSpan());
        var scaling = Scaling(Rescaling(context, centre).Fit(Rows(context, data, target)).LastTransformer);
        double weight = line.Weight / (target.StandardDeviation * scaling.Scale);
        double bias = ((line.Bias - target.Mean) / target.StandardDeviation) + (weight * scaling.Offset * scaling.Scale);
        return FromStored((float)weight, (float)bias, scaling, target);
    }

    /// <summary>x as one feature, rescaled by <c>NormalizeMeanVariance</c>.</summary>
    private static EstimatorChain<NormalizingTransformer> Rescaling(MLContext context, bool centre) =>
        context.Transforms.Concatenate("Features", nameof(Reading.Celsius))
            .Append(context.Transforms.NormalizeMeanVariance("Features", fixZero: !centre));

    /// <summary>
    /// The rows ML.NET learns from. SDCA is unstable on targets as large as °F (its weights can come out infinite), so
    /// it learns standardized targets and the answer is scaled back.
    /// </summary>
    private static IDataView Rows(MLContext context, DataSet data, Standardizer target) =>
        context.Data.LoadFromEnumerable(data.X.Zip(data.Y, (x, y) =>
            new Reading { Celsius = (float)x, Fahrenheit = (float)target.Transform(y) }));

    /// <summary>The rescaling <c>x′ = (x − offset)·scale</c> that the normalizer learned (offset 0 unless x is centred).</summary>
    private static (double Scale, double Offset) Scaling(NormalizingTransformer normalizer)
    {
        var affine = (NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>>)
            normalizer.GetNormalizerModelParameters(0);
        return (affine.Scale[0], affine.Offset.IsDefaultOrEmpty ? 0 : affine.Offset[0]);
    }

    /// <summary>The line in °C and °F from the trainer's w′ and b′ in rescaled units.</summary>
    private static Neuron FromStored(float weight, float bias, (double Scale, double Offset) scaling, Standardizer target) =>
        new(target.StandardDeviation * weight * scaling.Scale,
            (target.StandardDeviation * (bias - (weight * scaling.Offset * scaling.Scale))) + target.Mean);

    /// <summary>One row of ML.NET's input.</summary>
    private sealed class Reading
    {
        public float Celsius { get; set; }

        public float Fahrenheit { get; set; }
    }
}
