using NanoNeuron.Fast;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 07's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// 07 — the learning rate with the lowest cost after 70,000 epochs: search a fine grid below 2/λmax, skipping
    /// those that blow up. The best lies just under the limit, about 0.00060888.
    /// </summary>
    public static double BestLearningRate()
    {
        var train = DataSets.GenerateDataSets().Train;
        double bestRate = 0, bestCost = double.PositiveInfinity;
        for (double rate = 0.000600; rate < 0.000610; rate += 0.000001)
        {
            try
            {
                double cost = FastTraining.TrainModel(Neuron.OriginalStart, train, 70_000, rate, Summation.SufficientStatistics).CostAfter;
                if (cost < bestCost)
                {
                    (bestRate, bestCost) = (rate, cost);
                }
            }
            catch (TrainingDivergedException)
            {
                // Too large: the bounces across the valley grow.
            }
        }

        return bestRate;
    }

    /// <summary>07 — the question: α = 1/λ lands on the bottom of the bowl J(w) = w² in one step.</summary>
    public const double OneStepToTheBottom = 0.5;
}

/// <summary>Lesson 07's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void BestLearningRate_SolutionPasses_TooSmallTooCloseAndTooLargeGetHints()
    {
        Accepted(TryIt.BestLearningRate(ExerciseSolutions.BestLearningRate()));
        Accepted(TryIt.BestLearningRate(0.000607));
        Rejected(TryIt.BestLearningRate(0.0005), "look between 0.0005 and");
        Rejected(TryIt.BestLearningRate(0.0006), "times the lowest a fine search finds");
        Rejected(TryIt.BestLearningRate(0.00060896), "hardly shrink");
        Rejected(TryIt.BestLearningRate(0.000609), "not below 2/λmax");
        Rejected(TryIt.BestLearningRate(0.0007), "training refuses it before the first epoch");
        Rejected(TryIt.BestLearningRate(-1), "small positive number");
    }

    [Fact]
    public void WeightAfterOneEpoch_AboveIsRight_OthersGetTheirHints()
    {
        Accepted(Questions.WeightAfterOneEpoch('c'));
        Rejected(Questions.WeightAfterOneEpoch('a'), "goes up, not down");
        Rejected(Questions.WeightAfterOneEpoch('b'), "far more than");
        Rejected(Questions.WeightAfterOneEpoch('?'), "in place of '?'");
    }

    [Fact]
    public void OneStepToTheBottom_HalfIsRight_TheLimitAndHalfwayGetHints()
    {
        Accepted(Questions.OneStepToTheBottom(ExerciseSolutions.OneStepToTheBottom));
        Rejected(Questions.OneStepToTheBottom(1), "bounces");
        Rejected(Questions.OneStepToTheBottom(0.25), "halfway");
        Rejected(Questions.OneStepToTheBottom(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void TooLargeLearningRate_BlowingUpIsRight_FasterAndSlowerGetHints()
    {
        Accepted(Questions.TooLargeLearningRate('c'));
        Rejected(Questions.TooLargeLearningRate('a'), "not stable");
        Rejected(Questions.TooLargeLearningRate('b'), "those bounces grow");
    }
}
