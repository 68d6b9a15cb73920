using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="RealLibraryExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// The cost of (w, b) from five averages: each error is d + rest, d = w·x̄ + b − ȳ the same for every example,
    /// rest = w·(x − x̄) − (y − ȳ) averaging to zero, so mean((d + rest)²) = d² + mean(rest²).
    /// </summary>
    public static double CostFromAverages(DataAverages a, double w, double b)
    {
        ArgumentNullException.ThrowIfNull(a);
        double d = (w * a.MeanX) + b - a.MeanY;
        return ((d * d) + (w * w * a.XX) - (2 * w * a.XY) + a.YY) / 2;
    }
}

/// <summary><see cref="RealLibraryExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void CostFromAverages_SolutionPasses_SlipsGetTheirHints()
    {
        Accepted(RealLibraryExercises.CostFromAverages(ExerciseSolutions.CostFromAverages));
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => 0), "Start from the way in above");
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => 2 * ExerciseSolutions.CostFromAverages(a, w, b)), "twice the cost");
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => Math.Pow((w * a.MeanX) + b - a.MeanY, 2) / 2), "single reading sitting at the averages");
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => ((w * w * a.XX) - (2 * w * a.XY) + a.YY) / 2), "line through (x̄, ȳ)");
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => ExerciseSolutions.CostFromAverages(a, w, b) + (2 * w * a.XY)), "sign of the middle term");
        Rejected(RealLibraryExercises.CostFromAverages((a, w, b) => ExerciseSolutions.CostFromAverages(a, w, b) + ((w - (w * w)) * a.XX / 2)), "how many times w appears");
        foreach (var nearMiss in new Func<DataAverages, double, double, double>[]
        {
            (a, w, b) => ExerciseSolutions.CostFromAverages(a, w, b) + (2 * w * a.XY),
            (a, w, b) => ExerciseSolutions.CostFromAverages(a, w, b) + ((w - (w * w)) * a.XX / 2),
        })
        {
            string hint = RealLibraryExercises.CostFromAverages(nearMiss).Message;
            Assert.DoesNotContain("−2·w·a.XY", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("w·w·a.XX", hint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CostFromAverages_MatchesVisitingEveryExample()
    {
        // The algebra, checked numerically on data with and without noise, for several neurons.
        DataSet[] sets = [RealLibraryExercises.StationReadings(), DataSets.GenerateDataSets().Train, Thermometer.Readings(7, noise: 20, seed: 3)];
        foreach (var set in sets)
        {
            var averages = DataAverages.Of(set);
            foreach (var neuron in new[] { Neuron.OriginalStart, new Neuron(1.8, 32), new Neuron(-3, 100), new Neuron(0, 0) })
            {
                double visited = Propagation.ForwardPropagation(neuron, set).Cost;
                Assert.Equal(visited, ExerciseSolutions.CostFromAverages(averages, neuron.Weight, neuron.Bias), 1e-9 * Math.Max(1, visited));
            }
        }
    }

    [Fact]
    public void RealLibraryQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(RealLibraryExercises.LeastSquaresTestCost('b'));
        Rejected(RealLibraryExercises.LeastSquaresTestCost('a'), "never quite arrive");
        Rejected(RealLibraryExercises.LeastSquaresTestCost('?'), "write one of");
        Accepted(RealLibraryExercises.SufficientStatisticsEpoch('b'));
        Rejected(RealLibraryExercises.SufficientStatisticsEpoch('a'), "visits every reading");
        Rejected(RealLibraryExercises.SufficientStatisticsEpoch('c'), "computed once before training");
        Accepted(RealLibraryExercises.SinglePrecisionCost('b'));
        Rejected(RealLibraryExercises.SinglePrecisionCost('a'), "seven significant digits");
        Rejected(RealLibraryExercises.SinglePrecisionCost('c'), "against ML.NET's");
    }
}
