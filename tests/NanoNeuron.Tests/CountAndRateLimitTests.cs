using CsCheck;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Experiments;
using NanoNeuron.Optimization;
using NanoNeuron.SeveralInputs;

namespace NanoNeuron.Tests;

/// <summary>Issue 19: counts that would not fit in memory, and learning rates that are not descent, refused with a reason instead of an OutOfMemoryException or a wrong answer.</summary>
public class CountAndRateLimitTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    /// <summary>Any count above the maximum, int.MaxValue included: an ArgumentOutOfRangeException naming the maximum, before any array is made.</summary>
    [Fact]
    public void SurveyAndSaturationCurve_CountAboveTheMaximum_AreRefusedNamingIt()
    {
        var count = Gen.OneOf(Gen.Int[HotOrNot.MaxAnswerCount + 1, int.MaxValue], Gen.Const(int.MaxValue), Gen.Const(HotOrNot.MaxAnswerCount + 1));
        count.Sample(n =>
        {
            var survey = Assert.Throws<ArgumentOutOfRangeException>(() => HotOrNot.Survey(n));
            Assert.Equal("count", survey.ParamName);
            Assert.Contains("at most 10,000,000 answers", survey.Message, StringComparison.Ordinal);
            Assert.Contains("HotOrNot.MaxAnswerCount", survey.Message, StringComparison.Ordinal);

            var curve = Assert.Throws<ArgumentOutOfRangeException>(() => Humidity.SaturationCurve(n));
            Assert.Equal("count", curve.ParamName);
            Assert.Contains("at most 10,000,000 points", curve.Message, StringComparison.Ordinal);
            Assert.Contains("Humidity.MaxCurveCount", curve.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void SurveyAndSaturationCurve_TheMaximumNamed_IsTenMillion()
    {
        Assert.Equal(10_000_000, HotOrNot.MaxAnswerCount);
        Assert.Equal(10_000_000, Humidity.MaxCurveCount);
        Assert.Equal(1_000, HotOrNot.Survey(1_000).Count);
        Assert.Equal(1_000, Humidity.SaturationCurve(1_000).Count);
    }

    /// <summary>
    /// A learning rate that is NaN, infinite, zero or negative (the sign of a subnormal included): refused as Training.TrainModel
    /// refuses it, never answered true or false; a negative one (gradient ascent) was answered "does not diverge".
    /// </summary>
    [Fact]
    public void Diverges_LearningRateNotPositiveAndFinite_IsRefused()
    {
        var bad = Gen.OneOf(
            Gen.Double.Where(a => !(a > 0) || !double.IsFinite(a)),
            Gen.Double[-1e300, 0],
            Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(-1.0), Gen.Const(0.0),
                Gen.Const(-0.0), Gen.Const(-double.Epsilon)));
        bad.Sample(learningRate =>
        {
            var refused = Assert.Throws<ArgumentException>(() => Stability.Diverges(learningRate, Train.X.AsSpan()));
            var trainer = Assert.Throws<ArgumentException>(() => Training.TrainModel(Neuron.OriginalStart, Train, 10, learningRate));
            Assert.Equal(trainer.Message, refused.Message);
            Assert.Contains("must be a positive finite number", refused.Message, StringComparison.Ordinal);
        }, iter: 500, threads: 1);
    }

    /// <summary>Any positive finite learning rate: answered, true exactly when it is not below 2/λmax.</summary>
    [Fact]
    public void Diverges_PositiveFiniteLearningRate_IsTrueExactlyAtOrAboveTheBound()
    {
        double bound = Stability.LargestStableLearningRate(Train);
        var rate = Gen.OneOf(Gen.Double[double.Epsilon, double.MaxValue], Gen.Double[bound * 0.99, bound * 1.01], Gen.Const(bound), Gen.Const(Math.BitDecrement(bound)));
        rate.Where(a => a > 0 && double.IsFinite(a)).Sample(
            learningRate => Assert.Equal(learningRate >= bound, Stability.Diverges(learningRate, Train.X.AsSpan())), iter: 500, threads: 1);
    }

    /// <summary>
    /// Attack 8, A8-12: the one reader of every sequence with a limit. Any sequence of any length, against any limit: up to the
    /// limit it gives the same elements; beyond it an ArgumentException naming the argument and the limit, after reading at
    /// most limit + 1 elements (a collection that knows its count, none).
    /// </summary>
    [Fact]
    public void AtMost_AnySequenceAndLimit_ReadsAtMostOneBeyondTheLimit()
    {
        Gen.Select(Gen.Int[0, 50], Gen.Int[0, 60], Gen.Bool).Sample((most, length, collection) =>
        {
            int read = 0;
            IEnumerable<int> Counted()
            {
                for (int i = 0; i < length; i++)
                {
                    read++;
                    yield return i;
                }
            }

            IEnumerable<int> values = collection ? Enumerable.Range(0, length).ToList() : Counted();
            if (length <= most)
            {
                Assert.Equal(Enumerable.Range(0, length), Guard.AtMost(values, most, "the limit", "values").ToArray());
            }
            else
            {
                var error = Assert.ThrowsAny<ArgumentException>(() => Guard.AtMost(values, most, "the limit (Some.Max)", "values").ToArray());
                Assert.Equal("values", error.ParamName);
                Assert.StartsWith(FormattableString.Invariant($"values holds more than {most:N0} elements: the limit (Some.Max). Is it an endless sequence"), error.Message, StringComparison.Ordinal);
            }

            Assert.True(read <= most + 1, FormattableString.Invariant($"read {read} elements against a limit of {most}"));
        }, iter: 500, threads: 1);
    }

    private static IEnumerable<double> EndlessOnes()
    {
        while (true)
        {
            yield return 1.0;
        }
    }

    private static IEnumerable<int> EndlessEpochs()
    {
        for (int epoch = 0; ; epoch = (epoch + 1) % 100)
        {
            yield return epoch;
        }
    }

    private static void RefusedAsEndless(Action call, string name, string limit)
    {
        var error = Assert.Throws<ArgumentException>(call);
        Assert.Equal(name, error.ParamName);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
        Assert.Contains("Is it an endless sequence", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Attack 8, A8-12: an endless sequence given to a constructor is refused at the type's maximum, instead of filling memory.</summary>
    [Fact]
    public void Constructors_EndlessSequence_AreRefusedAtTheMaximum()
    {
        RefusedAsEndless(() => _ = new DataSet(EndlessOnes(), [1.0]), "x", "x holds more than 10,000,000 elements: a data set holds at most 10,000,000 examples (DataSet.MaxCount)");
        RefusedAsEndless(() => _ = new DataSet([1.0], EndlessOnes()), "y", "(DataSet.MaxCount)");
        RefusedAsEndless(() => _ = new LinearNeuron(EndlessOnes(), 0), "weights", "weights holds more than 10,000,000 elements: a neuron reads at most 10,000,000 inputs (LinearNeuron.MaxInputs");
        RefusedAsEndless(() => _ = new Examples([EndlessOnes()], [[1.0]]), "inputs", "inputs[0] holds more than 10,000,000 elements: the inputs hold at most 10,000,000 values in all (Examples.MaxValues)");
        RefusedAsEndless(() => _ = new Examples(Enumerable.Repeat<IEnumerable<double>>([1.0], int.MaxValue), [[1.0]]), "inputs", "inputs holds more than 10,000,000 elements");
        RefusedAsEndless(() => _ = new Examples([[1.0]], Enumerable.Repeat<IEnumerable<double>>([1.0], int.MaxValue)), "targets", "targets holds more than 10,000,000 elements");
    }

    /// <summary>Attack 8, A8-12: the values of all the rows together count, so many long rows are refused as one endless one is.</summary>
    [Fact]
    public void Examples_RowsTogetherAboveTheMaximum_AreRefusedNamingTheRow()
    {
        double[] row = new double[Examples.MaxValues / 4];
        RefusedAsEndless(() => _ = new Examples(Enumerable.Repeat(row, 5), Enumerable.Repeat<IEnumerable<double>>([1.0], 5)), "inputs",
            "inputs[4] holds more than 0 elements: the inputs hold at most 10,000,000 values in all (Examples.MaxValues), and the rows before inputs[4] hold 10,000,000");
        Assert.Equal(4, new Examples(Enumerable.Repeat(row, 4), Enumerable.Repeat<IEnumerable<double>>([1.0], 4)).Count);
    }

    /// <summary>Attack 8, A8-12: snapshots and learning rates from an endless sequence are refused at the limit, before any training.</summary>
    [Fact]
    public void WithSnapshotsAtAndCompare_EndlessSequence_AreRefusedAtTheLimit()
    {
        RefusedAsEndless(() => new TrainingOptions().WithSnapshotsAt(EndlessEpochs()), "epochs",
            "epochs holds more than 100,000,001 elements: a run has at most 100,000,001 epochs to keep a snapshot at (0 to TrainingOptions.MaxEpochs)");
        RefusedAsEndless(() => LearningRates.Compare(Neuron.OriginalStart, Train, EndlessOnes().Select(_ => 0.0005)), "learningRates",
            "learningRates holds more than 1,000 elements: a comparison trains at most 1,000 learning rates (LearningRates.MaxCompared)");
        Assert.Equal<int>([0, 3], new TrainingOptions { Epochs = 3 }.WithSnapshotsAt([0, 3, 4, -1]).SnapshotsAt);
    }
}
