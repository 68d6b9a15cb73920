using System.Runtime.CompilerServices;

namespace NanoNeuron.Optimization;

/// <summary>The rule of <see cref="Divergence"/>, as the training loops apply it epoch by epoch.</summary>
internal struct DivergenceCheck
{
    private int rising;

    /// <summary>
    /// Looks at the cost just recorded, <paramref name="history"/>[<paramref name="epoch"/>], and the parameters that gave
    /// it; returns the divergence they show, or null.
    /// </summary>
    /// <param name="history">The costs so far, up to and including <paramref name="epoch"/>.</param>
    /// <param name="epoch">The epoch whose cost was just recorded.</param>
    /// <param name="parametersFinite">Whether every parameter at that epoch is a finite number.</param>
    /// <param name="learningRate">The optimizer's learning rate, for the message.</param>
    /// <param name="largestStableLearningRate">2/λmax when the caller knows it, else NaN; for the message.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Divergence? Look(double[] history, int epoch, bool parametersFinite, double learningRate, double largestStableLearningRate)
    {
        double cost = history[epoch];
        bool finite = double.IsFinite(cost) && parametersFinite;
        if (finite)
        {
            rising = epoch > 0 && cost > history[epoch - 1] ? rising + 1 : 0;
            if (rising < Divergence.RisingEpochs || !(cost > history[0]))
            {
                return null;
            }
        }

        return Diverged(history, epoch, keepsRising: finite, learningRate, largestStableLearningRate);
    }

    private static Divergence Diverged(double[] history, int epoch, bool keepsRising, double learningRate, double largestStableLearningRate) => keepsRising
        ? new Divergence(epoch + 1, learningRate, largestStableLearningRate, [.. history.AsSpan(0, epoch + 1)], DivergenceReason.KeepsRising)
        : new Divergence(epoch, learningRate, largestStableLearningRate, [.. history.AsSpan(0, epoch)]);

    /// <summary>Whether every value is a finite number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AllFinite(ReadOnlySpan<double> values)
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
