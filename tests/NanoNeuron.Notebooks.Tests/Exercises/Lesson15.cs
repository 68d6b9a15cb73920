namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 15's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>15 — the least-squares line from the averages.</summary>
    public static (double Weight, double Bias) LeastSquares()
    {
        var train = TryIt.NoisySplit().Train;
        double meanX = train.X.Average(), meanY = train.Y.Average();
        double sxy = train.X.Zip(train.Y, (x, y) => (x - meanX) * (y - meanY)).Average();
        double sxx = train.X.Average(x => (x - meanX) * (x - meanX));
        double weight = sxy / sxx;
        return (weight, meanY - weight * meanX);
    }
}

/// <summary>Lesson 15's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void LeastSquares_SolutionPasses_UpsideDownRatioGetsAHint()
    {
        var (weight, bias) = ExerciseSolutions.LeastSquares();
        Accepted(TryIt.LeastSquares(weight, bias));
        Rejected(TryIt.LeastSquares(weight, 32), "passes through the averages");
        Rejected(TryIt.LeastSquares(1.8, 32), "should be mean((x − x̄)(y − ȳ))");
        Assert.DoesNotContain(TryIt.Format(weight), TryIt.LeastSquares(1.8, 32).Message, StringComparison.Ordinal);
        Rejected(TryIt.LeastSquares(1 / weight, bias), "upside down");
    }

    [Fact]
    public void Lesson15Questions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(Questions.LeastSquaresTestCost('b'));
        Rejected(Questions.LeastSquaresTestCost('a'), "never quite arrive");
        Rejected(Questions.LeastSquaresTestCost('?'), "write one of");
        Accepted(Questions.SufficientStatisticsEpoch('b'));
        Rejected(Questions.SufficientStatisticsEpoch('a'), "visits every reading");
        Rejected(Questions.SufficientStatisticsEpoch('c'), "does not grow");
        Accepted(Questions.SinglePrecisionCost('b'));
        Rejected(Questions.SinglePrecisionCost('a'), "seven significant digits");
        Rejected(Questions.SinglePrecisionCost('c'), "cannot make it worse");
    }
}
