namespace NanoNeuron.Exercises;

/// <summary>The model: a neuron, its weight and bias. The predict-then-run questions and the "Try it" checker.</summary>
public static class ModelExercises
{
    /// <summary>What the learner's neuron must answer: 5 at x = 0 and 35 at x = 10.</summary>
    private static readonly (double X, double Y)[] NeuronFromAnswersFacts = [(0, 5), (10, 35)];

    /// <summary>The neuron that answers 5 for x = 0 and 35 for x = 10.</summary>
    // Solution: w = 3, b = 5. At x = 0 the weight is multiplied by 0, so the answer there is b; each step of 1 in x adds w.
    [TryIt]
    public static Feedback NeuronFromAnswers(Neuron neuron)
    {
        var (x0, y0) = NeuronFromAnswersFacts[0];
        var (x1, y1) = NeuronFromAnswersFacts[1];
        if (Judge.NotFinite(neuron) is { } notFinite)
        {
            return notFinite;
        }

        if (!Judge.Close(neuron.Predict(x0), y0))
        {
            return Feedback.Hint($"for x = {x0} your neuron says {Judge.Format(neuron.Predict(x0))}, not {Judge.Format(y0)}. At x = 0 the weight is multiplied by 0: what is left of x·w + b there?");
        }

        if (!Judge.Close(neuron.Predict(x1), y1))
        {
            string hint = Judge.Close(neuron.Weight, y1 / x1)
                ? $"w = {Judge.Format(neuron.Weight)} would be right if the bias were 0; but b is added at every x, so w does not have to make all of {Judge.Format(y1)}."
                : $"how much must the answer grow from x = {x0} to x = {x1}, and how many times does w add to it on the way?";
            return Feedback.Hint($"for x = {x1} your neuron says {Judge.Format(neuron.Predict(x1))}, not {Judge.Format(y1)}: {hint}");
        }

        return Feedback.Right($"b = {Judge.Format(neuron.Bias)} is the answer at x = 0, and w = {Judge.Format(neuron.Weight)} is what each degree adds: {Judge.Format(x1)} steps of {Judge.Format(neuron.Weight)} make {Judge.Format(y1 - y0)}.");
    }

    /// <summary>What the neuron w = 2, b = 1 says for x = 3.</summary>
    // Answer: 7.
    [Question]
    public static Feedback NeuronAtThree(double prediction)
    {
        var neuron = new Neuron(Weight: 2, Bias: 1);
        return Judge.Number(prediction, neuron.Predict(3), 1e-9, "x·w + b = 3·2 + 1 = 7: multiply by the weight, then add the bias.",
            (3 * 2, "that is x·w; the neuron does not stop there: what does it add after multiplying?"),
            (3 * (2 + 1), "that multiplies x by w + b; the neuron multiplies by w only, then adds b."),
            ((3 + 1) * 2, "that adds the bias before multiplying; the neuron multiplies first, then adds b."));
    }

    /// <summary>What the seeded random start says for 70 °C.</summary>
    // Answer: about 46.9; within 0.1, so forgetting b ≈ 0.141 does not pass.
    [Question]
    public static Feedback RandomStartAtSeventy(double prediction)
    {
        var start = Neuron.RandomStart();
        double truth = start.Predict(70);
        return Judge.Number(prediction, truth, 0.1, $"70·{Judge.Format(Math.Round(start.Weight, 3))} + {Judge.Format(Math.Round(start.Bias, 3))} ≈ {Judge.Format(Math.Round(truth, 1))}, far from the 158 °F it should say.",
            (70 * start.Weight, "that is x·w only; the neuron does not stop there: what does it add after multiplying?"),
            (70 * (start.Weight + start.Bias), "that multiplies 70 by w + b; the neuron multiplies by w only, then adds b."),
            (Temperature.CelsiusToFahrenheit(70), "that is the right answer in °F, but this neuron has not learned anything yet: use its w and b."));
    }

    /// <summary>For the neuron w = 2, b = 1 at x = 50, does adding 1 to w or adding 1 to b change the answer more?</summary>
    // Answer: w, by 50.
    [Question]
    public static Feedback WeightOrBiasAtFifty(char answer)
    {
        var neuron = new Neuron(Weight: 2, Bias: 1);
        double byWeight = new Neuron(neuron.Weight + 1, neuron.Bias).Predict(50) - neuron.Predict(50);
        double byBias = new Neuron(neuron.Weight, neuron.Bias + 1).Predict(50) - neuron.Predict(50);
        char truth = byWeight > byBias + 1e-9 ? 'a' : byBias > byWeight + 1e-9 ? 'b' : 'c';
        return Judge.Choice(answer, truth, $"the weight is multiplied by x, so at x = 50 one more w adds {Judge.Format(Math.Round(byWeight, 6))}; one more b adds just {Judge.Format(Math.Round(byBias, 6))}, at every x.",
            ('b', "the bias is added once, whatever x is: +1 to b moves the answer by 1. Now work out what +1 to w does at x = 50: 3·50 + 1 against 2·50 + 1."),
            ('c', "they change the answer by the same amount only where x is 1. Work out what each change does at x = 50: 3·50 + 1 and 2·50 + 2, against 2·50 + 1."));
    }
}
