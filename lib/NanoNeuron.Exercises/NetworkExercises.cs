namespace NanoNeuron.Exercises;

/// <summary>A network of neurons: layers, paths that add, XOR and symmetry. The predict-then-run questions and the "Try it" checker.</summary>
public static class NetworkExercises
{
    /// <summary>How many more epochs, at the lesson's α, the checker trains a failing network to see whether training fixes it.</summary>
    internal const int FurtherEpochs = 20_000;

    /// <summary>The lesson's learning rate for XOR, used when the checker trains a failing network further.</summary>
    internal const double XorLearningRate = 0.5;

    /// <summary>
    /// A network trained on XOR that FAILS, and the learner's reason as a letter: (a) its output can only be a
    /// flat plane, (b) its hidden layer acts like a single neuron, (c) the learning rate is too large, (d) it was not
    /// trained long enough, (e) it is stuck: its cost stopped falling while it was still wrong.
    /// </summary>
    // Solution: The truth is read from the trained network: (a) when no hidden layer bends (none, or only the
    // identity); (b) when a hidden layer has one neuron, or neurons that are all identical (a start with every weight
    // alike, such as all zeros, keeps them so: symmetry). Otherwise the checker trains it FurtherEpochs more epochs
    // at α = 0.5: (d) when that gets XOR right, or its cost is still falling (more than 1 % over the last half); (e)
    // when it still fails and its cost barely moved; (c) when that training blows up.
    [TryIt]
    public static Feedback BrokenXor(Network trained, char why)
    {
        ArgumentNullException.ThrowIfNull(trained);
        if (trained.InputCount != 2 || trained.OutputCount != 1)
        {
            return Feedback.Hint($"XOR has two inputs and one output; your network has {trained.InputCount} and {trained.OutputCount}. Keep sizes [2, …, 1].");
        }

        return LearnerCode.Check(trained, watched => BrokenXorOf(trained, watched, why), () => Feedback.Hint(
            "your network's numbers are not finite on XOR's inputs: its weights are too large for a double, or an activation (or its derivative) returns NaN or ∞. "
            + "Build it with Network.Random, whose weights are of ordinary size, and check your activation's formula, or use a built-in one such as Activation.Tanh."));
    }

    /// <summary><see cref="BrokenXor"/>'s verdict: the structure read from <paramref name="trained"/>, every prediction and training run on <paramref name="watched"/>, its watched copy.</summary>
    private static Feedback BrokenXorOf(Network trained, Network watched, char why)
    {
        if (SolvesXor(watched))
        {
            return Feedback.Hint("this network still gets XOR right (every prediction within 0.1). Change how it is built or how it starts, "
                + "and ask what the lesson showed a network needs, in its layers and in its start, to draw XOR at all.");
        }

        if (why == '?')
        {
            return Feedback.Hint("it fails. Now say why: write the letter of the reason in place of '?'. "
                + "(a) its output can only be a flat plane over the square; "
                + "(b) its hidden layer acts like a single neuron; "
                + "(c) the learning rate is too large, so each step overshoots; "
                + "(d) it could learn XOR, but was not trained long enough; "
                + "(e) it got stuck: training stopped lowering its cost while it was still wrong.");
        }

        var hidden = trained.Layers.Take(trained.Layers.Length - 1).ToList();
        var single = hidden.FirstOrDefault(ActsAsOneNeuron);
        var further = hidden.All(layer => layer.Activation == Activation.Identity) || single is not null ? null : TrainFurther(watched);
        char truth = hidden.All(layer => layer.Activation == Activation.Identity) ? 'a'
            : single is not null ? 'b'
            : further!.Truth;

        string oneNeuron = "one neuron's g(w₁·x₁ + w₂·x₂ + b) rises or falls along a single direction across the square, so it cannot be high on one diagonal and low on the other.";
        string more = Invariant($"I trained it {FurtherEpochs:N0} epochs more at α = {XorLearningRate}");
        string right = truth switch
        {
            'a' => "with no bending layer the output is w₁·x₁ + w₂·x₂ + b, one flat plane, and no plane is high at (0, 1) and (1, 0) but low at (0, 0) and (1, 1).",
            'b' when single!.Outputs == 1 => $"its hidden layer has a single neuron, and {oneNeuron}",
            'b' when single!.Weights.All(w => w == 0) && single.Biases.All(b => b == 0) =>
                "from all zeros its hidden neurons start identical and stay so, and they do not even move: every hidden output is tanh(0) = 0 and every weight after them is 0, "
                + $"so the δ passed down is 0. Identical neurons draw what one draws, and {oneNeuron}",
            'b' => $"its hidden neurons started identical, so they computed the same z, received the same δ and took the same steps: they are still identical. Identical neurons draw what one draws, and {oneNeuron}",
            'c' => $"{more} and its cost blew up: for this network α = {XorLearningRate} is too large.",
            'd' when further!.Solved => $"{more} and then it got XOR right: it was not trained enough. (That is a failure more training fixes; the task asks for one it never fixes.)",
            'd' => Invariant($"{more}: it still fails, but its cost is still falling (from {further!.CostMidway:G4} to {further.CostAfter:G4} over the last {FurtherEpochs / 2:N0}), so more training may yet fix it."),
            _ => Invariant($"{more}: it still fails, and its cost barely moved over the last {FurtherEpochs / 2:N0} (from {further!.CostMidway:G4} to {further.CostAfter:G4}). ")
                + "Its start led training to a place where the cost hardly falls although the network is still wrong, and more epochs do not get it out.",
        };
        string notStuck = truth switch
        {
            'd' => $"{more} and its cost kept falling{(further!.Solved ? " until it got XOR right" : "")}: it is not stuck.",
            'c' => $"{more} and its cost did not settle: it blew up.",
            _ => "it fails for a reason that holds before any training: look at how it was built, and how it started.",
        };
        return Judge.Choice(why, truth, right,
            ('a', "your network has a hidden layer with a bending activation, so its output is not a flat plane."),
            ('b', truth == 'a'
                ? "look further back: without a bending activation in a hidden layer, what shape can the output take over the square at all?"
                : "its hidden neurons are not all identical (and there is more than one), so each can bend in a different place."),
            ('c', "the cost did not blow up: a learning rate that is too large makes the cost grow until training stops with an error."),
            ('d', truth == 'e'
                ? $"{more} and it still fails; its cost barely moved. Look at where its cost is going."
                : "more training would not help: this network cannot learn XOR however long it trains. Look at how it was built, and how it started."),
            ('e', notStuck));
    }

