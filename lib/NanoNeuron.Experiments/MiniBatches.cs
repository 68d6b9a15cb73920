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
            throw new ArgumentException(Invariant($"exampleCount is {exampleCount}: an epoch needs at least one example."), nameof(exampleCount));
        }

        if (batchSize < 0)
        {
            throw new ArgumentException(Invariant($"batchSize is {batchSize}: use 0 for every example in each step, or a positive batch size."), nameof(batchSize));
        }

        return batchSize == 0 || batchSize >= exampleCount ? 1 : ((exampleCount - 1) / batchSize) + 1;
    }

    /// <summary>The order of the examples in the first epoch of a run with <paramref name="shuffleSeed"/>: the shuffle <see cref="Trainer.Train"/> makes.</summary>
    /// <exception cref="ArgumentException">A count below 1 or above <see cref="DataSet.MaxCount"/>, or a seed outside 0 to <see cref="Hyperparameters.MaxSeed"/>.</exception>
    public static ImmutableArray<int> Shuffled(int exampleCount, int shuffleSeed = Hyperparameters.Seed)
    {
        ExampleCount(exampleCount, nameof(exampleCount));
        Guard.Seed(shuffleSeed, nameof(shuffleSeed));
        int[] order = [.. Enumerable.Range(0, exampleCount)];
        new Random(shuffleSeed).Shuffle(order);
        return [.. order];
    }

    /// <summary>
    /// The gradient each batch of one epoch measures at <paramref name="model"/>, taking the examples in
    /// <paramref name="order"/>, <paramref name="batchSize"/> at a time.
    /// </summary>
    /// <remarks>Nothing is trained: every batch's slopes are measured at the same point, to compare them with the slopes over every example.</remarks>
    /// <exception cref="ArgumentException">A batch size below 1, an index in <paramref name="order"/> that is not one of the objective's examples, or more than <see cref="DataSet.MaxCount"/> indices (it reads one more at most).</exception>
    public static ImmutableArray<double[]> BatchGradients<TModel>(IObjective<TModel> objective, TModel model, IReadOnlyList<int> order, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(order);
        ObjectiveGuard.Counts(objective, nameof(objective));
        BatchSize(batchSize, int.MaxValue);
        int[] indices = [.. Guard.AtMost(order, DataSet.MaxCount, Invariant($"an order holds at most {DataSet.MaxCount:N0} indices (DataSet.MaxCount), one for each example"), nameof(order))];
        for (int i = 0; i < indices.Length; i++)
        {
            if (indices[i] < 0 || indices[i] >= objective.ExampleCount)
            {
                throw new ArgumentException(
                    Invariant($"order[{i}] is {indices[i]}, but the objective's examples are numbered 0 to {objective.ExampleCount - 1}: pass an order such as MiniBatches.Shuffled({objective.ExampleCount})."),
                    nameof(order));
            }
        }

        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
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
    /// <remarks>The run is first made by <see cref="Trainer.Train"/>: one that diverges there is refused here the same way, before any step is replayed.</remarks>
    /// <exception cref="ArgumentException">
    /// A start that is not finite, a learning rate that is not positive and finite, a batch size below 1, epochs below 1
    /// or above <see cref="TrainingOptions.MaxEpochs"/>, more than <see cref="MaxSteps"/> steps in all, or a seed outside
    /// 0 to <see cref="Hyperparameters.MaxSeed"/>.
    /// </exception>
    /// <exception cref="TrainingDivergedException">The run diverges, as <see cref="Trainer.Train"/> says it does.</exception>
    public static ImmutableArray<BatchStep> BatchSteps(
        DataSet train, Neuron start, double learningRate, int batchSize, int epochs, int shuffleSeed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        NeuronGuard.Finite(start, nameof(start));
        Guard.LearningRate(learningRate);
        BatchSize(batchSize, int.MaxValue);
        string epochRange = Invariant($"pass from 1 to {TrainingOptions.MaxEpochs:N0} epochs (TrainingOptions.MaxEpochs), such as 3");
        Guard.Count(epochs, 1, TrainingOptions.MaxEpochs, epochRange, epochRange, nameof(epochs));
        Guard.Seed(shuffleSeed, nameof(shuffleSeed));
        long stepCount = (long)epochs * StepsPerEpoch(train.Count, batchSize);
        if (stepCount > MaxSteps)
        {
            throw new ArgumentException(
                Invariant($"{epochs:N0} epochs of {StepsPerEpoch(train.Count, batchSize):N0} steps (batches of {batchSize:N0} from {train.Count:N0} examples) are {stepCount:N0} steps, more than the {MaxSteps:N0} recorded at most (MiniBatches.MaxSteps): use fewer epochs or larger batches."),
                nameof(epochs));
        }

        var objective = new NeuronObjective(train);
        Trainer.TryTrain(objective, start, new GradientDescent(learningRate),
            new TrainingOptions { Epochs = epochs, BatchSize = batchSize, ShuffleSeed = shuffleSeed }).ResultOrThrow();
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
    /// <exception cref="ArgumentException">
    /// A batch size below 1 or above the objective's examples, a parameter that is not one of the objective's, samples
    /// below 1 or above <see cref="MaxSamples"/>, or a seed outside 0 to <see cref="Hyperparameters.MaxSeed"/>.
    /// </exception>
    public static double SlopeSpread<TModel>(IObjective<TModel> objective, TModel model, int batchSize, int parameter = 0, int samples = 1000, int seed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ObjectiveGuard.Counts(objective, nameof(objective));
        BatchSize(batchSize, objective.ExampleCount);
        if (parameter < 0 || parameter >= objective.ParameterCount)
        {
            throw new ArgumentException(
                Invariant($"parameter is {parameter}, but this objective's parameters are numbered 0 to {objective.ParameterCount - 1} ({string.Join(", ", Enumerable.Range(0, Math.Min(objective.ParameterCount, 5)).Select(p => Invariant($"{p} for {Tools.PrintableText.Escape(objective.ParameterName(p) ?? "(no name)")}")))}{(objective.ParameterCount > 5 ? ", …" : "")}): pass one of those, such as 0."),
                nameof(parameter));
        }

        string sampleRange = Invariant($"pass from 1 to {MaxSamples:N0} samples (MiniBatches.MaxSamples), such as 1,000");
        Guard.Count(samples, 1, MaxSamples, sampleRange, sampleRange, nameof(samples));
        Guard.Seed(seed);
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

    /// <summary>The most steps <see cref="BatchSteps"/> records (epochs × steps per epoch): 1,000,000.</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>The most batches <see cref="SlopeSpread"/> draws: 1,000,000.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>The most batch sizes <see cref="CompareBatchSizes"/> trains with: 1,000 (each a full training run).</summary>
    public const int MaxBatchSizes = 1_000;

    /// <summary>Refuses a number of examples that no data set has.</summary>
    private static void ExampleCount(int exampleCount, string name)
    {
        string range = Invariant($"pass from 1 to {DataSet.MaxCount:N0} examples (DataSet.MaxCount), such as train.Count");
        Guard.Count(exampleCount, 1, DataSet.MaxCount, range, range, name);
    }

    /// <summary>Refuses a batch size below 1 or above <paramref name="most"/> (the examples there are).</summary>
    private static void BatchSize(int batchSize, int most)
    {
        if (batchSize < 1 || batchSize > most)
        {
            throw new ArgumentException(
                most == int.MaxValue
                    ? Invariant($"batchSize is {batchSize}: pass a batch size of 1 or more, such as 10.")
                    : Invariant($"batchSize is {batchSize}: pass a batch size from 1 to {most} (the objective's examples), such as {Math.Min(10, most)}."),
                nameof(batchSize));
        }
    }

    /// <summary>
    /// Trains a neuron once per batch size, from the same start with the same learning rate and shuffle seed, and
    /// records the steps, the cost history, the first epoch below <paramref name="targetCost"/> and the wall time.
    /// </summary>
    /// <remarks>Every argument is checked before the first run; at most <see cref="MaxBatchSizes"/> + 1 batch sizes are read, so an endless sequence is refused.</remarks>
    /// <exception cref="ArgumentException">
    /// More than <see cref="MaxBatchSizes"/> batch sizes, a negative one, a learning rate, epochs, seed or start the trainer refuses, or a target cost that is not finite.
    /// </exception>
    /// <exception cref="TrainingDivergedException">A batch size with which <paramref name="learningRate"/> is too large.</exception>
    public static ImmutableArray<BatchSizeRun> CompareBatchSizes(
        DataSet train, Neuron start, double learningRate, IEnumerable<int> batchSizes, int epochs, double targetCost, int shuffleSeed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(batchSizes);
        NeuronGuard.Finite(start, nameof(start));
        Guard.LearningRate(learningRate);
        Guard.Seed(shuffleSeed, nameof(shuffleSeed));
        var options = TrainingOptions.ForEpochs(epochs) with { ShuffleSeed = shuffleSeed };
        Guard.FiniteResult(targetCost, "targetCost", "pass the cost to reach, such as MiniBatches.ReadingsFloor() * 1.01.", nameof(targetCost));
        int[] sizes = [.. Guard.AtMost(batchSizes, MaxBatchSizes,
            Invariant($"a comparison trains with at most {MaxBatchSizes:N0} batch sizes (MiniBatches.MaxBatchSizes), each a full run"), nameof(batchSizes))];
        var runs = sizes.Select(batchSize => options with { BatchSize = batchSize }).ToArray();
        return [.. sizes.Zip(runs, (batchSize, run) =>
        {
            long begin = Stopwatch.GetTimestamp();
            var result = Trainer.Train(new NeuronObjective(train), start, new GradientDescent(learningRate), run);
            double milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
            int? first = Enumerable.Range(0, result.CostHistory.Length).Select(epoch => (int?)epoch).FirstOrDefault(epoch => result.CostHistory[epoch!.Value] < targetCost);
            return new BatchSizeRun(batchSize == 0 ? train.Count : batchSize, StepsPerEpoch(train.Count, batchSize), result, first, milliseconds);
        })];
    }
}
