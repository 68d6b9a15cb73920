using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>The original program's mistakes. The predict-then-run questions and the "Try it" checker.</summary>
public static class OriginalExercises
{
    /// <summary>
    /// Turn a cost history recorded the original's way (the cost before each update) into the true one
    /// (the cost before training, then after every update), given the trained neuron and the training data.
    /// </summary>
    // Solution: For n epochs the original returns n costs, those after 0 … n − 1 updates; the true history has n + 1:
    // the missing one is the trained neuron's cost, J(trained) on the training data.
    [TryIt]
    public static Feedback TrueHistory(Func<IReadOnlyList<double>, Neuron, DataSet, IReadOnlyList<double>> fix)
    {
        ArgumentNullException.ThrowIfNull(fix);

        // Copied inside the watched call: a list that throws when read is the learner's, like a function that throws. Only
        // two costs beyond the original's are read: enough to tell a list that is too long, even an endless one.
        return LearnerCode.Check<IReadOnlyList<double>, Neuron, DataSet, IReadOnlyList<double>>(
            (history, trained, examples) => fix(history, trained, examples) is { } fixedHistory ? [.. fixedHistory.Take(history.Count + 2)] : null!, TrueHistoryOf);
    }

    private static Feedback TrueHistoryOf(Func<IReadOnlyList<double>, Neuron, DataSet, IReadOnlyList<double>> fix)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        (Neuron Start, int Epochs)[] runs = [(Neuron.OriginalStart, 3), (new Neuron(1, 1), 10), (Neuron.OriginalStart, 0)];
        foreach (var (start, epochs) in runs)
        {
            var truth = NanoNeuron.Training.TrainModel(start, train, epochs, Hyperparameters.LearningRate);
            double[] original = [.. truth.CostHistory.Take(epochs)];
            IReadOnlyList<double>? mine;
            try
            {
                mine = fix((double[])original.Clone(), truth.Model, train);
            }
            catch (LearnerCode.Threw thrown) when (epochs == 0 && thrown.InnerException is IndexOutOfRangeException or ArgumentException or InvalidOperationException)
            {
                return Feedback.Hint($"for a run of {epochs} epochs (the original's history then holds {epochs} costs) your function threw {NanoNeuron.Tools.PrintableText.Escape(thrown.InnerException.GetType().Name)}: the history can be empty, so the cost you add cannot be read from it. Which of the other two things you are handed can give it?");
            }

            if (mine is null)
            {
                return Feedback.Hint("return the fixed history: the original's costs and one more.");
            }

            string run = $"for {epochs} epochs from w = {Judge.Format(start.Weight)}, b = {Judge.Format(start.Bias)}";
            if (mine.Count > 0 && !Judge.Close(mine[0], truth.CostBefore))
            {
                return Feedback.Hint($"{run}, the first cost should be the cost before training, {Judge.Format(truth.CostBefore)} (the original's first), but yours is {Judge.Format(mine[0])}. Keep all of the original's costs and add one at the end.");
            }

            if (mine.Count == epochs && epochs > 0)
            {
                return Feedback.Hint($"{run}, your history has {epochs} costs, like the original's: one before each update. The true history holds a cost before training and one after every update: which one is missing, and which of the three things you are handed can give it?");
            }

            if (mine.Count != epochs + 1)
            {
                return Feedback.Hint($"{run}, the true history holds {epochs + 1} costs (one before training, one after each of the {epochs} updates); yours has {(mine.Count > epochs + 1 ? "more" : mine.Count.ToString(CultureInfo.InvariantCulture))}.");
            }

            if (epochs > 0 && Judge.Close(mine[^1], original[^1]))
            {
                return Feedback.Hint($"{run}, your last cost, {Judge.Format(mine[^1])}, is the original's last again: the cost before the last update. The cost after it is one the original never measures: which of the things you are handed can give it, and with which of the course's functions?");
            }

            for (int k = 0; k < mine.Count; k++)
            {
                if (!Judge.Close(mine[k], truth.CostHistory[k]))
                {
                    return Feedback.Hint($"{run}, cost number {k} should be {Judge.Format(truth.CostHistory[k])} (the cost after {k} updates), but yours is {Judge.Format(mine[k])}. Which cost is that, and which of the three things you are handed can measure it?");
                }
            }
        }

