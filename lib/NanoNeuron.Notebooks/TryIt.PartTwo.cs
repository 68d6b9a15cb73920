using System.Numerics.Tensors;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Notebooks;

/// <summary>The checkers of part 2 (lessons 09–15).</summary>
public static partial class TryIt
{
    /// <summary>The noisy readings of lessons 09 and 15, split 70/30 with the course's seed.</summary>
    public static DataSets NoisySplit() => DataSplit.TrainTestSplit(Thermometer.Readings());

    /// <summary>Lesson 09: the test cost of the neuron trained (original start, 70,000 epochs, α = 0.0005) on <see cref="NoisySplit"/>'s training readings.</summary>
    public static Feedback TestCost(double cost)
    {
        var split = NoisySplit();
        var trained = FastTraining.TrainModel(Neuron.OriginalStart, split.Train, summation: Summation.Sequential);
        double expected = Propagation.ForwardPropagation(trained.Model, split.Test).Cost;
        if (Close(cost, expected))
        {
            return Feedback.Right($"J on the test readings = {Format(expected)}, a little above the training cost {Format(trained.CostAfter)}: new readings bring new noise.");
        }

        return Close(cost, trained.CostAfter)
            ? Feedback.Hint("that is the cost on the training readings: pass split.Test to Propagation.ForwardPropagation.")
            : Feedback.Hint("train on split.Train with Training.TrainModel(Neuron.OriginalStart, split.Train), then take Propagation.ForwardPropagation(result.Model, split.Test).Cost.");
    }

    /// <summary>Lesson 10: map a neuron trained on standardized inputs back to raw inputs, <c>(model, standardizer) => neuron</c>.</summary>
    public static Feedback ToOriginal(Func<Neuron, Standardizer, Neuron> toOriginal)
    {
        ArgumentNullException.ThrowIfNull(toOriginal);
        var standardizer = new Standardizer(49.5, 28.866070047722118);
        var trained = new Neuron(51.958926085899815, 121.1);
        var expected = standardizer.ToOriginal(trained);
        var answer = toOriginal(trained, standardizer);
        if (Close(answer.Weight, expected.Weight) && Close(answer.Bias, expected.Bias))
        {
            return Feedback.Right($"w = w′/σ = {Format(expected.Weight)}, b = b′ − w′·μ/σ = {Format(expected.Bias)}: the Celsius → Fahrenheit line.");
        }

        if (!Close(answer.Weight, expected.Weight))
        {
            return Close(answer.Weight, trained.Weight * standardizer.StandardDeviation)
                ? Feedback.Hint("x′ = (x − μ)/σ divides x by σ, so the weight on raw x is w′/σ, not w′·σ.")
                : Feedback.Hint($"the weight should be w′/σ = {Format(expected.Weight)}, not {Format(answer.Weight)}.");
        }

        return Close(answer.Bias, trained.Bias)
            ? Feedback.Hint("the weight is right; the bias also changes: w′·(x − μ)/σ = (w′/σ)·x − w′·μ/σ, so subtract w′·μ/σ from b′.")
            : Feedback.Hint($"the bias should be b′ − w′·μ/σ = {Format(expected.Bias)}, not {Format(answer.Bias)}.");
    }

    /// <summary>Lesson 11: backward propagation with <see cref="TensorPrimitives"/>, <c>(errors, x) => gradients</c>, where errors are ŷ − y.</summary>
    public static Feedback VectorizedGradients(Func<double[], double[], Gradients> backward)
    {
        ArgumentNullException.ThrowIfNull(backward);
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double[] x = [.. train.X];
        var errors = new double[x.Length];
        TensorPropagation.ForwardPropagation(ExerciseNeuron, x, [.. train.Y], new double[x.Length], errors);
        var expected = TensorPropagation.BackwardPropagation(errors, x);
        var answer = backward(errors, x);
        if (Close(answer.DW, expected.DW) && Close(answer.DB, expected.DB))
        {
            return Feedback.Right($"∂J/∂w = Dot(errors, x)/m = {Format(expected.DW)}, ∂J/∂b = Sum(errors)/m = {Format(expected.DB)}: two calls, no loop.");
        }

        if (Close(answer.DW, expected.DW * x.Length) && Close(answer.DB, expected.DB * x.Length))
        {
            return Feedback.Hint($"those are sums: divide both by m = {x.Length}.");
        }

        return Close(answer.DW, expected.DB) && Close(answer.DB, expected.DW)
            ? Feedback.Hint("∂J/∂w and ∂J/∂b are swapped: Gradients(DW, DB) takes the weight's first.")
            : Feedback.Hint($"expected ∂J/∂w = {Format(expected.DW)} and ∂J/∂b = {Format(expected.DB)}: use TensorPrimitives.Dot(errors, x) and TensorPrimitives.Sum(errors), each divided by m.");
    }

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

