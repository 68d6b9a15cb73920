namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 04's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>04 — the slope of J along b at the original start: nudge b alone, rise over run.</summary>
    public static double SlopeAlongBias(double h = 0.001)
    {
        var train = DataSets.GenerateDataSets().Train;
        var start = Neuron.OriginalStart;
        double J(Neuron n) => Propagation.ForwardPropagation(n, train).Cost;
        return (J(new Neuron(start.Weight, start.Bias + h)) - J(start)) / h;
    }
}

/// <summary>Lesson 04's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void SlopeAlongBias_SolutionPasses_CommonSlipsGetHints()
    {
        var train = DataSets.GenerateDataSets().Train;
        var start = Neuron.OriginalStart;
        double J(Neuron n) => Propagation.ForwardPropagation(n, train).Cost;
        const double h = 0.001;

        Accepted(TryIt.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias()));
        Accepted(TryIt.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias(h: 1)));
        Rejected(TryIt.SlopeAlongBias(ExerciseSolutions.SlopeAlongBias(h: 20)), "the nudge is too big");
        Rejected(TryIt.SlopeAlongBias(-ExerciseSolutions.SlopeAlongBias()), "the sign is flipped");
        Rejected(TryIt.SlopeAlongBias((J(new Neuron(start.Weight + h, start.Bias)) - J(start)) / h), "that is the slope along w");
        Rejected(TryIt.SlopeAlongBias(J(new Neuron(start.Weight, start.Bias + h)) - J(start)), "the rise alone");
        Rejected(TryIt.SlopeAlongBias(J(start)), "the cost itself");
        Rejected(TryIt.SlopeAlongBias(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void Lesson04Questions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(Questions.CostOfDoubleError(18));
        Rejected(Questions.CostOfDoubleError(9), "four times");
        Rejected(Questions.CostOfDoubleError(double.NaN), "in place of double.NaN");

        Accepted(Questions.SlopeOnTheOtherSide(2627));
        Rejected(Questions.SlopeOnTheOtherSide(-2627), "positive");
        Rejected(Questions.SlopeOnTheOtherSide(0), "only at the bottom");

        Accepted(Questions.SmallestStep('c'));
        Rejected(Questions.SmallestStep('a'), "smallest slope");
        Rejected(Questions.SmallestStep('d'), "whatever its sign");
        Rejected(Questions.SmallestStep('?'), "in place of '?'");
    }
}
