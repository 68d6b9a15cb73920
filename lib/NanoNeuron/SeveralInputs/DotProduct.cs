namespace NanoNeuron.SeveralInputs;

/// <summary>The dot product of two lists of numbers of the same length: multiply them pair by pair, then add up.</summary>
public static class DotProduct
{
    /// <summary><c>a·b = a₁·b₁ + a₂·b₂ + … + aₙ·bₙ</c>.</summary>
    /// <remarks>Added up from the first pair to the last, starting from 0: for one pair it is exactly <c>a₁·b₁</c>. IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    /// <exception cref="ArgumentException">Lists of different lengths, or empty ones.</exception>
    public static double Of(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.IsEmpty || a.Length != b.Length)
        {
            throw new ArgumentException(
                Invariant($"a has {a.Length} numbers and b has {b.Length}: a dot product multiplies them pair by pair, so pass two non-empty lists of the same length (as many weights as inputs)."),
                nameof(b));
        }

        return Unchecked(a, b);
    }

    /// <summary>The sum without the length check, for callers that checked.</summary>
    internal static double Unchecked(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}
