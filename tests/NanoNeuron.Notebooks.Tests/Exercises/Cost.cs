namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="CostExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>The slope of J along b at the original start: nudge b alone, rise over run.</summary>
    public static double SlopeAlongBias(double h = 0.001)
    {
        var train = DataSets.GenerateDataSets().Train;
        var start = Neuron.OriginalStart;
        double J(Neuron n) => Propagation.ForwardPropagation(n, train).Cost;
        return (J(new Neuron(start.Weight, start.Bias + h)) - J(start)) / h;
    }

    /// <summary>The question: the rise of J from w = 2 to 2.001 (b = 32) is about the slope at 2 times the run.</summary>
    public static double CostRiseFromSlope()
    {
        var train = DataSets.GenerateDataSets().Train;
        double CostAt(double w) => Propagation.ForwardPropagation(new Neuron(w, 32), train).Cost;
        double slope = (CostAt(2.0001) - CostAt(2)) / 0.0001;
        return slope * 0.001;
    }
}

/// <summary><see cref="CostExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void SlopeAlongBias_SolutionPasses_CommonSlipsGetHints()
    {
        var train = DataSets.GenerateDataSets().Train;
        var start = Neuron.OriginalStart;
        double J(Neuron n) => Propagation.ForwardPropagation(n, train).Cost;
        const double h = 0.001;

        Accepted(CostExercises.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias()));
        Accepted(CostExercises.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias(h: 1)));
        Rejected(CostExercises.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias(h: 20)), "the nudge is too big");
        Rejected(CostExercises.SlopeAlongBias(-ExerciseSolutions.SlopeAlongBias()), "check the sign");
        Rejected(CostExercises.SlopeAlongBias((J(new Neuron(start.Weight + h, start.Bias)) - J(start)) / h), "that is the slope along w");
        Rejected(CostExercises.SlopeAlongBias(J(new Neuron(start.Weight, start.Bias + h)) - J(start)), "the rise alone");
        Rejected(CostExercises.SlopeAlongBias(J(start)), "the cost itself");
        Rejected(CostExercises.SlopeAlongBias(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void CostQuestions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(CostExercises.CostOfSixteen(18));
        Rejected(CostExercises.CostOfSixteen(9), "four times");
        Rejected(CostExercises.CostOfSixteen(double.NaN), "in place of double.NaN");

        Accepted(CostExercises.SlopeAtTwoPointSix(2627));
        Rejected(CostExercises.SlopeAtTwoPointSix(-2627), "Which side of the bottom");
        Assert.DoesNotContain("positive", CostExercises.SlopeAtTwoPointSix(-2627).Message, StringComparison.Ordinal);
        Assert.Single(CostExercises.SlopeAtTwoPointSix(-2627).Message.Split("2627")[1..]);   // only the learner's own number
        Assert.DoesNotContain("as steep", CostExercises.SlopeAtTwoPointSix(0).Message, StringComparison.Ordinal);
        Rejected(CostExercises.SlopeAtTwoPointSix(0), "only at the bottom");

        Accepted(CostExercises.CostRiseFromSlope(0.657));
        Accepted(CostExercises.CostRiseFromSlope(ExerciseSolutions.CostRiseFromSlope()));
        Rejected(CostExercises.CostRiseFromSlope(657), "a whole unit of w");
        Rejected(CostExercises.CostRiseFromSlope(-0.657), "check the sign");
        Assert.DoesNotContain("positive", CostExercises.CostRiseFromSlope(-0.657).Message, StringComparison.Ordinal);
        Rejected(CostExercises.CostRiseFromSlope(0.001), "that is the run");
        Rejected(CostExercises.CostRiseFromSlope(double.NaN), "in place of double.NaN");
    }
}
