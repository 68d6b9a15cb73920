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
    public void CoolerHumidReading_AboutMinusPointEightFivePasses_SlipsGetHints()
    {
        Assert.True(SeveralInputsExercises.CoolerHumidReading(-0.85).Passed);
        Assert.Contains("temperature's part alone", SeveralInputsExercises.CoolerHumidReading(-5).Message, StringComparison.Ordinal);
        Assert.Contains("vp's part alone", SeveralInputsExercises.CoolerHumidReading(4.15).Message, StringComparison.Ordinal);
        Assert.Contains("times its weight", SeveralInputsExercises.CoolerHumidReading(7.58).Message, StringComparison.Ordinal);
        Assert.False(SeveralInputsExercises.CoolerHumidReading(7).Passed);
        Assert.Contains("in place of double.NaN", SeveralInputsExercises.CoolerHumidReading(double.NaN).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlopeSignAtStart_NegativePasses_OthersGetHints()
    {
        Assert.True(SeveralInputsExercises.SlopeSignAtStart('b').Passed);
        Assert.Contains("the sign of each factor", SeveralInputsExercises.SlopeSignAtStart('a').Message, StringComparison.Ordinal);
        Assert.Contains("leave the cost as it is", SeveralInputsExercises.SlopeSignAtStart('c').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", SeveralInputsExercises.SlopeSignAtStart('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EpochsOnStandardizedInputs_TensPasses_OneAndThousandsGetHints()
    {
        Assert.True(SeveralInputsExercises.EpochsOnStandardizedInputs('b').Passed);
        Assert.Contains("not perfectly round", SeveralInputsExercises.EpochsOnStandardizedInputs('a').Message, StringComparison.Ordinal);
        Assert.Contains("long, flat valley", SeveralInputsExercises.EpochsOnStandardizedInputs('c').Message, StringComparison.Ordinal);
    }
}
