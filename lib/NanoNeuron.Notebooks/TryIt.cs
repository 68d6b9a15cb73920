namespace NanoNeuron.Notebooks;

/// <summary>An exercise's verdict: ✓ with a word of why, or a hint.</summary>
/// <param name="Passed">Whether the answer is right.</param>
/// <param name="Message">What was right, or a hint towards it.</param>
public sealed record Feedback(bool Passed, string Message)
{
    /// <summary>"✓ …" or "✗ Not yet: …".</summary>
    public override string ToString() => Passed ? $"✓ {Message}" : $"✗ Not yet: {Message}";

    internal static Feedback Right(string message) => new(true, message);

    internal static Feedback Hint(string message) => new(false, message);
}

/// <summary>
/// The checkers of the lessons' "Try it" cells: each takes the learner's answer and says at once whether it
/// is right. Worked solutions are in tests/NanoNeuron.Notebooks.Tests/ExerciseSolutions.cs.
/// </summary>
public static partial class TryIt
{
    private const double Tolerance = 1e-9;

    /// <summary>The neuron the exercises of lessons 05 and 06 ask about.</summary>
    public static Neuron ExerciseNeuron { get; } = new(2, 30);

    /// <summary>The temperatures lesson 03's exercise asks for.</summary>
    public static IReadOnlyList<double> ExerciseTemperatures { get; } = [-10, 0, 10, 20, 30];

    /// <summary>The temperature lesson 08's exercise asks about.</summary>
    public const double ExerciseCelsius = 100;

    private static readonly (double X, double W, double B)[] PredictCases = [(3, 2, 1), (0, 0.9492, 0.457), (-4, 1.8, 32), (10, -0.5, 7)];

    /// <summary>Lesson 01: write the model, <c>(x, w, b) => ŷ</c>.</summary>
    public static Feedback Predict(Func<double, double, double, double> predict)
    {
        ArgumentNullException.ThrowIfNull(predict);
        foreach (var (x, w, b) in PredictCases)
        {
            double answer = predict(x, w, b);
            if (!Close(answer, x * w + b))
            {
                return Close(answer, x * w)
                    ? Feedback.Hint($"for x = {x}, w = {w}, b = {b} you return {Format(answer)}, which is x·w: add the bias b.")
                    : Feedback.Hint($"for x = {x}, w = {w}, b = {b} the neuron should say x·w + b = {Format(x * w + b)}, not {Format(answer)}.");
            }
        }

        return Feedback.Right("ŷ = x·w + b: that is the whole model.");
    }

    /// <summary>Lesson 02: write the conversion, <c>c => f</c>.</summary>
    public static Feedback CelsiusToFahrenheit(Func<double, double> convert)
    {
        ArgumentNullException.ThrowIfNull(convert);
        foreach (double celsius in new[] { 0.0, 100, -40, 37 })
        {
            double answer = convert(celsius), expected = Temperature.CelsiusToFahrenheit(celsius);
            if (!Close(answer, expected))
            {
                return celsius == 0
                    ? Feedback.Hint($"0 °C should be 32 °F, not {Format(answer)}: water freezes at 32 °F, so add 32.")
                    : Feedback.Hint($"{celsius} °C should be {Format(expected)} °F, not {Format(answer)}: multiply by 1.8, then add 32.");
            }
        }

        return Feedback.Right("f = c·1.8 + 32: these are the w = 1.8 and b = 32 NanoNeuron must find.");
    }

    /// <summary>Lesson 03: build a data set of <see cref="ExerciseTemperatures"/> and their Fahrenheit values.</summary>
    public static Feedback DataSet(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.X.SequenceEqual(ExerciseTemperatures))
        {
            return Feedback.Hint($"x should be {string.Join(", ", ExerciseTemperatures)}, in that order; yours is {string.Join(", ", data.X)}.");
        }

        for (int i = 0; i < data.Count; i++)
        {
            if (!Close(data.Y[i], Temperature.CelsiusToFahrenheit(data.X[i])))
            {
                return Feedback.Hint($"the target for {data.X[i]} °C should be {Format(Temperature.CelsiusToFahrenheit(data.X[i]))} °F, not {Format(data.Y[i])}: use Temperature.CelsiusToFahrenheit.");
            }
        }

