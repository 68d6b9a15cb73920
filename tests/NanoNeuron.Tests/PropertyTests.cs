using System.Collections.Concurrent;
using System.Globalization;
using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.ClosedForm;
using NanoNeuron.Data;
using NanoNeuron.Fast;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;
using Xunit.Abstractions;

namespace NanoNeuron.Tests;

/// <summary>
/// Issue 10: random numbers (NaN, ±∞, ±1e300, 0, −0, subnormals, negatives, any bit pattern) and sizes thrown at
/// the public API. Every call must either refuse with a documented exception and a message, or return only finite
/// numbers.
/// </summary>
public class PropertyTests(ITestOutputHelper output)
{
    private const int Cases = 20_000;

    private static readonly Gen<double> Special = Gen.OneOf(
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e300, -1e300, 1e200, -1e200, 1e160, 0.0, -0.0,
        double.Epsilon, -double.Epsilon, 1e-310, double.MaxValue, double.MinValue, 1.0, -1.0, 2.0, 1e-300);

    /// <summary>Mostly ordinary numbers, often extreme ones, sometimes any bit pattern.</summary>
    private static readonly Gen<double> Number = Gen.Frequency(
        (4, (IGen<double>)Gen.Double[-100, 100]),
        (3, Special),
        (1, Gen.Double),
        (1, Gen.Double[-1e-3, 1e-3]));

    private static readonly Gen<double> LearningRate = Gen.Frequency(
        (3, (IGen<double>)Gen.Double[1e-6, 1]),
        (2, Number));

    private static readonly Gen<int> Epochs = Gen.Frequency(
        (8, (IGen<int>)Gen.Int[-2, 30]),
        (1, Gen.OneOf(int.MinValue, int.MaxValue, TrainingOptions.MaxEpochs + 1, 2_147_483_590)));

    private static readonly Gen<int[]> Sizes = Gen.Frequency(
        (8, (IGen<int[]>)Gen.Int[-1, 4].Array[0, 4]),
        (1, Gen.OneOf<int[]>([65536, 65537], [int.MaxValue, 2], [46341, 46341], [1, int.MaxValue])));

    private sealed record Case(int Kind, double[] X, double[] Y, double A, double B, double C, int Epochs, int Choice, int[] Sizes);

    private static readonly Gen<Case> Cases_ = Gen.Select(
        Gen.Int[0, 11], Number.Array[0, 6], Gen.Int[0, 4], Number, Number, LearningRate, Epochs, Gen.Select(Gen.Int[0, 5], Sizes))
        .Select((kind, x, mismatch, a, b, c, epochs, rest) =>
        {
            // Usually as many targets as inputs; sometimes not.
            double[] y = mismatch == 0 ? [.. x.Skip(1)] : [.. x.Select((v, i) => i % 2 == 0 ? v * 1.8 + 32 : -v)];
            return new Case(kind, x, y, a, b, c, epochs, rest.Item1, rest.Item2);
        });

    private enum Outcome
    {
        Answered,
        Refused,
    }

