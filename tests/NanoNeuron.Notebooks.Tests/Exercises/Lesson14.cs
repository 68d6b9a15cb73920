namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 14's worked solution.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>14 — the wind weight's slope from its definition: the average of (ŷ − y)·x₃ over the readings.</summary>
    public static double WindSlope()
    {
        var readings = TryIt.WindyReadings;
        return readings.Inputs.Select((x, i) => (TryIt.StillAirNeuron.Predict(x.AsSpan()) - readings.Targets[i][0]) * x[2]).Average();
    }
}

/// <summary>Lesson 14's checker accepts the solution and gives the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void WindSlope_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.WindSlope(ExerciseSolutions.WindSlope()));
        Accepted(TryIt.WindSlope(13.067));

        var readings = TryIt.WindyReadings;
        double[] errors = [.. readings.Inputs.Select((x, i) => TryIt.StillAirNeuron.Predict(x.AsSpan()) - readings.Targets[i][0])];
        Rejected(TryIt.WindSlope(ExerciseSolutions.WindSlope() * 3), "divide by m = 3");
        Rejected(TryIt.WindSlope(-ExerciseSolutions.WindSlope()), "mind the sign");
        Rejected(TryIt.WindSlope(errors.Average()), "bias's slope");
        Rejected(TryIt.WindSlope(errors.Zip(readings.Inputs, (e, x) => e * x[0]).Average()), "another weight");
        Rejected(TryIt.WindSlope(5), "average over the 3 readings");
        Rejected(TryIt.WindSlope(double.NaN), "in place of double.NaN");
    }
}

/// <summary>Lesson 14's predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void HumidFeelsWarmer_SevenDegreesPasses_SlipsGetHints()
    {
        Assert.True(Questions.HumidFeelsWarmer(7).Passed);
        Assert.Contains("how much vp rises", Questions.HumidFeelsWarmer(21.2).Message, StringComparison.Ordinal);
        Assert.Contains("has a weight of its own", Questions.HumidFeelsWarmer(0).Message, StringComparison.Ordinal);
        Assert.Contains("relative humidity", Questions.HumidFeelsWarmer(16.5).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", Questions.HumidFeelsWarmer(double.NaN).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlopeSignAtStart_NegativePasses_OthersGetHints()
    {
        Assert.True(Questions.SlopeSignAtStart('b').Passed);
        Assert.Contains("ŷ − y is negative", Questions.SlopeSignAtStart('a').Message, StringComparison.Ordinal);
        Assert.Contains("far off", Questions.SlopeSignAtStart('c').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", Questions.SlopeSignAtStart('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpochsOnStandardizedInputs_TensPasses_OneAndThousandsGetHints()
    {
        Assert.True(Questions.EpochsOnStandardizedInputs('b').Passed);
        Assert.Contains("not perfectly round", Questions.EpochsOnStandardizedInputs('a').Message, StringComparison.Ordinal);
        Assert.Contains("far fewer", Questions.EpochsOnStandardizedInputs('c').Message, StringComparison.Ordinal);
    }
}
