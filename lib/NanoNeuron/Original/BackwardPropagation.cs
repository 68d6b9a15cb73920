using System.Runtime.CompilerServices;

namespace NanoNeuron;

public static partial class Propagation
{
    /// <summary>
    /// The average gradients of the cost (the original's <c>backwardPropagation</c>).
    /// </summary>
    /// <remarks>
    /// <para><c>∂J/∂w = (1/m)·Σ (ŷᵢ − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (ŷᵢ − yᵢ)</c>.</para>
    /// <para>
    /// The original sums <c>(yᵢ − ŷᵢ)</c>, which is the <em>negative</em> gradient, and its article
    /// shows the formulas without the 1/m its code applies. Negating every term negates the sum exactly
    /// in floating point, so these values are the original's, bit for bit, with the opposite sign.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">Bad data, predictions of a different length, or values so large that a gradient overflows a double.</exception>
    public static Gradients BackwardPropagation(ReadOnlySpan<double> predictions, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Guard.Examples(x, y);
        Guard.Examples(x, predictions, yName: "predictions");
        var gradients = Backward(predictions, x, y);
        const string Why = "the errors times the inputs are too large for a double. Use predictions and inputs of ordinary size (standardize large inputs).";
        Guard.FiniteResult(gradients.DW, "∂J/∂w", Why, nameof(predictions));
        Guard.FiniteResult(gradients.DB, "∂J/∂b", Why, nameof(predictions));
        return gradients;
    }

    /// <inheritdoc cref="BackwardPropagation(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static Gradients BackwardPropagation(ForwardResult forward, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(forward);
        ArgumentNullException.ThrowIfNull(data);
        return BackwardPropagation(forward.Predictions.AsSpan(), data.X.AsSpan(), data.Y.AsSpan());
    }

    /// <summary>The unchecked loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Gradients Backward(ReadOnlySpan<double> predictions, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double dW = 0;
        double dB = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double error = predictions[i] - y[i];
            dW += error * x[i];
            dB += error;
        }

        return new Gradients(dW / x.Length, dB / x.Length);
    }
}
