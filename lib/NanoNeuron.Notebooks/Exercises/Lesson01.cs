namespace NanoNeuron.Notebooks;

/// <summary>Lesson 01's checkers.</summary>
public static partial class TryIt
{
    private static readonly (double X, double W, double B)[] PredictCases = [(3, 2, 1), (0, 0.9492, 0.457), (-4, 1.8, 32), (10, -0.5, 7)];

    /// <summary>Lesson 01: write the model, <c>(x, w, b) => ŷ</c>.</summary>
    public static Feedback Predict(Func<double, double, double, double> predict)
    {
        ArgumentNullException.ThrowIfNull(predict);
        foreach (var (x, w, b) in PredictCases)
        {
            double answer = predict(x, w, b);
            if (!Close(answer, x * w + b))
            {
                return Close(answer, x * w)
                    ? Feedback.Hint($"for x = {x}, w = {w}, b = {b} you return {Format(answer)}, which is x·w: add the bias b.")
                    : Feedback.Hint($"for x = {x}, w = {w}, b = {b} the neuron should say x·w + b = {Format(x * w + b)}, not {Format(answer)}.");
            }
        }

        return Feedback.Right("ŷ = x·w + b: that is the whole model.");
    }
}
