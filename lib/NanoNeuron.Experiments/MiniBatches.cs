using System.Diagnostics;
using NanoNeuron.ClosedForm;
using NanoNeuron.Data;

namespace NanoNeuron.Experiments;

/// <summary>Mini-batches and stochastic gradient descent: the experiments, all through <see cref="Trainer.Train"/>.</summary>
public static class MiniBatches
{
    /// <summary>The course's noisy thermometer readings with their temperatures standardized, so that one α suits every direction.</summary>
    public static DataSet StandardizedReadings()
    {
        var readings = Thermometer.Readings();
        return Standardizer.Fit(readings.X.AsSpan()).Transform(readings);
    }

    /// <summary>The lowest cost any line reaches on <see cref="StandardizedReadings"/>: the least-squares line's.</summary>
    public static double ReadingsFloor()
    {
        var readings = StandardizedReadings();
        return Propagation.ForwardPropagation(LeastSquares.Fit(readings), readings).Cost;
    }

    /// <summary>How many steps one epoch makes: the number of batches, the last of which may be smaller.</summary>
    /// <remarks><c>⌈m / k⌉</c> for batch size k; one step for a full batch (k = 0 or k ≥ m), as <see cref="Trainer.Train"/> does it.</remarks>
    /// <exception cref="ArgumentException">m below 1 or k below 0.</exception>
    public static int StepsPerEpoch(int exampleCount, int batchSize)
    {
        if (exampleCount < 1)
        {
            throw new ArgumentException($"exampleCount is {exampleCount}: an epoch needs at least one example.", nameof(exampleCount));
        }

        if (batchSize < 0)
        {
            throw new ArgumentException($"batchSize is {batchSize}: use 0 for every example in each step, or a positive batch size.", nameof(batchSize));
        }

        return batchSize == 0 || batchSize >= exampleCount ? 1 : (exampleCount + batchSize - 1) / batchSize;
    }

    /// <summary>The order of the examples in the first epoch of a run with <paramref name="shuffleSeed"/>: the shuffle <see cref="Trainer.Train"/> makes.</summary>
    public static ImmutableArray<int> Shuffled(int exampleCount, int shuffleSeed = Hyperparameters.Seed)
    {
        int[] order = [.. Enumerable.Range(0, exampleCount)];
        new Random(shuffleSeed).Shuffle(order);
        return [.. order];
    }

    /// <summary>
    /// The gradient each batch of one epoch measures at <paramref name="model"/>, taking the examples in
    /// <paramref name="order"/>, <paramref name="batchSize"/> at a time.
    /// </summary>
    /// <remarks>Nothing is trained: every batch's slopes are measured at the same point, to compare them with the slopes over every example.</remarks>
    public static ImmutableArray<double[]> BatchGradients<TModel>(IObjective<TModel> objective, TModel model, IReadOnlyList<int> order, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        int[] indices = [.. order];
        var gradients = ImmutableArray.CreateBuilder<double[]>();
        for (int first = 0; first < indices.Length; first += batchSize)
        {
            var gradient = new double[parameters.Length];
            objective.CostAndGradient(parameters, indices.AsSpan(first, Math.Min(batchSize, indices.Length - first)), gradient);
            gradients.Add(gradient);
        }

        return gradients.ToImmutable();
    }

    /// <summary>
    /// Replays a mini-batch run of <see cref="Trainer.Train"/> with <see cref="GradientDescent"/> step by step (the same
    /// shuffles, the same steps, the same bits) and records, for each step, its batch's curvature, factor and steep
    /// direction and the cost over every example before and after it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A batch size below 1 or epochs below 1.</exception>
    public static ImmutableArray<BatchStep> BatchSteps(
        DataSet train, Neuron start, double learningRate, int batchSize, int epochs, int shuffleSeed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var objective = new NeuronObjective(train);
        double[] parameters = [start.Weight, start.Bias];
        var gradient = new double[2];
        int[] order = [.. Enumerable.Range(0, train.Count)];
        var shuffle = new Random(shuffleSeed);
        var steps = ImmutableArray.CreateBuilder<BatchStep>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            shuffle.Shuffle(order);
            for (int first = 0; first < order.Length; first += batchSize)
            {
                var batch = order.AsSpan(first, Math.Min(batchSize, order.Length - first));
                double[] x = [.. batch.ToArray().Select(i => train.X[i])];
                double curvature = Stability.HessianEigenvalues(x).Largest;
                double before = objective.Cost(parameters);
                objective.CostAndGradient(parameters, batch, gradient);
                parameters[0] -= learningRate * gradient[0];
                parameters[1] -= learningRate * gradient[1];
                steps.Add(new BatchStep(epoch, (first / batchSize) + 1, curvature, 1 - (learningRate * curvature),
                    SteepDirection(x), before, objective.Cost(parameters)));
            }
        }

