using CsCheck;
using NanoNeuron.Classification;
using NanoNeuron.Data;

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
}
