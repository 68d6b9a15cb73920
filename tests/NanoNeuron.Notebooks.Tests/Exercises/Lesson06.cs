namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 06's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// 06 — the slope along w of ŷ = (x − 50)·w + b at w = 2, b = 30: nudging w by h moves each prediction by
    /// (x − 50)·h, so each error is weighted by x − 50, and J averages them.
    /// </summary>
    public static double CentredSlope()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = TryIt.ExerciseNeuron;
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

/// <summary>Lesson 06's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void CentredSlope_SolutionPasses_CommonSlipsGetHints()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = TryIt.ExerciseNeuron;
        double solution = ExerciseSolutions.CentredSlope();
        double weightedByX = 0, plain = 0;
        for (int i = 0; i < train.Count; i++)
        {
            weightedByX += ((train.X[i] - 50) * model.Weight + model.Bias - train.Y[i]) * train.X[i];
            plain += (model.Predict(train.X[i]) - train.Y[i]) * train.X[i];
        }

        Accepted(TryIt.CentredSlope(solution));
        Rejected(TryIt.CentredSlope(weightedByX / train.Count), "not x·h");
        Rejected(TryIt.CentredSlope(-solution), "the sign is flipped");
        Rejected(TryIt.CentredSlope(solution * train.Count), "that is the sum");
        Rejected(TryIt.CentredSlope(plain / train.Count), "the plain neuron");
        Rejected(TryIt.CentredSlope(0), "Follow a nudge");
    }

    [Fact]
    public void CentredSlope_AgreesWithNudgingW()
    {
        var centred = TryIt.CentredTrain();
        var model = TryIt.ExerciseNeuron;
        const double h = 1e-6;
        double J(Neuron n) => Propagation.ForwardPropagation(n, centred).Cost;
        Assert.Equal(ExerciseSolutions.CentredSlope(), (J(model with { Weight = model.Weight + h }) - J(model)) / h, 0.01);
    }

    [Fact]
    public void Lesson06Questions_RightAnswersPass_SlipsGetHints()
    {
        Accepted(Questions.PredictionMoveForWeightNudge(0.01));
        Rejected(Questions.PredictionMoveForWeightNudge(0.001), "10 times as far");
        Rejected(Questions.PredictionMoveForWeightNudge(double.NaN), "in place of double.NaN");

        Accepted(Questions.PredictionMoveForBiasNudge('a'));
        Rejected(Questions.PredictionMoveForBiasNudge('b'), "x multiplies w, not b");
        Rejected(Questions.PredictionMoveForBiasNudge('c'), "moves them all");

        Accepted(Questions.WhichWayForPositiveSlope('b'));
        Rejected(Questions.WhichWayForPositiveSlope('a'), "goes uphill");
        Rejected(Questions.WhichWayForPositiveSlope('c'), "only one way goes down");
    }
}
