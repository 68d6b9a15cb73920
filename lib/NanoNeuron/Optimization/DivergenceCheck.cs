namespace NanoNeuron.Optimization;

/// <summary>The one way every trainer stops once the cost or the parameters are no longer finite.</summary>
internal static class DivergenceCheck
{
    /// <summary>Throws <see cref="TrainingDivergedException"/> unless the cost of <paramref name="epoch"/> and the parameters are finite.</summary>
    /// <param name="history">The costs so far.</param>
    /// <param name="epoch">The epoch whose cost was just recorded.</param>
    /// <param name="parameters">The parameters at that epoch.</param>
    /// <param name="learningRate">The optimizer's learning rate, for the message.</param>
    /// <param name="largestStableLearningRate">Asked only on divergence: 2/λmax when known (plain gradient descent on a line), else NaN.</param>
    public static void Check(ReadOnlySpan<double> history, int epoch, ReadOnlySpan<double> parameters, double learningRate, Func<double> largestStableLearningRate)
    {
        if (double.IsFinite(history[epoch]) && AllFinite(parameters))
        {
            return;
        }

        throw new TrainingDivergedException(epoch, learningRate, largestStableLearningRate(), [.. history[..epoch]]);
    }

    /// <summary>The same check for a neuron trained by plain gradient descent on <paramref name="x"/>.</summary>
    public static void Check(ReadOnlySpan<double> history, int epoch, Neuron model, double learningRate, ReadOnlySpan<double> x)
    {
        if (double.IsFinite(history[epoch]) && model.IsFinite)
        {
            return;
        }

        throw new TrainingDivergedException(epoch, learningRate, LargestStable(x), [.. history[..epoch]]);
    }

    /// <summary>2/λmax of the inputs, or 0 when the inputs are so large that the curvature itself overflows (no positive double is stable).</summary>
    public static double LargestStable(ReadOnlySpan<double> x)
    {
        try
        {
            return Stability.LargestStableLearningRate(x);
        }
        catch (ArgumentException)
        {
            return 0;
        }
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