        return Feedback.Right("five examples, each an input with its correct answer.");
    }

    /// <summary>Lesson 04: write the cost of one prediction, <c>(y, ŷ) => cost</c>.</summary>
    public static Feedback PredictionCost(Func<double, double, double> cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        foreach (var (y, prediction) in new[] { (10.0, 7.0), (7.0, 10.0), (5.0, 5.0), (0.5, -1.5) })
        {
            double answer = cost(y, prediction), expected = Cost.PredictionCost(y, prediction);
            if (!Close(answer, expected))
            {
                double error = y - prediction;
                string hint = Close(answer, error * error) ? "you forgot to halve the square."
                    : Close(answer, error / 2) || Close(answer, -error / 2) ? "square the error before halving it, so that too high and too low both cost."
                    : $"it should be (y − ŷ)²/2 = {Format(expected)}.";
                return Feedback.Hint($"for y = {y}, ŷ = {prediction} you return {Format(answer)}: {hint}");
            }
        }

        return Feedback.Right("(y − ŷ)²/2: zero when right, growing fast as the error grows, the same above and below.");
    }

    /// <summary>Lesson 05: the average cost of <see cref="ExerciseNeuron"/> on the training data, computed with a loop.</summary>
    public static Feedback AverageCost(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double expected = Propagation.ForwardPropagation(ExerciseNeuron, train).Cost;
        if (Close(cost, expected))
        {
            return Feedback.Right($"J = {Format(expected)}, the same as Propagation.ForwardPropagation gives.");
        }

        return Close(cost, expected * train.Count)
            ? Feedback.Hint($"{Format(cost)} is the total cost: divide by m = {train.Count} for the average.")
            : Feedback.Hint($"expected {Format(expected)}, got {Format(cost)}: add PredictionCost(y, model.Predict(x)) over every example, then divide by m.");
    }

    /// <summary>Lesson 06: the gradients at <see cref="ExerciseNeuron"/> on the training data.</summary>
    public static Feedback Gradients(double dW, double dB)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var expected = Propagation.BackwardPropagation(Propagation.ForwardPropagation(ExerciseNeuron, train), train);
        if (Close(dW, expected.DW) && Close(dB, expected.DB))
        {
            return Feedback.Right($"∂J/∂w = {Format(expected.DW)}, ∂J/∂b = {Format(expected.DB)}: positive, so the cost falls if w and b get smaller.");
        }

        if (Close(dW, -expected.DW) && Close(dB, -expected.DB))
        {
            return Feedback.Hint("that is the original's sign: it sums (y − ŷ), the negative gradient. The gradient sums (ŷ − y).");
        }

        return Close(dW, expected.DW * train.Count) && Close(dB, expected.DB * train.Count)
            ? Feedback.Hint($"those are sums: divide by m = {train.Count} for the average gradient.")
            : Feedback.Hint($"expected ∂J/∂w = {Format(expected.DW)} and ∂J/∂b = {Format(expected.DB)}: average (ŷ − y)·x and (ŷ − y) over the examples.");
    }

    /// <summary>Lesson 07: a learning rate that takes the original start below a cost of 0.001 within 70,000 epochs.</summary>
    public static Feedback LearningRate(double learningRate)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double bound = Stability.LargestStableLearningRate(train);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            return Feedback.Hint("a learning rate is a small positive number, such as 0.0005.");
        }

        try
        {
            double cost = FastTraining.TrainModel(Neuron.OriginalStart, train, Hyperparameters.Epochs, learningRate, Summation.Sequential).CostAfter;
            return cost < 0.001
                ? Feedback.Right($"α = {Format(learningRate)} reaches a cost of {cost:G3}: below 2/λmax ≈ {bound:G3}, so it converges.")
                : Feedback.Hint($"α = {Format(learningRate)} is stable but slow: the cost is still {cost:G3} after 70,000 epochs. Try a larger α below {bound:G3}.");
        }
        catch (TrainingDivergedException diverged)
        {
            return Feedback.Hint($"α = {Format(learningRate)} diverges at epoch {diverged.Epoch}: stay below 2/λmax ≈ {bound:G3}.");
        }
    }

    /// <summary>Lesson 08: what the trained NanoNeuron (original start, 70,000 epochs, α = 0.0005) says for 100 °C.</summary>
    public static Feedback Prediction(double fahrenheit)
    {
        var trained = Training.TrainModel(Neuron.OriginalStart, NanoNeuron.DataSets.GenerateDataSets().Train).Model;
        double expected = trained.Predict(ExerciseCelsius);
        if (Close(fahrenheit, expected))
        {
            return Feedback.Right($"{Format(expected)} °F; the exact answer is {Format(Temperature.CelsiusToFahrenheit(ExerciseCelsius))} °F.");
        }

        return Close(fahrenheit, Temperature.CelsiusToFahrenheit(ExerciseCelsius))
            ? Feedback.Hint("that is the exact answer; the exercise asks what the trained neuron says: call Predict on it.")
            : Feedback.Hint("train from Neuron.OriginalStart with Training.TrainModel, then call Predict(100) on the result's Model.");
    }

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));

    private static string Format(double value) => Formatters.Number(value);
}
