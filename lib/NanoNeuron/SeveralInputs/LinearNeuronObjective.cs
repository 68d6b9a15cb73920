using System.Collections.Immutable;
using NanoNeuron.Data;
using NanoNeuron.Optimization;

namespace NanoNeuron.SeveralInputs;

/// <summary>The cost of a <see cref="LinearNeuron"/>: the average squared error on examples with several inputs and one target, with θ = [w₁, …, wₙ, b].</summary>
/// <remarks>
/// <para><c>J = (1/m)·Σᵢ (yᵢ − ŷᵢ)²/2</c> with <c>ŷᵢ = w·xᵢ + b</c>;
/// <c>∂J/∂wⱼ = (1/m)·Σᵢ (ŷᵢ − yᵢ)·xᵢⱼ</c> for every input j, and <c>∂J/∂b = (1/m)·Σᵢ (ŷᵢ − yᵢ)</c>: the one neuron's rule, once per weight.</para>
/// <para>With one input these are <see cref="NeuronObjective"/>'s cost and slopes, bit for bit.</para>
/// </remarks>
public sealed class LinearNeuronObjective : IObjective<LinearNeuron>
{
    private readonly double[] x; // row-major: x[i·n + j] is input j of example i
    private readonly double[] y;
    private readonly int n;

    /// <summary>The cost on <paramref name="examples"/>: each input a list of n numbers, each target one number.</summary>
    /// <exception cref="ArgumentException">A target that is not exactly one number.</exception>
    public LinearNeuronObjective(Examples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        n = examples.Inputs[0].Length;
        int m = examples.Count;
        x = new double[m * n];
        y = new double[m];
        for (int i = 0; i < m; i++)
        {
            if (examples.Targets[i].Length != 1)
            {
                throw new ArgumentException(
                    Invariant($"targets[{i}] has {examples.Targets[i].Length} numbers: a linear neuron has one output, so give every example exactly one target (a network can have several)."),
                    nameof(examples));
            }

            examples.Inputs[i].AsSpan().CopyTo(x.AsSpan(i * n, n));
            y[i] = examples.Targets[i][0];
        }
    }

    /// <summary>n, how many inputs each example has.</summary>
    public int InputCount => n;

    /// <inheritdoc/>
    public int ParameterCount => n + 1;

    /// <inheritdoc/>
    public int ExampleCount => y.Length;

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Inputs so large that the curvature or this rate is not a positive finite number.</exception>
    public double LargestStableLearningRate
    {
        get
        {
            double largest = Curvatures()[0];
            double rate = 2 / largest;
            if (!(rate > 0) || !double.IsFinite(rate))
            {
                throw new InvalidOperationException(
                    Invariant($"The inputs are too large: the cost's largest curvature is {Guard.Format(largest)}, so 2/λmax is {Guard.Format(rate)} and no positive learning rate is stable. Standardize the inputs first (InputStandardizer.Fit(examples).Transform(examples)) or bring them to an ordinary size (|x| up to about 1,000)."));
            }

            return rate;
        }
    }

    /// <summary>The cost's curvatures along its principal directions (the eigenvalues of its Hessian), largest first.</summary>
    /// <remarks>
    /// The Hessian is <c>H = (1/m)·Σᵢ x̃ᵢ·x̃ᵢᵀ</c> with <c>x̃ᵢ = [xᵢ₁, …, xᵢₙ, 1]</c>: its diagonal holds the average of each
    /// input squared (and 1 for the bias). Plain gradient descent is stable for α &lt; 2/λmax; the ratio
    /// λmax/λmin is the condition number. Found by the cyclic Jacobi method.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Inputs so large that the mean square of one of them is not a finite number.</exception>
    public ImmutableArray<double> Curvatures()
    {
        int size = n + 1;
        var h = new double[size, size];
        for (int i = 0; i < y.Length; i++)
        {
            for (int r = 0; r < size; r++)
            {
                for (int c = 0; c < size; c++)
                {
                    h[r, c] += Input(i, r) * Input(i, c);
                }
            }
        }

        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                h[r, c] /= y.Length;
            }
        }

        for (int r = 0; r < size; r++)
        {
            int input = r;
            if (!double.IsFinite(h[r, r]))
            {
                throw new InvalidOperationException(
                    Invariant($"The inputs are too large: the mean square of input {input + 1} is {Guard.Format(h[r, r])}, so the cost's curvature is not a finite number. Standardize the inputs first (InputStandardizer.Fit(examples).Transform(examples)) or bring them to an ordinary size (|x| up to about 1,000)."));
            }
        }

        return [.. SymmetricEigenvalues.Jacobi(h).OrderDescending()];

        double Input(int i, int j) => j < n ? x[i * n + j] : 1;
    }

    /// <inheritdoc/>
    public string ParameterName(int index)
    {
        ObjectiveGuard.Index(index, ParameterCount);

        return index == n ? "b" : Invariant($"w{index + 1}");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A neuron with another number of weights than the examples have inputs, or a span that is not n + 1 long.</exception>
    public void GetParameters(LinearNeuron model, Span<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.InputCount != n)
        {
            throw new ArgumentException(
                Invariant($"The neuron has {model.InputCount} weights but every example has {n} inputs: start from LinearNeuron.Zero({n}), one weight per input."),
                nameof(model));
        }

        ObjectiveGuard.Parameters(parameters, ParameterCount);
        model.Weights.AsSpan().CopyTo(parameters);
        parameters[n] = model.Bias;
    }

    /// <inheritdoc/>
    public LinearNeuron Model(ReadOnlySpan<double> parameters)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        return new LinearNeuron(parameters[..n].ToArray(), parameters[n]);
    }

    /// <inheritdoc/>
    public double Cost(ReadOnlySpan<double> parameters)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            sum += NanoNeuron.Cost.PredictionCost(y[i], Predict(parameters, i));
        }

        return sum / y.Length;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Parameters or a gradient that are not n + 1 long, or a batch index outside 0 to m − 1.</exception>
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        ObjectiveGuard.Gradient(gradient, ParameterCount);
        ObjectiveGuard.Batch(batch, y.Length);

        gradient.Clear();
        int count = batch.IsEmpty ? y.Length : batch.Length;
        double sum = 0;
        for (int k = 0; k < count; k++)
        {
            int i = batch.IsEmpty ? k : batch[k];
            double prediction = Predict(parameters, i);
            sum += NanoNeuron.Cost.PredictionCost(y[i], prediction);
            double error = prediction - y[i];
            for (int j = 0; j < n; j++)
            {
                gradient[j] += error * x[i * n + j];
            }

            gradient[n] += error;
        }

        for (int p = 0; p <= n; p++)
        {
            gradient[p] /= count;
        }

        return sum / count;
    }

    private double Predict(ReadOnlySpan<double> parameters, int i) =>
        DotProduct.Unchecked(x.AsSpan(i * n, n), parameters[..n]) + parameters[n];
}
