namespace NanoNeuron.Exercises;

/// <summary>Backward propagation: the two slopes, followed by a nudge. The predict-then-run questions and the "Try it" checker.</summary>
public static class BackwardPropagationExercises
{
    /// <summary>The neuron the exercises ask about: the same as <see cref="ForwardPropagationExercises.ExerciseNeuron"/>.</summary>
    public static Neuron ExerciseNeuron => ForwardPropagationExercises.ExerciseNeuron;

    /// <summary>The number subtracted from every input in the exercise.</summary>
    public const double Centre = 50;

    /// <summary>The training examples with <see cref="Centre"/> subtracted from every input: the exercise's data.</summary>
    public static DataSet CentredTrain()
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        return new DataSet(train.X.Select(x => x - Centre), train.Y);
    }

    /// <summary>
    /// The slope of J along w for the neuron <c>ŷ = (x − 50)·w + b</c> at <see cref="ExerciseNeuron"/>.
    /// </summary>
    // Solution: ∂J/∂w = (1/m)·Σ (ŷᵢ − yᵢ)·(xᵢ − 50), the library's gradient on the centred inputs
    // (nudging w moves each prediction by (x − 50)·h).
    [TryIt]
    public static Feedback CentredSlope(double dW)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var centred = CentredTrain();
        var model = ExerciseNeuron;
        var truth = Propagation.BackwardPropagation(Propagation.ForwardPropagation(model, centred), centred);
        var plain = Propagation.BackwardPropagation(Propagation.ForwardPropagation(model, train), train);
        double weightedByX = 0;
        for (int i = 0; i < train.Count; i++)
        {
            weightedByX += (model.Predict(centred.X[i]) - train.Y[i]) * train.X[i];
        }

        weightedByX /= train.Count;

        if (Judge.Close(dW, truth.DW))
        {
            return Feedback.Right($"∂J/∂w = {Judge.Format(truth.DW)}: nudging w by h moves each prediction by (x − 50)·h, so each error is weighted by x − 50. "
                + "Positive, so w should go down. Nudge w in a cell to see the same slope measured.");
        }

        if (Judge.Close(dW, weightedByX))
        {
            return Feedback.Hint("here nudging w by h moves a prediction by (x − 50)·h, not x·h: weight each error by x − 50.");
        }

        if (Judge.Close(dW, -truth.DW))
        {
            return Feedback.Hint("the sign is flipped: the error is ŷ − y (prediction minus answer), as in the lesson, not y − ŷ.");
        }

        if (Judge.Close(dW, truth.DW * train.Count))
        {
            return Feedback.Hint($"that is the sum: divide by m = {train.Count} for the average, as J itself is an average.");
        }

        if (Judge.Close(dW, plain.DW))
        {
            return Feedback.Hint("that is the slope of the plain neuron ŷ = x·w + b. This neuron predicts (x − 50)·w + b: use that prediction and weight each error by x − 50.");
        }

        if (Math.Abs(dW - truth.DW) <= 0.01 * Math.Abs(truth.DW))
        {
            return Feedback.Hint($"{Judge.Format(dW)} is within 1 % but not exact: a nudge in one direction keeps a small leftover, as the lesson measured, and a very small nudge (such as h = 1e-6) keeps one from rounding. Compute the slope from the errors instead, as the lesson's formula does, or nudge both ways by an h such as 0.001.");
        }

        return Judge.Close(dW, truth.DB)
            ? Feedback.Hint("that is the slope along b (each prediction moves by h). Along w each prediction moves by (x − 50)·h.")
            : Feedback.Hint($"{Judge.Format(dW)} is not it yet. Follow a nudge: when w moves by h, how far does (x − 50)·w + b move? Then reason as the lesson did for x·w + b, and average over the m examples.");
    }

    /// <summary>The input and the nudge the questions on a nudge use.</summary>
    private const double AskedInput = 10, Nudge = 0.001;

    /// <summary>How far the prediction for x = 10 moves when w is nudged by 0.001.</summary>
    [Question]
    public static Feedback PredictionMoveForWeightNudge(double move)
    {
        var start = Neuron.OriginalStart;
        double truth = (start with { Weight = start.Weight + Nudge }).Predict(AskedInput) - start.Predict(AskedInput);
        return Judge.Number(move, truth, 1e-9, "ŷ = x·w + b, so raising w by h raises x·w by x·h: 10 × 0.001 = 0.01.",
            (Nudge, "that is how far w moved. The prediction is x·w + b: what happens to x·w when w moves by h?"),
            (0, "b stays put, but w is multiplied by x, so x·w changes."));
    }

    /// <summary>How far each prediction moves when b is nudged by h: (a) h, (b) x·h, (c) nothing.</summary>
    [Question]
    public static Feedback PredictionMoveForBiasNudge(char answer)
    {
        var start = Neuron.OriginalStart;
        double move = (start with { Bias = start.Bias + Nudge }).Predict(AskedInput) - start.Predict(AskedInput);
        char truth = Math.Abs(move - Nudge) < 1e-9 ? 'a' : Math.Abs(move - AskedInput * Nudge) < 1e-9 ? 'b' : 'c';
        return Judge.Choice(answer, truth, "b is added as it is, not multiplied by x: every prediction moves by exactly h, whatever its x.",
            ('a', "b is added to x·w as it is, so every prediction moves by h."),
            ('b', "x multiplies w, not b. In ŷ = x·w + b, raise b by h and see what that adds to ŷ."),
            ('c', "b is part of every prediction, ŷ = x·w + b, so moving b moves them all: by how much?"));
    }

    /// <summary>Which way b should move at w = 2, b = 30, where b is below its target 32: (a) up, towards 32, (b) down, or (c) either.</summary>
    // Solution: (b) down — the slope along b there is +7.9 (w's excess outweighs b's shortfall), and a step goes against it.
    [Question]
    public static Feedback WhichWayForBias(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var model = ExerciseNeuron;
        double J(Neuron n) => Propagation.ForwardPropagation(n, train).Cost;
        double cost = J(model), up = J(model with { Bias = model.Bias + 0.01 }), down = J(model with { Bias = model.Bias - 0.01 });
        char truth = down < cost && down < up ? 'b' : up < cost ? 'a' : 'c';
        return Judge.Choice(answer, truth, "with w = 2 every prediction above 10 °C is too high, so the average error, ∂J/∂b, is positive: the cost rises as b grows, and for now b must go down, away from 32. Training follows the slope, not the answer, which it does not know.",
            ('a', "training does not know that b should end at 32: it follows the slope. Work out the sign of ∂J/∂b here, the average of the errors (2·x + 30) − (1.8·x + 32) over x = 0 to 99."),
            ('c', "∂J/∂b is not zero here: average the errors 0.2·x − 2 over x = 0 to 99 and look at the sign."));
    }
}
