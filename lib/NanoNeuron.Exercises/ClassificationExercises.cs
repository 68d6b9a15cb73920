namespace NanoNeuron.Exercises;

/// <summary>Classification: a sigmoid neuron, its boundary and its cost. The predict-then-run questions and the "Try it" checker.</summary>
public static class ClassificationExercises
{
    /// <summary>The probability of "hot" the "Try it" asks about.</summary>
    public const double HotProbabilityAsked = 0.9;

    /// <summary>The temperature, in °C, at which the trained classifier says "hot" with probability 90 %.</summary>
    // Solution: The truth is x = (z₉₀ − b)/w with σ(z₉₀) = 0.9, that is z₉₀ = ln 9. A search over temperatures to
    // 0.01 °C passes too (tolerance 0.05 °C).
    [TryIt]
    public static Feedback HotNinetyPercent(double celsius)
    {
        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var standardized = Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model;
        var classifier = standardizer.ToOriginal(standardized);
        double z90 = Math.Log(HotProbabilityAsked / (1 - HotProbabilityAsked));
        double truth = (z90 - classifier.Bias) / classifier.Weight;
        bool Near(double value) => Math.Abs(celsius - value) <= 0.05;
        if (Near(truth))
        {
            return Feedback.Right($"at {Judge.Format(Math.Round(truth, 2))} °C, z = x·w + b = {Judge.Format(Math.Round(classifier.Predict(truth), 3))} and "
                + $"p = σ(z) = {Judge.Format(Math.Round(Logistic.Probability(classifier, truth), 3))}: about {Judge.Format(Math.Round(truth - Logistic.DecisionBoundary(classifier), 1))} °C "
                + "above the 50 % boundary. z had to rise from 0 to about 2.2, and z rises w per °C.");
        }

        string hint = double.IsNaN(celsius)
                ? "write a temperature in place of double.NaN."
            : Near(Logistic.DecisionBoundary(classifier))
                ? "that is where the neuron says 50 %, the decision boundary. For 90 % z must be well above 0, so it is warmer."
            : Near((-z90 - classifier.Bias) / classifier.Weight)
                ? "there the neuron says 10 % hot (90 % not hot). p grows with the temperature here (w > 0), so 90 % hot is warmer than the boundary."
            : Near((z90 - standardized.Bias) / standardized.Weight) || Near((0.9 - standardized.Bias) / standardized.Weight)
                ? "that is in standardized units (result.Model). Use the classifier in °C, standardizer.ToOriginal(result.Model)."
            : Near(HotProbabilityAsked)
                ? "0.9 is the probability asked for; the answer is a temperature in °C, the x at which Logistic.Probability(classifier, x) reaches 0.9."
            : Near((HotProbabilityAsked - classifier.Bias) / classifier.Weight)
                ? "you set z = 0.9, but 0.9 is the probability p = σ(z), not z. Find the z where σ(z) = 0.9 (try a few z with Activation.SigmoidOf)."
            : $"at {Judge.Format(celsius)} °C the neuron says p {Said(Logistic.Probability(classifier, celsius))}, not 0.9. "
                + "Try temperatures with Logistic.Probability(classifier, x) until you find 0.9.";
        return Feedback.Hint(hint);

        // A probability to three digits, without rounding a tiny one to 0 or a huge one to 1.
        static string Said(double p) => p < 0.001 ? "< 0.001" : p > 0.999 ? "> 0.999" : "= " + Judge.Format(Math.Round(p, 3));
    }

    /// <summary>The cost of p = 0.25 for a hot example (y = 1), given that p = 0.5 costs about 0.693.</summary>
    [Question]
    public static Feedback CostOfQuarter(double cost)
    {
        double half = Logistic.CrossEntropy(1, 0.5), quarter = Logistic.CrossEntropy(1, 0.25);
        return Judge.Number(cost, quarter, 0.01,
            $"−ln 0.25 ≈ {Judge.Format(Math.Round(quarter, 3))}: halving the probability given to the right answer adds the same {Judge.Format(Math.Round(half, 3))} every time.",
            (half / 2, "a smaller probability for the right answer must cost more, not less."),
            (0.75, "that is 1 − p, the probability given to the wrong answer; the cost is −ln p."),
            (-quarter, "a cost is never negative: ln 0.25 is negative, and the minus sign in −ln p makes the cost positive."));
    }

    /// <summary>Does the neuron w = −0.5, b = 12 say "hot" at 30 °C? (a) yes, 30 is above −b/w = 24; (b) no.</summary>
    [Question]
    public static Feedback NegativeWeightAtThirty(char choice)
    {
        var neuron = new Neuron(-0.5, 12);
        char truth = Logistic.Probability(neuron, 30) >= 0.5 ? 'a' : 'b';
        return Judge.Choice(choice, truth,
            $"z = 30 × (−0.5) + 12 = {Judge.Format(neuron.Predict(30))} is below 0, so p = σ(z) ≈ {Judge.Format(Math.Round(Logistic.Probability(neuron, 30), 3))}: not hot. "
            + "With w < 0, z falls as x rises, so this neuron says hot only below 24 °C.",
            ('a', "the rule x ≥ −b/w comes from dividing by w, and dividing both sides by a negative number turns an inequality round. Work out z = x·w + b at 30 °C and look at its sign."));
    }

    /// <summary>The cross-entropy's slope in z for a hot example when the neuron is very wrong, z = −10.</summary>
    [Question]
    public static Feedback PushWhenVeryWrong(double slope)
    {
        const double z = -10;
        double truth = Activation.SigmoidOf(z) - 1;
        if (slope < truth - 0.01)
        {
            return Feedback.Hint($"{Judge.Format(slope)}: the push does not grow with how wrong the neuron is: p − y lies between −1 and 0, so its size is at most 1.");
        }

        return Judge.Number(slope, truth, 0.01,
            $"p − y = σ(−10) − 1 ≈ {Judge.Format(Math.Round(truth, 5))}: the push creeps towards −1 and never goes past it. It never fades, but it never grows past 1 in size either.",
            (0, "that is the squared error's push, which fades where the neuron is most wrong; the cross-entropy's does not."),
            (-truth, "mind the sign: raising z raises p towards the answer 1 and lowers the cost, so the slope is negative."));
    }
}