        return Feedback.Right("the original's costs are the costs after 0, 1, … n − 1 updates; the one it never measures is the trained neuron's. Appending J(trained) gives n + 1 costs, and the last is the true cost after training.");
    }

    /// <summary>
    /// The cost the original's <c>forwardPropagation(model, …)</c> returns when handed the perfect neuron
    /// (w = 1.8, b = 32) while its global <c>nanoNeuron</c> is still the original start.
    /// </summary>
    [Question]
    public static Feedback CostWhenHandedThePerfectNeuron(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double global = Propagation.ForwardPropagation(Neuron.OriginalStart, train).Cost;
        double handed = Propagation.ForwardPropagation(new Neuron(1.8, 32), train).Cost;
        return Judge.Number(cost, global, 0.05,
            Invariant($"the original predicts with the global nanoNeuron whatever model it is handed, so it returns the original start's cost, about {global:F1}."),
            (handed, "that is the cost of the neuron it was handed, and what this library returns; the original never reads its model argument."));
    }

    /// <summary>Is a sum of negated terms exactly the negated sum in floating point? (a) yes, bit for bit; (b) no, the last digits differ; (c) only for whole numbers.</summary>
    [Question]
    public static Feedback NegatedSumToTheLastBit(char answer)
    {
        // Decided by the numbers: the original's Σ (y − ŷ)·x and Σ (y − ŷ) against the library's gradients, at the original start.
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var forward = Propagation.ForwardPropagation(Neuron.OriginalStart, train);
        var gradients = Propagation.BackwardPropagation(forward, train);
        double dW = 0, dB = 0;
        for (int i = 0; i < train.Count; i++)
        {
            dW += (train.Y[i] - forward.Predictions[i]) * train.X[i];
            dB += train.Y[i] - forward.Predictions[i];
        }

        bool exact = BitConverter.DoubleToInt64Bits(dW / train.Count) == BitConverter.DoubleToInt64Bits(-gradients.DW)
            && BitConverter.DoubleToInt64Bits(dB / train.Count) == BitConverter.DoubleToInt64Bits(-gradients.DB);
        return Judge.Choice(answer, exact ? 'a' : 'b',
            "rounding to the nearest double is symmetric about zero, so (−a) + (−b) rounds to exactly −(a + b): every partial sum, and the total, is the same bits with the other sign. That is why the original and this library train to identical numbers.",
            ('b', "rounding to the nearest double depends on the size of the exact result. Does it depend on its sign? Follow one addition, (−a) + (−b), against a + b."),
            ('c', "nothing here needs whole numbers: rounding to the nearest double treats fractions like any other value. Ask instead whether it treats a value and its negative alike."));
    }

    /// <summary>With the article's formulas (no 1/m) and α = 0.0005, does training converge? (a) yes, 100 times faster; (b) no, it diverges; (c) yes, to another line.</summary>
    [Question]
    public static Feedback WithoutOneOverM(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double bound = Stability.LargestStableLearningRate(train);
        double effective = Hyperparameters.LearningRate * train.Count;
        return Judge.Choice(answer, effective < bound ? 'a' : 'b',
            Invariant($"without the 1/m every step is m = {train.Count} times longer, the same as α = {Judge.Format(effective)}: far above the stable limit 2/λmax ≈ {bound:G3}, so each step overshoots further and the cost grows."),
            ('a', Invariant($"a longer step is not always a faster descent. Without the 1/m every step is {train.Count} times longer: compare {train.Count} × 0.0005 with lesson 07's stable limit 2/λmax ≈ {bound:G3}.")),
            ('c', "where training would end up does not depend on the step size: the lowest cost is at w = 1.8, b = 32 either way. The question is whether it gets there at all."));
    }

    /// <summary>
    /// Which entry of this library's 70,001-cost history (index 0: before training; index k: after k updates) is the
    /// original's printed "cost after the training".
    /// </summary>
    [Question]
    public static Feedback OriginalsFigureIndex(double index)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        int length = FastTraining.TrainModel(Neuron.OriginalStart, train, Hyperparameters.Epochs, Hyperparameters.LearningRate, Summation.SufficientStatistics).CostHistory.Length;
        int updatesBefore = length - 2;
        return Judge.Number(index, updatesBefore, 0.5,
            Invariant($"the original prints the cost it measured before its last update, that is after {updatesBefore:N0} updates: entry {updatesBefore:N0}, one before the last."),
            (length - 1, "that is the last entry, the cost after all the updates: the true cost after training, which the original never measures."),
            (updatesBefore - 1, "the original's last entry is measured before the last update, so after every update but that one: count the updates it has seen."),
            (length, "the entries are numbered from 0 (before training) to the number of updates; there is no entry with that number."));
    }
}