    /// <summary>Lesson 13: the cross-entropy cost of one prediction, <c>(y, p) => cost</c>.</summary>
    public static Feedback CrossEntropy(Func<double, double, double> cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        foreach (var (y, p) in new[] { (1.0, 0.8), (0.0, 0.8), (1.0, 0.1), (0.0, 0.3) })
        {
            double answer = cost(y, p), expected = Logistic.CrossEntropy(y, p);
            if (!Close(answer, expected))
            {
                string hint = Close(answer, -expected) ? "a cost must not be negative: put a minus sign in front, −[y·ln p + (1 − y)·ln(1 − p)]."
                    : Close(answer, expected / Math.Log(10)) ? "use the natural logarithm, Math.Log, not Math.Log10."
                    : Close(answer, y == 1 ? -Math.Log(1 - p) : -Math.Log(p)) ? "the two cases are swapped: when y = 1 the cost is −ln p."
                    : $"for y = {y}, p = {p} it should be {Format(expected)}.";
                return Feedback.Hint($"for y = {y}, p = {p} you return {Format(answer)}: {hint}");
            }
        }

        return Feedback.Right("−[y·ln p + (1 − y)·ln(1 − p)]: small when the probability given to the right answer is high.");
    }

    /// <summary>Lesson 14: a network trained on XOR; it passes when every prediction is within 0.1 of its target.</summary>
    public static Feedback Xor(Network trained)
    {
        ArgumentNullException.ThrowIfNull(trained);
        if (trained.InputCount != 2 || trained.OutputCount != 1)
        {
            return Feedback.Hint($"XOR has two inputs and one output; your network has {trained.InputCount} and {trained.OutputCount}. Build it with sizes [2, …, 1].");
        }

        var xor = Examples.Xor;
        var wrong = Enumerable.Range(0, xor.Count)
            .Where(i => !(Math.Abs(trained.Predict(xor.Inputs[i].AsSpan())[0] - xor.Targets[i][0]) <= 0.1))
            .Select(i => $"({xor.Inputs[i][0]}, {xor.Inputs[i][1]}) → {Format(trained.Predict(xor.Inputs[i].AsSpan())[0])}")
            .ToList();
        if (wrong.Count == 0)
        {
            return Feedback.Right($"all four within 0.1 of 0, 1, 1, 0 with {trained.ParameterCount} parameters.");
        }

        if (trained.Layers.Length == 1)
        {
            return Feedback.Hint("a network without a hidden layer draws one straight plane, and no plane separates XOR: add a hidden layer, such as [2, 2, 1].");
        }

        return trained.Layers.Take(trained.Layers.Length - 1).All(layer => layer.Activation == Activation.Identity)
            ? Feedback.Hint("linear hidden layers add up to one linear layer: give the hidden layer an activation such as Activation.Tanh.")
            : Feedback.Hint($"not there yet: {string.Join(", ", wrong)}. Train longer, try another learning rate, or another seed.");
    }

    /// <summary>Lesson 15: the least-squares line of <see cref="NoisySplit"/>'s training readings, computed from the averages.</summary>
    public static Feedback LeastSquares(double weight, double bias)
    {
        var train = NoisySplit().Train;
        var expected = NanoNeuron.LeastSquares.Fit(train);
        if (Close(weight, expected.Weight) && Close(bias, expected.Bias))
        {
            return Feedback.Right($"w = {Format(expected.Weight)}, b = {Format(expected.Bias)}: the exact minimum, in one pass over the data.");
        }

        // The ratio upside down, mean((x − x̄)²) / mean((x − x̄)(y − ȳ)), is 1/w.
        if (Close(weight, 1 / expected.Weight))
        {
            return Feedback.Hint("the ratio is upside down: w = mean((x − x̄)(y − ȳ)) / mean((x − x̄)²).");
        }

        return Close(weight, expected.Weight)
            ? Feedback.Hint($"w is right; the best line passes through the averages (x̄, ȳ), so b = ȳ − w·x̄ = {Format(expected.Bias)}.")
            : Feedback.Hint($"w should be mean((x − x̄)(y − ȳ)) / mean((x − x̄)²) = {Format(expected.Weight)}, not {Format(weight)}.");
    }
}