    private static bool SolvesXor(Network network)
    {
        var xor = Examples.Xor;
        return Enumerable.Range(0, xor.Count).All(i => Math.Abs(network.Predict(xor.Inputs[i].AsSpan())[0] - xor.Targets[i][0]) <= 0.1);
    }

    /// <summary>What training a failing network <see cref="FurtherEpochs"/> more epochs shows: (c), (d) or (e).</summary>
    private sealed record Further(char Truth, bool Solved, double CostMidway, double CostAfter);

    private static Further TrainFurther(Network trained)
    {
        TrainingResult<Network> run;
        try
        {
            run = Backpropagation.TrainModel(trained, Examples.Xor, FurtherEpochs, XorLearningRate);
        }
        catch (TrainingDivergedException)
        {
            return new Further('c', false, double.NaN, double.NaN);
        }

        double midway = run.CostHistory[FurtherEpochs / 2], after = run.CostHistory[^1];
        bool solved = SolvesXor(run.Model);
        bool falling = after < 0.99 * midway;
        return new Further(solved || falling ? 'd' : 'e', solved, midway, after);
    }

    /// <summary>Whether a layer draws what one neuron draws: it has a single neuron, or every neuron has the same weights and bias.</summary>
    private static bool ActsAsOneNeuron(Layer layer) =>
        Enumerable.Range(1, layer.Outputs - 1).All(i =>
            layer.Biases[i] == layer.Biases[0]
            && Enumerable.Range(0, layer.Inputs).All(j => layer.Weights[i * layer.Inputs + j] == layer.Weights[j]));

    /// <summary>x reaches an output along two paths, u = 2x and v = 3x, and the output is 4u + 5v: how much does it move per unit of x?</summary>
    [Question]
    public static Feedback TwoPathsRate(double rate)
    {
        static double Output(double x) => (4 * (2 * x)) + (5 * (3 * x));
        return Judge.Number(rate, Output(1) - Output(0), 1e-9,
            "along u the rates multiply to 2 × 4 = 8, along v to 3 × 5 = 15, and both paths move the output at once, so their effects add: 8 + 15 = 23.",
            (2 * 4 * 3 * 5, "multiplying every rate treats the two paths as one long chain; they are side by side: multiply along each path, then add the paths."),
            (2 + 4 + 3 + 5, "rates along one path multiply, they do not add: follow one unit of x along each path on its own, then ask how the two paths combine."),
            (2 * 4, "that is the path through u alone; x also moves v, and that path moves the output too."),
            (3 * 5, "that is the path through v alone; x also moves u, and that path moves the output too."));
    }

    /// <summary>How many weights and biases a [1, 8, 1] network has.</summary>
    [Question]
    public static Feedback NetworkParameterCount(double count) =>
        Judge.Number(count, Network.Random([1, 8, 1], Activation.Tanh).ParameterCount, 0.5,
            "8 hidden neurons with 1 weight and 1 bias each (16), then 1 output neuron with 8 weights and 1 bias (9): 25.",
            (24, "count again neuron by neuron: each one has a weight per number it reads, and what else?"),
            (16, "that is the hidden layer only; the output neuron has parameters too. How many numbers does it read?"),
            (17, "that counts the output neuron as if it read a single number. How many numbers does it read?"));

    /// <summary>What a network with no hidden layer, trained on XOR, predicts for (1, 1).</summary>
    [Question]
    public static Feedback XorWithoutHiddenLayer(double prediction) =>
        Judge.Number(prediction, Backpropagation.TrainModel(Network.Random([2, 1], Activation.Identity), Examples.Xor, 5000, 0.5).Model.Predict([1.0, 1.0])[0], 0.01,
            "a flat plane cannot be high on one diagonal and low on the other; the best it can do is 0.5 everywhere, wrong by 0.5 on every example.",
            (0, "0 is the target, but a flat plane cannot reach it at (1, 1) without getting (0, 1) and (1, 0) wrong. Training makes the average cost over all four as small as it can: what plane does that?"),
            (1, "a plane that says 1 at (1, 1) is wrong on (0, 0) or on the other diagonal. Training makes the average cost over all four as small as it can: what plane does that?"));
}
