using NanoNeuron.Activations;
using NanoNeuron.Optimization;

namespace NanoNeuron.Classification;

/// <summary>
/// A sigmoid neuron trained with the cross-entropy cost: a classifier that says how likely an input belongs
/// to a class.
/// </summary>
/// <remarks>
/// <para><c>p = σ(x·w + b)</c>, the probability of class 1. Targets are 0 or 1.</para>
/// <para>
/// <c>J = −(1/m)·Σ [yᵢ·ln pᵢ + (1 − yᵢ)·ln(1 − pᵢ)]</c>; its gradients have the same shape as the squared
/// error's for a line: <c>∂J/∂w = (1/m)·Σ (pᵢ − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (pᵢ − yᵢ)</c>.
/// </para>
/// </remarks>
public static class Logistic
{
    /// <summary>The probability that <paramref name="x"/> is in class 1, <c>σ(x·w + b)</c>.</summary>
    /// <remarks>IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    public static double Probability(Neuron model, double x) => Activation.SigmoidOf(model.Predict(x));

    /// <summary>The cross-entropy cost of one prediction.</summary>
    /// <remarks><c>−[y·ln p + (1 − y)·ln(1 − p)]</c>: 0 when a sure prediction is right, infinite when a sure one is wrong.</remarks>
    /// <param name="y">The target, 0 or 1.</param>
    /// <param name="probability">p, the predicted probability of class 1.</param>
    /// <exception cref="ArgumentException">A target that is not 0 or 1, or a probability outside [0, 1].</exception>
    public static double CrossEntropy(double y, double probability)
    {
        Label(y, nameof(y));
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentException(
                Invariant($"probability is {Guard.Format(probability)}: cross-entropy compares a probability between 0 and 1 with a label; pass σ(z), not z."),
                nameof(probability));
        }

