namespace NanoNeuron.Notebooks;

/// <summary>Lesson 10's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 10: map a neuron trained on standardized inputs back to raw inputs, <c>(model, standardizer) => neuron</c>.</summary>
    public static Feedback ToOriginal(Func<Neuron, Standardizer, Neuron> toOriginal)
    {
        ArgumentNullException.ThrowIfNull(toOriginal);
        var standardizer = new Standardizer(49.5, 28.866070047722118);
        var trained = new Neuron(51.958926085899815, 121.1);
        var expected = standardizer.ToOriginal(trained);
        var answer = toOriginal(trained, standardizer);
        if (Close(answer.Weight, expected.Weight) && Close(answer.Bias, expected.Bias))
        {
            return Feedback.Right($"w = w′/σ = {Format(expected.Weight)}, b = b′ − w′·μ/σ = {Format(expected.Bias)}: the Celsius → Fahrenheit line.");
        }

        if (!Close(answer.Weight, expected.Weight))
        {
            return Close(answer.Weight, trained.Weight * standardizer.StandardDeviation)
                ? Feedback.Hint("x′ = (x − μ)/σ divides x by σ, so the weight on raw x is w′/σ, not w′·σ.")
                : Feedback.Hint($"the weight should be w′/σ = {Format(expected.Weight)}, not {Format(answer.Weight)}.");
        }

        return Close(answer.Bias, trained.Bias)
            ? Feedback.Hint("the weight is right; the bias also changes: w′·(x − μ)/σ = (w′/σ)·x − w′·μ/σ, so subtract w′·μ/σ from b′.")
            : Feedback.Hint($"the bias should be b′ − w′·μ/σ = {Format(expected.Bias)}, not {Format(answer.Bias)}.");
    }
}
