namespace NanoNeuron.Notebooks.Tests;

/// <summary>The worked solution of SeveralInputsExercises' "Try it".</summary>
public static partial class ExerciseSolutions
{
    /// <summary>The wind weight's slope from its definition: the average of (ŷ − y)·x₃ over the readings.</summary>
    public static double WindSlope()
    {
        var readings = SeveralInputsExercises.WindyReadings;
        return readings.Inputs.Select((x, i) => (SeveralInputsExercises.StillAirNeuron.Predict(x.AsSpan()) - readings.Targets[i][0]) * x[2]).Average();
    }
}

/// <summary><see cref="SeveralInputsExercises"/>'s checker accepts the solution and gives the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void WindSlope_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(SeveralInputsExercises.WindSlope(ExerciseSolutions.WindSlope()));
        Accepted(SeveralInputsExercises.WindSlope(13.067));

        var readings = SeveralInputsExercises.WindyReadings;
        double[] errors = [.. readings.Inputs.Select((x, i) => SeveralInputsExercises.StillAirNeuron.Predict(x.AsSpan()) - readings.Targets[i][0])];
        Rejected(SeveralInputsExercises.WindSlope(ExerciseSolutions.WindSlope() * 3), "divide by m = 3");
        Rejected(SeveralInputsExercises.WindSlope(-ExerciseSolutions.WindSlope()), "mind the sign");
        Rejected(SeveralInputsExercises.WindSlope(errors.Average()), "bias's slope");
        Rejected(SeveralInputsExercises.WindSlope(errors.Zip(readings.Inputs, (e, x) => e * x[0]).Average()), "another weight");
        Rejected(SeveralInputsExercises.WindSlope(5), "average over the 3 readings");
        Rejected(SeveralInputsExercises.WindSlope(double.NaN), "in place of double.NaN");
    }
}

/// <summary><see cref="SeveralInputsExercises"/>'s predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void HumidFeelsWarmer_SevenDegreesPasses_SlipsGetHints()
    {
        Assert.True(SeveralInputsExercises.HumidFeelsWarmer(7).Passed);
        Assert.Contains("how much vp rises", SeveralInputsExercises.HumidFeelsWarmer(21.2).Message, StringComparison.Ordinal);
        Assert.Contains("has a weight of its own", SeveralInputsExercises.HumidFeelsWarmer(0).Message, StringComparison.Ordinal);
        Assert.Contains("relative humidity", SeveralInputsExercises.HumidFeelsWarmer(16.5).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", SeveralInputsExercises.HumidFeelsWarmer(double.NaN).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlopeSignAtStart_NegativePasses_OthersGetHints()
    {
        Assert.True(SeveralInputsExercises.SlopeSignAtStart('b').Passed);
        Assert.Contains("ŷ − y is negative", SeveralInputsExercises.SlopeSignAtStart('a').Message, StringComparison.Ordinal);
        Assert.Contains("far off", SeveralInputsExercises.SlopeSignAtStart('c').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", SeveralInputsExercises.SlopeSignAtStart('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpochsOnStandardizedInputs_TensPasses_OneAndThousandsGetHints()
    {
        Assert.True(SeveralInputsExercises.EpochsOnStandardizedInputs('b').Passed);
        Assert.Contains("not perfectly round", SeveralInputsExercises.EpochsOnStandardizedInputs('a').Message, StringComparison.Ordinal);
        Assert.Contains("far fewer", SeveralInputsExercises.EpochsOnStandardizedInputs('c').Message, StringComparison.Ordinal);
    }
}
