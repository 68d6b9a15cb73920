namespace NanoNeuron.Notebooks;

/// <summary>Lesson 12's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 12: the derivative of tanh, <c>z => tanh′(z)</c>.</summary>
    public static Feedback TanhDerivative(Func<double, double> derivative)
    {
        ArgumentNullException.ThrowIfNull(derivative);
        foreach (double z in new[] { 0.0, 0.5, -1.5, 3 })
        {
            double answer = derivative(z), expected = Activation.Tanh.Derivative(z), t = Math.Tanh(z);
            if (!Close(answer, expected))
            {
                string hint = Close(answer, t) ? "that is tanh itself; its slope is 1 − tanh²(z)."
                    : Close(answer, 1 - t) ? "square the tanh: 1 − tanh²(z)."
                    : $"tanh′({z}) = 1 − tanh²({z}) = {Format(expected)}, not {Format(answer)}.";
                return Feedback.Hint(hint);
            }
        }

        return Feedback.Right("tanh′(z) = 1 − tanh²(z): 1 at z = 0, close to 0 once tanh saturates.");
    }
}
