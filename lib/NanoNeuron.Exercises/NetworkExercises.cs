using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Exercises;

/// <summary>A network of neurons: layers, XOR and overfitting. The predict-then-run questions and the "Try it" checker.</summary>
public static class NetworkExercises
{
    /// <summary>
    /// A network trained on XOR that FAILS, and the learner's reason as a letter: (a) its output can only be a
    /// flat plane, (b) its hidden layer never changes, (c) the learning rate is too large, (d) it was not trained long enough.
    /// </summary>
    [TryIt]
    public static Feedback BrokenXor(Network trained, char why)
    {
        ArgumentNullException.ThrowIfNull(trained);
        if (trained.InputCount != 2 || trained.OutputCount != 1)
        {
            return Feedback.Hint($"XOR has two inputs and one output; your network has {trained.InputCount} and {trained.OutputCount}. Keep sizes [2, …, 1].");
        }

        var xor = Examples.Xor;
        bool solved = Enumerable.Range(0, xor.Count).All(i => Math.Abs(trained.Predict(xor.Inputs[i].AsSpan())[0] - xor.Targets[i][0]) <= 0.1);
        if (solved)
        {
            return Feedback.Hint("this network still gets XOR right (every prediction within 0.1). Break it: take the hidden layer away, or start every weight and bias at zero.");
        }

        var hidden = trained.Layers.Take(trained.Layers.Length - 1).ToList();
        char truth = hidden.All(layer => layer.Activation == Activation.Identity) ? 'a'
            : hidden.Any(layer => layer.Weights.All(w => w == 0) && layer.Biases.All(b => b == 0)) ? 'b'
            : 'd';
        if (why == '?')
        {
            return Feedback.Hint("it fails. Now say why: write 'a', 'b', 'c' or 'd' in place of '?'.");
        }

        return Judge.Choice(why, truth, truth switch
            {
                'a' => "with no bending layer the output is w₁·x₁ + w₂·x₂ + b, one flat plane, and no plane is high at (0, 1) and (1, 0) but low at (0, 0) and (1, 1).",
                'b' => "from all zeros, every hidden output is tanh(0) = 0 and every weight after them is 0, so the δ passed down is 0·δ = 0: the hidden layer never moves, and only the output bias learns (to 0.5).",
                _ => "the network could learn XOR; it just has not been trained enough (more epochs, or another learning rate).",
            },
                ('a', "your network has a hidden layer with a bending activation, so its output is not a flat plane."),
                ('b', "nothing in your network is stuck at zero, so corrections reach every weight."),
                ('c', "the cost did not blow up: a learning rate that is too large makes the cost grow until training stops with an error."),
                ('d', "more training would not help: this network cannot learn XOR however long it trains. Look at how it was built."));
    }

    /// <summary>How many weights and biases a [1, 8, 1] network has.</summary>
    [Question]
    public static Feedback NetworkParameterCount(double count) =>
        Judge.Number(count, Network.Random([1, 8, 1], Activation.Tanh).ParameterCount, 0.5,
            "8 hidden neurons with 1 weight and 1 bias each (16), then 1 output neuron with 8 weights and 1 bias (9): 25.",
            (24, "the output neuron has a bias too."),
            (16, "that is the hidden layer only; the output neuron has 8 weights (one per hidden neuron) and a bias."),
            (17, "the output neuron reads all 8 hidden neurons, so it has 8 weights, plus its bias."));

    /// <summary>What a network with no hidden layer, trained on XOR, predicts for (1, 1).</summary>
    [Question]
    public static Feedback XorWithoutHiddenLayer(double prediction) =>
        Judge.Number(prediction, Backpropagation.TrainModel(Network.Random([2, 1], Activation.Identity), Examples.Xor, 5000, 0.5).Model.Predict([1.0, 1.0])[0], 0.01,
            "a flat plane cannot be high on one diagonal and low on the other; the best it can do is 0.5 everywhere, wrong by 0.5 on every example.",
            (0, "0 is the target, but the plane cannot reach it without getting (0, 1) and (1, 0) wrong: it settles at 0.5 everywhere."),
            (1, "a plane that says 1 at (1, 1) is wrong on (0, 0) or on the other diagonal; the best compromise is 0.5 everywhere."));

    /// <summary>As the big network keeps training on eight noisy readings, does its test cost (a) keep falling, (b) level off, (c) rise?</summary>
    [Question]
    public static Feedback OverfitTestCost(char answer)
    {
        var result = FewReadings.Overfit();
        var test = Examples.From(FewReadings.Standardized().Test);
        double early = Backpropagation.ForwardPropagation(result.Snapshots.Single(s => s.Epoch == 400).Model, test);
        double late = Backpropagation.ForwardPropagation(result.Model, test);
        char truth = late > 2 * early ? 'c' : late < early / 2 ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            "its 91 parameters let it bend through all eight readings, noise included; the bends that fit the noise are wrong everywhere else.",
                ('a', "the training cost keeps falling, but the test readings have different noise: the bends that fit this noise miss them."),
                ('b', "it does not just stop improving: fitting the noise makes it worse on fresh readings."),
                ('c', "the test cost does not rise here."));
    }
}