        return steps.ToImmutable();
    }

    /// <summary>The direction in which the cost of examples with inputs <paramref name="x"/> curves most sharply, in degrees from the w axis.</summary>
    /// <remarks>
    /// The Hessian is <c>[[mean x², mean x], [mean x, 1]]</c>; its eigenvector for the largest eigenvalue λ is
    /// <c>(mean x, λ − mean x²)</c>, at <c>atan2(λ − mean x², mean x)</c>.
    /// </remarks>
    public static double SteepDirection(ReadOnlySpan<double> x)
    {
        double largest = Stability.HessianEigenvalues(x).Largest;
        double mean = 0, meanSquare = 0;
        foreach (double value in x)
        {
            mean += value / x.Length;
            meanSquare += value * value / x.Length;
        }

        return Math.Atan2(largest - meanSquare, mean) * 180 / Math.PI;
    }

    /// <summary>
    /// How far, on average, the slope of parameter <paramref name="parameter"/> measured on a random batch of
    /// <paramref name="batchSize"/> examples lies from the slope over every example, at <paramref name="model"/>.
    /// </summary>
    /// <remarks>
    /// The mean of <c>|gₚ(batch) − gₚ(all)|</c> over <paramref name="samples"/> batches, each of distinct examples drawn
    /// with a seeded generator. It shrinks as the batch grows (for batches drawn from very many examples, roughly as
    /// <c>1/√k</c>), and is 0 for a batch of every example.
    /// </remarks>
    public static double SlopeSpread<TModel>(IObjective<TModel> objective, TModel model, int batchSize, int parameter = 0, int samples = 1000, int seed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, objective.ExampleCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        var gradient = new double[parameters.Length];
        objective.CostAndGradient(parameters, [], gradient);
        double full = gradient[parameter];
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, objective.ExampleCount)];
        double sum = 0;
        for (int sample = 0; sample < samples; sample++)
        {
            random.Shuffle(order);
            objective.CostAndGradient(parameters, order.AsSpan(0, batchSize), gradient);
            sum += Math.Abs(gradient[parameter] - full);
        }

        return sum / samples;
    }

    /// <summary>
    /// Trains a neuron once per batch size, from the same start with the same learning rate and shuffle seed, and
    /// records the steps, the cost history, the first epoch below <paramref name="targetCost"/> and the wall time.
    /// </summary>
    /// <exception cref="TrainingDivergedException">A batch size with which <paramref name="learningRate"/> is too large.</exception>
    public static ImmutableArray<BatchSizeRun> CompareBatchSizes(
        DataSet train, Neuron start, double learningRate, IEnumerable<int> batchSizes, int epochs, double targetCost, int shuffleSeed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(batchSizes);
        return [.. batchSizes.Select(batchSize =>
        {
            long begin = Stopwatch.GetTimestamp();
            var result = Trainer.Train(new NeuronObjective(train), start, new GradientDescent(learningRate),
                new TrainingOptions { Epochs = epochs, BatchSize = batchSize, ShuffleSeed = shuffleSeed });
            double milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
            int? first = Enumerable.Range(0, result.CostHistory.Length).Select(epoch => (int?)epoch).FirstOrDefault(epoch => result.CostHistory[epoch!.Value] < targetCost);
            return new BatchSizeRun(batchSize == 0 ? train.Count : batchSize, StepsPerEpoch(train.Count, batchSize), result, first, milliseconds);
        })];
    }
}
