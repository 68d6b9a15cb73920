using System.Collections.Immutable;

namespace NanoNeuron.Exercises;

/// <summary>Training: gradient descent, the learning rate and its limit. The predict-then-run questions and the "Try it" checker.</summary>
public static class TrainingExercises
{
    /// <summary>How much higher than the lowest cost a fine search finds the "Try it" still accepts: 10%.</summary>
    public const double BestLearningRateSlack = 1.10;

    /// <summary>
    /// The learning rate that leaves the original start with the lowest cost after 70,000 epochs.
    /// Accepts any α whose cost is within 10% of the lowest that a fine search finds.
    /// </summary>
    // Solution: along the flat direction of the valley each epoch keeps 1 − α·λmin of the distance, so a larger α is
    // faster; across it the factor 1 − α·λmax must stay above −1, so α must stay below 2/λmax.
    // The best α lies just under that limit (measured: about 0.00060888, cost about 5.1e-8; α from about 0.0006062 to 0.0006089 is within 10%, and 0.0006 is not).
    [TryIt]
    public static Feedback BestLearningRate(double learningRate)
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            return Feedback.Hint("a learning rate is a small positive number, such as 0.0005.");
        }

        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var (steepest, flattest) = Stability.HessianEigenvalues(train.X.AsSpan());
        double bound = 2 / steepest;
        string across = Invariant($"1 − αλmax = 1 − {Judge.Format(learningRate)} × {steepest:F2} ≈ {1 - learningRate * steepest:G5}");
        if (learningRate >= bound)
        {
            string outcome = TrainFast(train, learningRate).Match(grown => Invariant($"the cost ends at {grown.CostAfter:G3}"), _ => "training refuses it before the first epoch");
            return Feedback.Hint(Invariant($"α = {Judge.Format(learningRate)} is not below 2/λmax ≈ {bound:G5}: across the valley each epoch multiplies the distance by {across}, at or beyond −1, so the bounces never shrink and {outcome}. Stay below the limit."));
        }

        var (bestRate, bestCost) = FinestSearch(train, bound);
        double cost = CostAfterTraining(train, learningRate);
        double original = CostAfterTraining(train, Hyperparameters.LearningRate);
        if (cost <= BestLearningRateSlack * bestCost)
        {
            return Feedback.Right(Invariant($"α = {Judge.Format(learningRate)} leaves a cost of {cost:G3} after 70,000 epochs, {original / cost:F0} times lower than the original's α = 0.0005 ({original:G3}). ")
                + Invariant($"The best α lies just under 2/λmax ≈ {bound:G5}: the larger the step, the more each epoch shrinks the distance along the flat valley (it keeps 1 − αλmin = {1 - learningRate * flattest:F6} of it), ")
                + $"as long as the bounces across the valley still shrink ({across}).");
        }

        return learningRate > bestRate
            ? Feedback.Hint(Invariant($"α = {Judge.Format(learningRate)} is stable, but so close to 2/λmax ≈ {bound:G5} that the bounces across the valley hardly shrink ({across}): the cost is still {cost:G3}. Step back a little."))
            : Feedback.Hint(Invariant($"α = {Judge.Format(learningRate)} is stable, but leaves a cost of {cost:G3}, {Ratio(cost / bestCost)} times the lowest a fine search finds. Think of the rule 1 − αλ: what does each epoch keep along the flat floor at this α, and what must the bounces across the valley still do? That tells you which way to move α, and how far it may go."));
    }

    private static string Ratio(double ratio) => ratio < 10 ? Invariant($"{ratio:F2}") : Invariant($"{ratio:N0}");

    /// <summary>70,000 epochs from the original start on the fast path (the sufficient statistics): the trained neuron, or the divergence.</summary>
    private static TrainingOutcome<Neuron> TrainFast(DataSet train, double learningRate)
    {
        try
        {
            return new(FastTraining.TrainModel(Neuron.OriginalStart, train, Hyperparameters.Epochs, learningRate, Summation.SufficientStatistics));
        }
        catch (TrainingDivergedException diverged)
        {
            return new(diverged.Divergence);
        }
    }

    /// <summary>The cost after 70,000 epochs from the original start; infinite if training diverged, so that any finite cost ranks lower.</summary>
    private static double CostAfterTraining(DataSet train, double learningRate) =>
        TrainFast(train, learningRate).Result?.CostAfter ?? double.PositiveInfinity;

    /// <summary>The learning rate with the lowest cost among 100 just below the limit: bound·(1 − k/20,000), k = 1 … 100.</summary>
    private static (double Rate, double Cost) FinestSearch(DataSet train, double bound) =>
        Enumerable.Range(1, 100)
            .Select(k => bound * (1 - k / 20_000.0))
            .Select(rate => (Rate: rate, Cost: CostAfterTraining(train, rate)))
            .MinBy(run => run.Cost);

    /// <summary>The curvature λ of the one-dimensional bowl the questions ask about, <c>J(w) = λ·w²/2 = w²</c>.</summary>
    public const double BowlCurvature = 2;

    /// <summary>After one epoch from the original start, is w (a) below 1.8, (b) about 1.8 or (c) above 1.8?</summary>
    [Question]
    public static Feedback WeightAfterOneEpoch(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(Neuron.OriginalStart, train), train);
        double step = -Hyperparameters.LearningRate * gradients.DW;
        double weight = Neuron.OriginalStart.Step(gradients, Hyperparameters.LearningRate).Weight;
        char truth = weight > Temperature.Weight + 0.01 ? 'c' : weight < Temperature.Weight - 0.01 ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            Invariant($"w moves by −α·∂J/∂w = −0.0005 × ({gradients.DW:F2}) ≈ +{step:F2}, from 0.9492 to about {weight:F2}: past 1.8. The cost is steep there, so the step is long, and it overshoots."),
            ('a', Invariant($"∂J/∂w is negative ({gradients.DW:F2}), so w − α·∂J/∂w goes up, not down.")),
            ('b', Invariant($"landing on 1.8 from 0.9492 would take a step of exactly {Temperature.Weight - Neuron.OriginalStart.Weight:F4}. Work out the step, −α·∂J/∂w with ∂J/∂w = {gradients.DW:F2}, and compare.")));
    }

    /// <summary>On the bowl J(w) = w² (λ = 2), which α takes w from 1 to the bottom, 0, in one step?</summary>
    [Question]
    public static Feedback RateOnTheBowl(double learningRate) =>
        Judge.Number(learningRate, 1 / BowlCurvature, 1e-9,
            "the step multiplies w by 1 − αλ = 1 − 0.5 × 2 = 0: one step lands on the bottom. That is α = 1/λ.",
            (2 / BowlCurvature, "the factor is 1 − 1 × 2 = −1: w bounces from 1 to −1 and back, forever. That is the limit 2/λ, not the best step."),
            (BowlCurvature, "the factor is 1 − 2 × 2 = −3: w jumps to −3, then 9, and grows."),
            (1 / (2 * BowlCurvature), "the factor is 1 − 0.25 × 2 = 0.5: each step goes only halfway."));

    /// <summary>The answers <see cref="HalvingEpochs"/> offers, (a) to (d): about how many epochs halve the distance along the valley.</summary>
    public static ImmutableArray<int> HalvingChoices { get; } = [55, 550, 5_500, 55_000];

    /// <summary>
    /// At α = 0.0005 each epoch keeps 1 − α·λmin ≈ 0.999873 of the distance along the valley floor: about how many epochs
    /// halve it, (a) 55, (b) 550, (c) 5,500 or (d) 55,000?
    /// </summary>
    // Answer: (c); the count is the first n with 0.999873ⁿ ≤ ½: 5,464.
    [Question]
    public static Feedback HalvingEpochs(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double kept = 1 - Hyperparameters.LearningRate * Stability.HessianEigenvalues(train.X.AsSpan()).Smallest;
        int epochs = 0;
        for (double left = 1; left > 0.5; left *= kept)
        {
            epochs++;
        }

        int nearest = HalvingChoices.MinBy(choice => Math.Abs(Math.Log((double)choice / epochs)));
        char truth = (char)('a' + HalvingChoices.IndexOf(nearest));
        string Left(int n) => Judge.Format(Math.Round(Math.Pow(kept, n), 4));
        var wrong = HalvingChoices.Select((n, i) => ((char)('a' + i),
            Invariant($"{n:N0} epochs keep {kept:F6}^{n:N0} ≈ {Left(n)} of the distance, {(Math.Pow(kept, n) > 0.5 ? "far more" : "far less")} than half.")))
            .ToArray();
        return Judge.Choice(answer, truth,
            Invariant($"each epoch removes only {(1 - kept) * 100:F4}% of what is left, so halving takes about {epochs:N0} epochs ({kept:F6}^{epochs:N0} ≈ {Left(epochs)})."),
            wrong);
    }

    /// <summary>At α = 0.0007, does training (a) converge more slowly than at 0.0005, (b) converge faster, or (c) blow up?</summary>
    [Question]
    public static Feedback TooLargeLearningRate(char answer)
    {
        const double learningRate = 0.0007;
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double steepest = Stability.HessianEigenvalues(train.X.AsSpan()).Largest;
        double factor = 1 - learningRate * steepest;
        var divergence = LearningRates.Compare(Neuron.OriginalStart, train, [learningRate]).Single().Outcome.Divergence;
        char truth = divergence is null ? 'b' : 'c';
        string acrossSum = Invariant($"1 − αλmax = 1 − 0.0007 × {steepest:F2}");
        string across = Invariant($"{acrossSum} ≈ {factor:F2}");
        return Judge.Choice(answer, truth,
            Invariant($"across the valley each epoch multiplies the distance by {across}, beyond −1: the bounces grow {Math.Abs(factor):F2} times per epoch and the cost {factor * factor:F2} times, without bound: training stops it at epoch {divergence?.Epoch}, once the cost has risen in {Divergence.RisingEpochs} epochs in a row."),
            ('a', $"a larger α shrinks the distance along the valley faster, not slower. But look across the valley too: work out its factor, {acrossSum}, and ask what it does to the distance epoch after epoch."),
            ('b', $"along the valley it would be faster, yes. But look across the valley too: work out its factor, {acrossSum}, and ask what it does to the distance epoch after epoch."));
    }
}
