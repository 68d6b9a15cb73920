using NanoNeuron.Optimization;

namespace NanoNeuron;

/// <summary>
/// How large a learning rate can be before gradient descent blows up, read off the curvature of the cost.
/// </summary>
/// <remarks>
/// <para>
/// The average cost <c>J(w, b) = (1/2m)·Σ (xᵢ·w + b − yᵢ)²</c> is a bowl whose curvature is the same
/// everywhere, the Hessian <c>H = [[mean x², mean x], [mean x, 1]]</c>. It depends on the inputs only.
/// </para>
/// <para>
/// Gradient descent multiplies the distance to the minimum along each eigenvector of H by <c>(1 − α·λ)</c>
/// every epoch, so it converges only while <c>α &lt; 2/λmax</c>.
/// </para>
/// </remarks>
public static class Stability
{
    /// <summary>The two eigenvalues of the average cost's Hessian, largest first.</summary>
    /// <exception cref="ArgumentException">Empty inputs, a value that is not finite, or inputs so large (|x| above about 1e154) that the curvature overflows.</exception>
    public static (double Largest, double Smallest) HessianEigenvalues(ReadOnlySpan<double> x)
    {
        Guard.Examples(x, x);
        double sum = 0;
        double sumOfSquares = 0;
        foreach (double value in x)
        {
            sum += value;
            sumOfSquares += value * value;
        }

        double meanSquare = sumOfSquares / x.Length;
        double mean = sum / x.Length;
        double halfTrace = (meanSquare + 1) / 2;
        double halfGap = (meanSquare - 1) / 2;
        double root = Math.Sqrt(halfGap * halfGap + mean * mean);
        // Squaring the half gap overflows from |x| of about 1e77; the same root without squares reaches |x| of about 1e154.
        double largest = halfTrace + (double.IsFinite(root) ? root : double.Hypot(halfGap, mean));
        // det(H) = mean x² − (mean x)², the variance of x. Subtracting those two would cancel (inputs all 0.3 gave
        // 1.3e-17, inputs 1e8 and 1e8 + 1 gave 0), so it is summed centred; equal inputs have none, exactly.
        double determinant = 0;
        if (!Guard.AllEqual(x))
        {
            foreach (double value in x)
            {
                determinant += (value - mean) * (value - mean);
            }

            determinant /= x.Length;
        }

        if (!double.IsFinite(largest) || !double.IsFinite(determinant))
        {
            throw new ArgumentException(
                Invariant($"The inputs are too large: their mean square is {Guard.Format(meanSquare)}, so the bowl's curvature is not a finite number and no positive learning rate is stable. Standardize the inputs first (Standardizer.Fit(data).Transform(data))."),
                nameof(x));
        }

        return (largest, determinant / largest);
    }

    /// <summary>2/λmax: gradient descent on this data converges for every learning rate strictly below it.</summary>
    /// <remarks><c>α &lt; 2/λmax</c>; about 0.00060897 for the original's training data (the bound itself does not converge).</remarks>
    public static double LargestStableLearningRate(ReadOnlySpan<double> x) => 2 / HessianEigenvalues(x).Largest;

    /// <inheritdoc cref="LargestStableLearningRate(ReadOnlySpan{double})"/>
    public static double LargestStableLearningRate(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return LargestStableLearningRate(data.X.AsSpan());
    }

    /// <summary>
    /// Whether gradient descent with <paramref name="learningRate"/> fails to converge on this data: decided
    /// before the first epoch, from the inputs alone.
    /// </summary>
    /// <remarks>
    /// True when <c>α ≥ 2/λmax</c>: then <c>|1 − α·λmax| ≥ 1</c>, so the distance to the minimum
    /// along the steep direction never shrinks; above the bound it grows without limit, long before it overflows.
    /// The bound is strict: <c>α = 2/λmax</c> itself swings back and forth for ever.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// A learning rate that is not a positive finite number (NaN, ±∞, 0 or negative: a negative one climbs the cost, which
    /// is not descent at all), or inputs as <see cref="HessianEigenvalues"/> refuses them.
    /// </exception>
    public static bool Diverges(double learningRate, ReadOnlySpan<double> x)
    {
        Guard.LearningRate(learningRate);
        return !(learningRate < LargestStableLearningRate(x));
    }

    /// <summary>
    /// The divergence that plain gradient descent on every example of this data meets with <paramref name="learningRate"/>,
    /// known before the first epoch (<see cref="DivergenceReason.AboveLimit"/>); null when the learning rate is below 2/λmax.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="HessianEigenvalues"/>: inputs so large that no learning rate is stable.</exception>
    internal static Divergence? Foreseen(double learningRate, ReadOnlySpan<double> x)
    {
        double bound = LargestStableLearningRate(x);
        return learningRate < bound ? null : new Divergence(0, learningRate, bound, [], DivergenceReason.AboveLimit);
    }

    /// <summary>λmax/λmin: how much more steeply the bowl curves one way than the other.</summary>
    /// <remarks>About 12,945 for the original's training data: a long, narrow valley.</remarks>
    /// <exception cref="ArgumentException">As <see cref="HessianEigenvalues"/>, inputs that are all equal (the bowl is flat one way, so the ratio is infinite), or inputs whose variance is so small against their mean square that the ratio overflows a double.</exception>
    public static double ConditionNumber(ReadOnlySpan<double> x)
    {
        var (largest, smallest) = HessianEigenvalues(x);
        if (Guard.AllEqual(x))
        {
            throw new ArgumentException(
                Invariant($"Every input equals {Guard.Format(x[0])}: the bowl is flat along one direction (the smallest curvature is 0), so λmax/λmin is infinite. Use inputs that vary."),
                nameof(x));
        }

        double ratio = largest / smallest;
        if (!double.IsFinite(ratio))
        {
            throw new ArgumentException(
                Invariant($"The inputs hardly vary (the smallest curvature is {Guard.Format(smallest)}), so the bowl is flat in one direction and λmax/λmin is not a finite number: use inputs that vary."),
                nameof(x));
        }

        return ratio;
    }
}
