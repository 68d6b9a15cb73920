namespace NanoNeuron.Notebooks;

/// <summary>Lesson 01's checkers.</summary>
public static partial class TryIt
{
    /// <summary>What lesson 01's neuron must answer: 5 at x = 0 and 35 at x = 10.</summary>
    private static readonly (double X, double Y)[] NeuronFromAnswersFacts = [(0, 5), (10, 35)];

    /// <summary>Lesson 01: the neuron that answers 5 for x = 0 and 35 for x = 10 (w = 3, b = 5).</summary>
    /// <remarks>At x = 0 the weight is multiplied by 0, so the answer there is b; each step of 1 in x adds w.</remarks>
    public static Feedback NeuronFromAnswers(Neuron neuron)
    {
        var (x0, y0) = NeuronFromAnswersFacts[0];
        var (x1, y1) = NeuronFromAnswersFacts[1];
        if (!neuron.IsFinite)
        {
            return Feedback.Hint("replace double.NaN with numbers for the weight and the bias.");
        }

        if (!Close(neuron.Predict(x0), y0))
        {
            return Feedback.Hint($"for x = {x0} your neuron says {Format(neuron.Predict(x0))}, not {Format(y0)}. At x = 0 the weight is multiplied by 0, so the answer there is the bias alone: which b gives {Format(y0)}?");
        }

        if (!Close(neuron.Predict(x1), y1))
        {
            string hint = Close(neuron.Weight, y1 / x1)
                ? $"w = {Format(neuron.Weight)} would be right if the bias were 0; but b already gives {Format(y0)}, so w only has to add the other {Format(y1 - y0)}."
                : $"from x = {x0} to x = {x1} the answer must grow by {Format(y1 - y0)}, and each step of 1 in x adds w once.";
            return Feedback.Hint($"for x = {x1} your neuron says {Format(neuron.Predict(x1))}, not {Format(y1)}: {hint}");
        }

        return Feedback.Right($"b = {Format(neuron.Bias)} is the answer at x = 0, and w = {Format(neuron.Weight)} is what each degree adds: {Format(x1)} steps of {Format(neuron.Weight)} make {Format(y1 - y0)}.");
    }
}

/// <summary>Lesson 01's predict-then-run questions.</summary>
public static partial class Questions
{
    /// <summary>Lesson 01: what the neuron w = 2, b = 1 says for x = 3 (7).</summary>
    public static Feedback NeuronAtThree(double prediction)
    {
        var neuron = new Neuron(Weight: 2, Bias: 1);
        return Number(prediction, neuron.Predict(3), 1e-9, "x·w + b = 3·2 + 1 = 7: multiply by the weight, then add the bias.",
            (3 * 2, "that is x·w; the neuron then adds its bias b = 1."),
            (3 * (2 + 1), "that multiplies x by w + b; the neuron multiplies by w only, then adds b."),
            ((3 + 1) * 2, "that adds the bias before multiplying; the neuron multiplies first, then adds b."));
    }

    /// <summary>Lesson 01: what the seeded random start says for 70 °C (about 46.9; within 0.1, so forgetting b ≈ 0.141 does not pass).</summary>
    public static Feedback RandomStartAtSeventy(double prediction)
    {
        var start = Neuron.RandomStart();
        double truth = start.Predict(70);
        return Number(prediction, truth, 0.1, $"70·{TryIt.Format(Math.Round(start.Weight, 3))} + {TryIt.Format(Math.Round(start.Bias, 3))} ≈ {TryIt.Format(Math.Round(truth, 1))}, far from the 158 °F it should say.",
            (70 * start.Weight, $"that is x·w only; the neuron then adds its bias b ≈ {TryIt.Format(Math.Round(start.Bias, 3))}."),
            (70 * (start.Weight + start.Bias), "that multiplies 70 by w + b; the neuron multiplies by w only, then adds b."),
            (Temperature.CelsiusToFahrenheit(70), "that is the right answer in °F, but this neuron has not learned anything yet: use its w and b."));
    }

    /// <summary>Lesson 01: for the neuron w = 2, b = 1 at x = 50, does adding 1 to w or adding 1 to b change the answer more? (w: by 50.)</summary>
    public static Feedback WeightOrBiasAtFifty(char answer)
    {
        var neuron = new Neuron(Weight: 2, Bias: 1);
        double byWeight = new Neuron(neuron.Weight + 1, neuron.Bias).Predict(50) - neuron.Predict(50);
        double byBias = new Neuron(neuron.Weight, neuron.Bias + 1).Predict(50) - neuron.Predict(50);
        char truth = byWeight > byBias + 1e-9 ? 'a' : byBias > byWeight + 1e-9 ? 'b' : 'c';
        return Choice(answer, truth, $"the weight is multiplied by x, so at x = 50 one more w adds {TryIt.Format(Math.Round(byWeight, 6))}; one more b adds just {TryIt.Format(Math.Round(byBias, 6))}, at every x.",
            ('b', "the bias is added once, whatever x is: +1 to b moves the answer by 1. The weight is multiplied by x = 50."),
            ('c', "they change the answer by the same amount only at x = 1. The weight is multiplied by x, the bias is not."));
    }
}
