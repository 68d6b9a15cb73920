using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>Activation functions and the chain rule: rates multiply. The predict-then-run questions and the "Try it" checker.</summary>
public static class ActivationExercises
{
    /// <summary>The x at which the "Try it" asks for the slope of tanh(3x).</summary>
    public const double TanhOfThreeXAt = 0.25;

    /// <summary>The slope of tanh(3x) per unit of x at x = 0.25, by "rates multiply".</summary>
    // Solution: The truth is the chain rule, 3·tanh′(3x); the message also shows the slope measured by nudging x, so
    // the learner sees the two agree. Hand arithmetic to three digits passes, and so does a finite difference.
    [TryIt]
    public static Feedback TanhOfThreeXSlope(double slope)
    {
        const double x = TanhOfThreeXAt, inner = 3, h = 1e-5;
        const double handTolerance = 0.005; // how far a slope worked out by hand, to about three digits, may be from the truth
        double z = inner * x;
        double outer = Activation.Tanh.Derivative(z);
        double truth = inner * outer;
        double measured = (Math.Tanh(inner * (x + h)) - Math.Tanh(inner * (x - h))) / (2 * h);
        bool Near(double value) => Math.Abs(slope - value) <= handTolerance;
        if (Near(truth))
        {
            return Feedback.Right($"z = 3x moves {Judge.Format(inner)} per unit of x, tanh moves tanh′({Judge.Format(z)}) ≈ {Judge.Format(Math.Round(outer, 4))} per unit of z: "
                + $"{Judge.Format(inner)} × {Judge.Format(Math.Round(outer, 4))} ≈ {Judge.Format(Math.Round(truth, 4))} per unit of x. Nudging x measures {Judge.Format(Math.Round(measured, 4))}.");
        }

        string hint = double.IsNaN(slope) || slope == 0
                ? "write the slope in place of 0. On its way to tanh(3x), x goes through two steps, each with its own rate: find both, at x = 0.25, and recall how rates combine along a chain."
            : Near(outer)
                ? $"that is tanh's rate per unit of z. But z = 3x moves {Judge.Format(inner)} per unit of x: multiply by that inner rate too."
            : Near(inner * Activation.Tanh.Derivative(x))
                ? $"read tanh's slope where tanh is working, at z = 3 × {Judge.Format(x)} = {Judge.Format(z)}, not at x = {Judge.Format(x)}."
            : Near(Activation.Tanh.Derivative(x))
                ? $"two slips: read tanh's slope at z = {Judge.Format(z)} (not at x = {Judge.Format(x)}), and multiply by z's rate per unit of x, 3."
            : Near(inner + outer)
                ? "rates multiply, they do not add: each unit of x is 3 units of z, and each unit of z moves tanh by tanh′(z)."
            : Near(Math.Tanh(z)) || Near(inner * Math.Tanh(z))
                ? "that uses tanh's value, its height; the slope of tanh is Activation.Tanh.Derivative(z), 1 − tanh²(z)."
            : $"not {Judge.Format(slope)}. Two rates are at work: how fast z = 3x moves per unit of x, and how fast tanh moves per unit of z at the z that x = 0.25 gives. Find each, then combine them as the lesson combines rates along a chain.";
        return Feedback.Hint(hint);
    }

    /// <summary>The weight of three stacked linear neurons with weights 2, 3 and −1 (biases 1, −4 and 5).</summary>
    [Question]
    public static Feedback StackedWeight(double weight)
    {
        Neuron first = new(2, 1), second = new(3, -4), third = new(-1, 5);
        double Stack(double x) => third.Predict(second.Predict(first.Predict(x)));
        double truth = Stack(1) - Stack(0);
        return Judge.Number(weight, truth, 1e-9,
            "weights multiply: when x grows by 1 the first output grows by 2, the second by 3 × 2 = 6, the third by −1 × 6 = −6.",
            (4, "adding the weights (2 + 3 − 1) is the slip: each layer scales the change it receives, so the weights multiply."),
            (6, "you followed the change through the first two neurons, but a third one comes after them. What does its weight do to the change it receives?"),
            (-1, "that is only the last neuron's own weight; the change reaching it has already passed through the first two neurons. What did each of them do to it?"));
    }

    /// <summary>How much σ changes when z is nudged from 8 to 8.1 — about 0.025 (a), about 0.00003 (b) or about 0.1 (c).</summary>
    [Question]
    public static Feedback SigmoidNudgeAtEight(char choice)
    {
        double change = Activation.SigmoidOf(8.1) - Activation.SigmoidOf(8);
        char truth = change < 0.001 ? 'b' : change < 0.05 ? 'a' : 'c';
        return Judge.Choice(choice, truth,
            $"σ(8) is already {Judge.Format(Math.Round(Activation.SigmoidOf(8), 4))}, pressed against its ceiling of 1: the nudge moves it by only {change.ToString("F6", CultureInfo.InvariantCulture)}. That flat stretch is saturation.",
            ('a', "0.025 is what the nudge does at z = 0, where σ is steepest (slope 0.25). Look at the curve at z = 8: is it as steep there?"),
            ('c', "that would be a slope of 1; σ is never that steep (at most 0.25, at z = 0). Look at the curve at z = 8."));
    }

    /// <summary>The slope of σ(2x + 1) per unit of x at x = 0, given that σ′(1) ≈ 0.1966.</summary>
    [Question]
    public static Feedback ChainSlopeAtZero(double slope)
    {
        const double inner = 2;
        double outer = Activation.Sigmoid.Derivative(1);
        string rate = Judge.Format(Math.Round(outer, 4));
        return Judge.Number(slope, inner * outer, 0.005,
            $"one unit of x moves z by 2, and each unit of z moves σ by about {rate}: 2 × {rate} ≈ {Judge.Format(Math.Round(inner * outer, 3))}.",
            (outer, "that is σ's rate per unit of z, but the question asks per unit of x. Follow one unit of x: how far does it move z, and what does σ make of that?"),
            (inner, "that is z's rate per unit of x, but σ does not pass each unit of z on unchanged: look at σ's slope at the z this x gives."),
            (inner + outer, "rates along a chain do not add: follow one unit of x through z, then through σ, and ask what each stage does to the change it receives."),
            (inner * Activation.Sigmoid.Derivative(0), "σ′(0) = 0.25 is σ's slope at z = 0; but the question is at x = 0. Where is z then, and how steep is σ there?"));
    }
}