        return y == 1 ? -Math.Log(probability) : -Math.Log(1 - probability);
    }

    /// <summary>The average cross-entropy of <paramref name="model"/> on <paramref name="data"/>.</summary>
    /// <remarks>
    /// Computed from z = x·w + b as <c>ln(1 + e^z) − y·z</c>, which equals the formula above but stays finite
    /// when σ(z) rounds to 0 or 1.
    /// </remarks>
    /// <exception cref="ArgumentException">A target that is not 0 or 1, a model that is not finite, or a model and data so large that x·w + b or the cost overflows a double.</exception>
    public static double ForwardPropagation(Neuron model, DataSet data)
    {
        Check(model, data);
        return Guard.FiniteResult(AverageCost(model, data), "The cost", Overflow(model), nameof(model));
    }

    /// <summary>The average gradients of the cross-entropy.</summary>
    /// <remarks><c>∂J/∂w = (1/m)·Σ (pᵢ − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (pᵢ − yᵢ)</c>: σ′ cancels against the logarithm.</remarks>
    /// <exception cref="ArgumentException">A target that is not 0 or 1, a model that is not finite, or inputs so large that a gradient overflows a double.</exception>
    public static Gradients BackwardPropagation(Neuron model, DataSet data)
    {
        Check(model, data);
        var gradients = AverageGradient(model, data);
        Guard.FiniteResult(gradients.DW, "∂J/∂w", Overflow(model), nameof(model));
        Guard.FiniteResult(gradients.DB, "∂J/∂b", Overflow(model), nameof(model));
        return gradients;
    }

    /// <summary>Why a cross-entropy or its gradient of a finite neuron on finite data is not finite, and what to do.</summary>
    private static string Overflow(Neuron model) =>
        Invariant($"with Weight = {Guard.Format(model.Weight)} and Bias = {Guard.Format(model.Bias)} some example's z = x·w + b, or a sum over the examples, is too large for a double (above about 1.8e308). Use a model and inputs of ordinary size: start from a small neuron, and standardize large inputs.");

    /// <summary>The average cost, unchecked.</summary>
    internal static double AverageCost(Neuron model, DataSet data)
    {
        double cost = 0;
        for (int i = 0; i < data.Count; i++)
        {
            double z = model.Predict(data.X[i]);
            cost += Softplus(z) - data.Y[i] * z;
        }

        return cost / data.Count;
    }

    /// <summary>The average gradients, unchecked.</summary>
    internal static Gradients AverageGradient(Neuron model, DataSet data)
    {
        double dW = 0;
        double dB = 0;
        for (int i = 0; i < data.Count; i++)
        {
            double error = Probability(model, data.X[i]) - data.Y[i];
            dW += error * data.X[i];
            dB += error;
        }

        return new Gradients(dW / data.Count, dB / data.Count);
    }

    /// <summary>
    /// The limit below which plain gradient descent on every example of <paramref name="data"/> is sure to settle on the
    /// cross-entropy: 2/λmax with λmax the steepest the cost can curve, a quarter of the inputs' own (σ′ ≤ ¼), so
    /// 8/λmax of the inputs (<see cref="Stability.HessianEigenvalues"/>).
    /// </summary>
    /// <remarks>
    /// Near the best neuron the cost curves less, so somewhat larger rates may settle too; far larger ones do not: every
    /// step moves w by up to α·max|x|, the neuron's probabilities snap to 0 and 1, and the cost zig-zags at a height
    /// proportional to α (about 4.8e4 at α = 1e3 on the raw survey) instead of settling.
    /// </remarks>
    /// <exception cref="ArgumentException">As <see cref="Stability.HessianEigenvalues"/>.</exception>
    public static double LargestStableLearningRate(DataSet data) => 4 * Stability.LargestStableLearningRate(data);

    /// <summary>Gradient descent on the cross-entropy; the history holds the cost before training and after each update.</summary>
    /// <remarks>
    /// The one training loop, <see cref="Trainer.Train"/>, with <see cref="LogisticObjective"/> and <see cref="GradientDescent"/>;
    /// call it directly for progress, cancellation or another optimizer. A learning rate at or above
    /// <see cref="LargestStableLearningRate"/> is refused before the first epoch, as a divergence.
    /// </remarks>
    /// <exception cref="ArgumentException">Bad labels, a model that is not finite, epochs &lt; 0 or above <see cref="TrainingOptions.MaxEpochs"/>, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">α at or above <see cref="LargestStableLearningRate"/>, or a run that diverges all the same (the rule of <see cref="Divergence"/>).</exception>
    public static TrainingResult<Neuron> TrainModel(Neuron model, DataSet train, int epochs, double learningRate)
    {
        var objective = new LogisticObjective(train);
        var options = TrainingOptions.ForEpochs(epochs);
        var optimizer = new GradientDescent(learningRate);
        NeuronGuard.Finite(model);
        double limit = LargestStableLearningRate(train);
        return epochs == 0 || learningRate < limit
            ? Trainer.Train(objective, model, optimizer, options)
            : throw new TrainingDivergedException(0, learningRate, limit, [], DivergenceReason.AboveLimit);
    }

    /// <summary>The input where p = ½: <c>x = −b/w</c>. Above it (for w &gt; 0) the neuron says class 1.</summary>
    /// <exception cref="ArgumentException">
    /// w = 0: the neuron gives every input the same probability, so there is no boundary; a weight or bias that is not
    /// finite; or a weight so small against the bias that −b/w overflows a double (<c>new Neuron(1e-320, 1)</c>: the
    /// boundary lies beyond every number a double holds).
    /// </exception>
    public static double DecisionBoundary(Neuron model)
    {
        if (model.Weight == 0 || !model.IsFinite)
        {
            throw new ArgumentException(
                Invariant($"The model has Weight = {Guard.Format(model.Weight)}: with w = 0 (or a value that is not finite) every input gets the same probability, so there is no boundary. Train the model first."),
                nameof(model));
        }

        double boundary = -model.Bias / model.Weight;
        if (!double.IsFinite(boundary))
        {
            throw new ArgumentException(
                Invariant($"The model has Weight = {Guard.Format(model.Weight)} and Bias = {Guard.Format(model.Bias)}: the boundary −b/w is {Guard.Format(boundary)}, beyond every number a double holds, because the weight is so small against the bias. Every input a double can hold gets nearly the same probability; train the model first."),
                nameof(model));
        }

        return boundary;
    }

    /// <summary><c>ln(1 + e^z)</c> without overflow.</summary>
    internal static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    internal static void Check(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        NeuronGuard.Finite(model);
        for (int i = 0; i < data.Count; i++)
        {
            Label(data.Y[i], Invariant($"y[{i}]"));
        }
    }

    private static void Label(double y, string name)
    {
        if (y is not (0 or 1))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(y)}: cross-entropy needs class labels, 0 or 1. For a quantity such as °F use the squared error (Cost.PredictionCost) instead."),
                name);
        }
    }
}
