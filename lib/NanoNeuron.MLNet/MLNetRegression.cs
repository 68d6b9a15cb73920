using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NanoNeuron.MLNet;

/// <summary>Linear regression with ML.NET on the course's data, read back as a <see cref="Neuron"/> (lesson 15).</summary>
/// <remarks>
/// The pipeline standardizes x and the targets (lesson 10) and trains ML.NET's SDCA regression trainer (stochastic dual coordinate
/// ascent on the squared error, with a small L2 penalty). Every step is affine in x,
/// so the whole model is a line: <c>b = f(0)</c> and <c>w = f(1) − f(0)</c> read it back exactly. ML.NET computes
/// in single precision (float), so expect about 7 significant digits.
/// </remarks>
public static class MLNetRegression
{
    /// <summary>The seed of ML.NET's context, so that every run gives the same line.</summary>
    public const int Seed = Hyperparameters.Seed;

    /// <summary>
    /// SDCA's settings: a very small L2 penalty (SDCA needs one), a tight convergence tolerance, one thread so that every
    /// run gives the same line, and no bias updates: with x and the targets both centred, the best bias is 0.
    /// </summary>
    private static SdcaRegressionTrainer.Options Options => new()
    {
        LabelColumnName = nameof(Reading.Fahrenheit),
        L2Regularization = 1e-6f,
        ConvergenceTolerance = 1e-6f,
        MaximumNumberOfIterations = 1000,
        NumberOfThreads = 1,
        BiasLearningRate = 0,
    };

    /// <summary>Trains ML.NET's SDCA linear regression on <paramref name="data"/> and returns the line it learned.</summary>
    /// <exception cref="ArgumentException">A value too large for single precision.</exception>
    public static Neuron Fit(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.X.Concat(data.Y).Any(value => !float.IsFinite((float)value)))
        {
            throw new ArgumentException("A value does not fit in single precision (about ±3.4e38), which ML.NET computes in: rescale the data.", nameof(data));
        }

        var context = new MLContext(Seed);
        // SDCA is unstable on targets as large as °F (its weights can come out infinite), so it learns standardized
        // targets and the answer is scaled back: f(x) = σ·g(x) + μ.
        var target = Standardizer.Fit(data.Y.AsSpan());
        var rows = data.X.Zip(data.Y, (x, y) => new Reading { Celsius = (float)x, Fahrenheit = (float)target.Transform(y) });
        var pipeline = context.Transforms.Concatenate("Features", nameof(Reading.Celsius))
            .Append(context.Transforms.NormalizeMeanVariance("Features"))
            .Append(context.Regression.Trainers.Sdca(Options));
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
