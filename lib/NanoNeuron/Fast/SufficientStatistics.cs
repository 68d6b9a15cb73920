namespace NanoNeuron.Fast;

/// <summary>
/// The few averages of the data that the cost and gradients of <c>ŷ = x·w + b</c> depend on, so that an
/// epoch can be computed without visiting the examples.
/// </summary>
/// <remarks>
/// <para>With <c>r = x·w + b − y</c>, <c>r̄ = x̄·w + b − ȳ</c>, <c>Sxx = mean((x − x̄)²)</c>, <c>β = mean((x − x̄)(y − ȳ))/Sxx</c>
/// (the best slope) and <c>R = mean((y − ȳ − β·(x − x̄))²)</c> (what no line can explain):</para>
/// <para><c>J = (r̄² + Sxx·(w − β)² + R)/2</c>, <c>∂J/∂w = Sxx·(w − β) + x̄·r̄</c>, <c>∂J/∂b = r̄</c>.</para>
/// <para>The centred form avoids subtracting large, nearly equal sums, so it stays accurate near the minimum.</para>
/// </remarks>
internal readonly record struct SufficientStatistics(double MeanX, double MeanY, double VarianceX, double Slope, double Unexplained)
{
    public static SufficientStatistics Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double meanX = Mean(x);
        double meanY = Mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }

        sxx /= x.Length;
        sxy /= x.Length;
        double slope = sxx > 0 ? sxy / sxx : 0;
        double unexplained = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double residual = y[i] - meanY - slope * (x[i] - meanX);
            unexplained += residual * residual;
        }

        return new SufficientStatistics(meanX, meanY, sxx, slope, unexplained / x.Length);
    }

    /// <summary>The cost at <paramref name="model"/> and its gradients, in O(1).</summary>
    /// <remarks>Written with fused multiply-adds so that the chain from one epoch's parameters to the next is short.</remarks>
    public double Epoch(Neuron model, out Gradients gradients)
    {
        double meanResidual = Math.FusedMultiplyAdd(model.Weight, MeanX, model.Bias - MeanY);
        double slopeError = model.Weight - Slope;
        gradients = new Gradients(Math.FusedMultiplyAdd(VarianceX, slopeError, MeanX * meanResidual), meanResidual);
        return (meanResidual * meanResidual + VarianceX * slopeError * slopeError + Unexplained) / 2;
    }

    /// <summary>One gradient-descent step, fused: <c>w − α·∂J/∂w</c> as a single rounding.</summary>
    public static Neuron Step(Neuron model, Gradients gradients, double learningRate) =>
        new(Math.FusedMultiplyAdd(-learningRate, gradients.DW, model.Weight), Math.FusedMultiplyAdd(-learningRate, gradients.DB, model.Bias));

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }
}