    [Fact]
    public void PublicApi_RandomInputs_RefusedClearlyOrAnsweredFinitely()
    {
        var counts = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentBag<string>();
        int tried = 0;
        Cases_.Sample(c =>
        {
            Interlocked.Increment(ref tried);
            string name = Name(c.Kind);
            try
            {
                var values = Call(c).ToArray();
                if (values.All(double.IsFinite))
                {
                    counts.AddOrUpdate($"{name}: answered", 1, (_, n) => n + 1);
                }
                else
                {
                    failures.Add($"{name} returned {string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))} for {Show(c)}");
                }
            }
            catch (Exception exception) when (exception is ArgumentException or TrainingDivergedException && !string.IsNullOrWhiteSpace(exception.Message))
            {
                counts.AddOrUpdate($"{name}: refused ({exception.GetType().Name})", 1, (_, n) => n + 1);
            }
            catch (Exception exception)
            {
                failures.Add($"{name} threw {exception.GetType().Name}: {exception.Message} for {Show(c)}");
            }
        }, iter: Cases, threads: 1);

        int handled = tried - failures.Count;
        output.WriteLine($"Property test: {tried} cases tried, {handled} handled ({failures.Count} not).");
        foreach (var (key, value) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {key}: {value}");
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {tried} not handled:\n{string.Join("\n", failures.Take(15))}");
    }

    /// <summary>
    /// Issue 19: under de-DE, messages read "70.000" and "0,7". Every refusal must read the same in every culture; the
    /// tests run without ICU (InvariantGlobalization), so the culture is built: de-DE's separators, with sv-SE's minus
    /// sign (U+2212) and other symbols for NaN and ∞, so that any number formatted in the current culture shows.
    /// </summary>
    [Fact]
    public void PublicApi_RandomInputs_RefuseInTheSameWordsInEveryCulture()
    {
        var other = NanoNeuron.Testing.OtherCulture.GermanLike;
        var original = CultureInfo.CurrentCulture;
        Cases_.Sample(c =>
        {
            string invariant = MessageUnder(CultureInfo.InvariantCulture, c);
            string local = MessageUnder(other, c);
            return invariant == local;
        }, iter: 5_000, threads: 1, print: c => $"{Show(c)}\n  invariant: {MessageUnder(CultureInfo.InvariantCulture, c)}\n  de-DE-like: {MessageUnder(other, c)}");
        Assert.Equal(original, CultureInfo.CurrentCulture);
    }

    /// <summary>
    /// Attack 13, A13b-10: for any count or noise above its maximum, the refusal reads the same in every culture, on one
    /// line: .NET's "Actual value was 1234567,5" (formatted in the current culture, after a line break) is not appended.
    /// </summary>
    [Fact]
    public void OutOfRangeRefusals_AnyValue_ReadTheSameInEveryCulture_OnOneLine()
    {
        var other = NanoNeuron.Testing.OtherCulture.GermanLike;
        Gen.Select(Gen.Double[Thermometer.MaxNoise * 1.0001, 1e300], Gen.Int[Humidity.MaxCurveCount + 1, int.MaxValue]).Sample((noise, count) =>
        {
            foreach (Action call in new Action[] { () => Thermometer.Readings(10, noise), () => Humidity.SaturationCurve(count) })
            {
                string Under(CultureInfo culture)
                {
                    var original = CultureInfo.CurrentCulture;
                    CultureInfo.CurrentCulture = culture;
                    try
                    {
                        return Assert.Throws<ArgumentOutOfRangeException>(call).Message;
                    }
                    finally
                    {
                        CultureInfo.CurrentCulture = original;
                    }
                }

                string invariant = Under(CultureInfo.InvariantCulture);
                Assert.Equal(invariant, Under(other));
                Assert.DoesNotContain('\n', invariant);
                Assert.DoesNotContain("Actual value", invariant, StringComparison.Ordinal);
            }
        }, iter: 100, threads: 1);
    }

    private static string MessageUnder(CultureInfo culture, Case c)
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            _ = Call(c).ToArray();
            return "";
        }
        catch (Exception exception)
        {
            return exception.Message;
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    private static string Name(int kind) => kind switch
    {
        0 => "DataSet",
        1 => "Training.TrainModel",
        2 => "FastTraining.TrainModel",
        3 => "LeastSquares.Fit",
        4 => "Standardizer.Fit",
        5 => "Logistic.TrainModel",
        6 => "Network.Random+Predict",
        7 => "Backpropagation.FiniteDifferences",
        8 => "Stability",
        9 => "new Standardizer",
        10 => "GradientCheck.Compare",
        _ => "Training.LogSpacedEpochs",
    };

    private static IEnumerable<double> Call(Case c)
    {
        switch (c.Kind)
        {
            case 0:
                var data = new DataSet(c.X, c.Y);
                return [.. data.X, .. data.Y];
            case 1:
                return Result(Training.TrainModel(new Neuron(c.A, c.B), new DataSet(c.X, c.Y), c.Epochs, c.C));
            case 2:
                return Result(FastTraining.TrainModel(new Neuron(c.A, c.B), new DataSet(c.X, c.Y), c.Epochs, c.C, (Summation)(c.Choice % 3)));
            case 3:
                var line = LeastSquares.Fit(new DataSet(c.X, c.Y));
                return [line.Weight, line.Bias];
            case 4:
                var standardizer = Standardizer.Fit(c.X);
                return [standardizer.Mean, standardizer.StandardDeviation];
            case 5:
                // Labels 0 or 1 from the targets' signs, or the raw targets (refused unless 0/1).
                double[] labels = c.Choice < 4 ? [.. c.Y.Select(v => v > 0 ? 1.0 : 0.0)] : c.Y;
                return Result(Logistic.TrainModel(new Neuron(c.A, c.B), new DataSet(c.X, labels), c.Epochs, c.C));
            case 6:
                var network = Network.Random(c.Sizes, c.Sizes.Length > 2 ? Activation.All[c.Choice % 3] : Activation.Identity, c.Epochs);
                double[] input = [.. Enumerable.Range(0, network.InputCount).Select(i => c.X.Length == 0 ? c.A : c.X[i % c.X.Length])];
                return [.. network.Predict(input)];
            case 7:
                var small = Network.Random([1, 2, 1], Activation.All[c.Choice % 3], c.Epochs);
                var step = c.Choice == 5 ? GradientCheck.DefaultStep : c.A;
                return [.. Backpropagation.FiniteDifferences(small, Examples.From(new DataSet(c.X, c.Y)), step)];
            case 8:
                var (largest, smallest) = Stability.HessianEigenvalues(c.X);
                return [largest, smallest, Stability.LargestStableLearningRate(new DataSet(c.X, c.Y)), Stability.ConditionNumber(c.X)];
            case 9:
                var given = new Standardizer(c.A, c.B);
                var original = given.ToOriginal(new Neuron(c.C, 1));
                return [given.Transform(c.C), original.Weight, original.Bias];
            case 10:
                return GradientCheck.Compare(new Neuron(c.A, c.B), new DataSet(c.X, c.Y), c.C)
                    .SelectMany(row => new[] { row.Analytic, row.FiniteDifference, row.RelativeError });
            default:
                return [.. Training.LogSpacedEpochs(c.Epochs, c.Sizes.Length == 0 ? c.Choice - 2 : c.Sizes[0]).Select(e => (double)e)];
        }
    }

    private static IEnumerable<double> Result(TrainingResult<Neuron> result) => [result.Model.Weight, result.Model.Bias, .. result.CostHistory];

    private static string Show(Case c) => string.Create(CultureInfo.InvariantCulture,
        $"x=[{string.Join(", ", c.X.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}] y=[{string.Join(", ", c.Y.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}] a={c.A:R} b={c.B:R} c={c.C:R} epochs={c.Epochs} choice={c.Choice} sizes=[{string.Join(", ", c.Sizes)}]");
}
