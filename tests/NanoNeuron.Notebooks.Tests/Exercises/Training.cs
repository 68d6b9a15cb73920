namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="TrainingExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// The learning rate with the lowest cost after 70,000 epochs: search a fine grid below 2/λmax, skipping
    /// those that blow up. The best lies just under the limit, about 0.00060888.
    /// </summary>
    public static double BestLearningRate()
    {
        var train = DataSets.GenerateDataSets().Train;
        double limit = Stability.LargestStableLearningRate(train);
        double bestRate = 0, bestCost = double.PositiveInfinity;

        // A larger α shrinks the distance along the flat valley faster, so look just below the limit,
        // in steps of a thousandth of it.
        for (int k = 1; k <= 20; k++)
        {
            double rate = limit * (1 - (k / 1000.0));
            double cost = Training.TrainModel(Neuron.OriginalStart, train, 70_000, rate).CostAfter;
            if (cost < bestCost)
            {
                (bestRate, bestCost) = (rate, cost);
            }
        }

        return bestRate;
    }

    /// <summary>The question: α = 1/λ lands on the bottom of the bowl J(w) = w² in one step.</summary>
    public const double RateOnTheBowl = 0.5;
}

/// <summary><see cref="TrainingExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void BestLearningRate_SolutionPasses_TooSmallTooCloseAndTooLargeGetHints()
    {
        Accepted(TrainingExercises.BestLearningRate(ExerciseSolutions.BestLearningRate()));
        Accepted(TrainingExercises.BestLearningRate(0.000607));
        Rejected(TrainingExercises.BestLearningRate(0.0005), "Think of the rule 1 − αλ");
        Assert.DoesNotContain("0.0006", TrainingExercises.BestLearningRate(0.0005).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2/λmax", TrainingExercises.BestLearningRate(0.0003).Message, StringComparison.Ordinal);
        Rejected(TrainingExercises.BestLearningRate(0.0006), "times the lowest a fine search finds");
        Rejected(TrainingExercises.BestLearningRate(0.00060896), "hardly shrink");
        Rejected(TrainingExercises.BestLearningRate(0.000609), "not below 2/λmax");
        Rejected(TrainingExercises.BestLearningRate(0.0007), "training refuses it before the first epoch");
        Rejected(TrainingExercises.BestLearningRate(-1), "small positive number");
    }

    [Fact]
    public void WeightAfterOneEpoch_AboveIsRight_OthersGetTheirHints()
    {
        Accepted(TrainingExercises.WeightAfterOneEpoch('c'));
        Rejected(TrainingExercises.WeightAfterOneEpoch('a'), "goes up, not down");
        Rejected(TrainingExercises.WeightAfterOneEpoch('b'), "would take a step of exactly");
        Rejected(TrainingExercises.WeightAfterOneEpoch('?'), "in place of '?'");
    }

    [Fact]
    public void RateOnTheBowl_HalfIsRight_TheLimitAndHalfwayGetHints()
    {
        Accepted(TrainingExercises.RateOnTheBowl(ExerciseSolutions.RateOnTheBowl));
        Rejected(TrainingExercises.RateOnTheBowl(1), "bounces");
        Rejected(TrainingExercises.RateOnTheBowl(0.25), "halfway");
        Rejected(TrainingExercises.RateOnTheBowl(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void HalvingEpochs_AboutFiftyFiveHundredIsRight_TheOthersSayHowMuchTheyKeep()
    {
        Accepted(TrainingExercises.HalvingEpochs('c'));
        Rejected(TrainingExercises.HalvingEpochs('a'), "far more than half");
        Rejected(TrainingExercises.HalvingEpochs('b'), "far more than half");
        Rejected(TrainingExercises.HalvingEpochs('d'), "far less than half");
        Rejected(TrainingExercises.HalvingEpochs('?'), "in place of '?'");
    }

    [Fact]
    public void TooLargeLearningRate_BlowingUpIsRight_FasterAndSlowerGetHints()
    {
        Accepted(TrainingExercises.TooLargeLearningRate('c'));
        Rejected(TrainingExercises.TooLargeLearningRate('a'), "not slower");
        Rejected(TrainingExercises.TooLargeLearningRate('b'), "along the valley it would be faster");
    }
}
