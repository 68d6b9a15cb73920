namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="BackwardPropagationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// The slope along w of ŷ = (x − 50)·w + b at w = 2, b = 30: nudging w by h moves each prediction by
    /// (x − 50)·h, so each error is weighted by x − 50, and J averages them.
    /// </summary>
    public static double CentredSlope()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = ForwardPropagationExercises.ExerciseNeuron;
        double dW = 0;
        for (int i = 0; i < train.Count; i++)
        {
            double input = train.X[i] - 50;
            double prediction = input * model.Weight + model.Bias;
            dW += (prediction - train.Y[i]) * input;
        }

        return dW / train.Count;
    }
}

/// <summary><see cref="BackwardPropagationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void CentredSlope_SolutionPasses_CommonSlipsGetHints()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = ForwardPropagationExercises.ExerciseNeuron;
        double solution = ExerciseSolutions.CentredSlope();
        double weightedByX = 0, plain = 0;
        for (int i = 0; i < train.Count; i++)
        {
            weightedByX += ((train.X[i] - 50) * model.Weight + model.Bias - train.Y[i]) * train.X[i];
            plain += (model.Predict(train.X[i]) - train.Y[i]) * train.X[i];
        }

        Accepted(BackwardPropagationExercises.CentredSlope(solution));
        Rejected(BackwardPropagationExercises.CentredSlope(weightedByX / train.Count), "not x·h");
        Rejected(BackwardPropagationExercises.CentredSlope(-solution), "the sign is flipped");
        Rejected(BackwardPropagationExercises.CentredSlope(solution + 0.04), "within 1 % but not exact");
        Rejected(BackwardPropagationExercises.CentredSlope(solution * train.Count), "that is the sum");
        Rejected(BackwardPropagationExercises.CentredSlope(plain / train.Count), "the plain neuron");
        Rejected(BackwardPropagationExercises.CentredSlope(0), "Follow a nudge");

        // Nudging both ways, as the lesson's own cell does (attack 5, X1): h = 0.001 passes; h = 1e-6 is off by rounding, and the hint says so.
        var centred = BackwardPropagationExercises.CentredTrain();
        var start = BackwardPropagationExercises.ExerciseNeuron;
        double TwoSided(double h) =>
            (Propagation.ForwardPropagation(new Neuron(start.Weight + h, start.Bias), centred).Cost
             - Propagation.ForwardPropagation(new Neuron(start.Weight - h, start.Bias), centred).Cost) / (2 * h);
        Accepted(BackwardPropagationExercises.CentredSlope(TwoSided(0.001)));
        Rejected(BackwardPropagationExercises.CentredSlope(TwoSided(1e-6)), "keeps one from rounding");
    }

    [Fact]
    public void CentredSlope_AgreesWithNudgingW()
    {
        var centred = BackwardPropagationExercises.CentredTrain();
        var model = ForwardPropagationExercises.ExerciseNeuron;
        const double h = 1e-6;
        double J(Neuron n) => Propagation.ForwardPropagation(n, centred).Cost;
        Assert.Equal(ExerciseSolutions.CentredSlope(), (J(model with { Weight = model.Weight + h }) - J(model)) / h, 0.01);
    }

    [Fact]
    public void BackwardPropagationQuestions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(BackwardPropagationExercises.PredictionMoveForWeightNudge(0.01));
        Rejected(BackwardPropagationExercises.PredictionMoveForWeightNudge(0.001), "what happens to x·w");
        Assert.DoesNotContain("10 times", BackwardPropagationExercises.PredictionMoveForWeightNudge(0.001).Message, StringComparison.Ordinal);
        Rejected(BackwardPropagationExercises.PredictionMoveForWeightNudge(double.NaN), "in place of double.NaN");

        Accepted(BackwardPropagationExercises.PredictionMoveForBiasNudge('a'));
        Rejected(BackwardPropagationExercises.PredictionMoveForBiasNudge('b'), "x multiplies w, not b");
        Rejected(BackwardPropagationExercises.PredictionMoveForBiasNudge('c'), "moves them all");

        Accepted(BackwardPropagationExercises.WhichWayForBias('b'));
        Rejected(BackwardPropagationExercises.WhichWayForBias('a'), "follows the slope");
        Rejected(BackwardPropagationExercises.WhichWayForBias('c'), "not zero");
    }
}
