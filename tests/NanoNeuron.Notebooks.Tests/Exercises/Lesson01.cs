namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 01's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>01 — the neuron that says 5 at x = 0 and 35 at x = 10: b is the answer at 0, w what each step adds.</summary>
    public static Neuron NeuronFromAnswers => new(Weight: (35 - 5) / 10.0, Bias: 5);
}

/// <summary>Lesson 01's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void NeuronFromAnswers_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.NeuronFromAnswers(ExerciseSolutions.NeuronFromAnswers));
        Rejected(TryIt.NeuronFromAnswers(new Neuron(double.NaN, double.NaN)), "replace double.NaN");
        Rejected(TryIt.NeuronFromAnswers(new Neuron(5, 3)), "the answer there is the bias alone");
        Rejected(TryIt.NeuronFromAnswers(new Neuron(3.5, 5)), "w only has to add the other 30");
        Rejected(TryIt.NeuronFromAnswers(new Neuron(30, 5)), "each step of 1 in x adds w once");
    }

    [Fact]
    public void Lesson01Questions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(Questions.NeuronAtThree(7));
        Rejected(Questions.NeuronAtThree(double.NaN), "in place of double.NaN");
        Rejected(Questions.NeuronAtThree(6), "then adds its bias");
        Rejected(Questions.NeuronAtThree(9), "multiplies by w only");
        Rejected(Questions.NeuronAtThree(8), "multiplies first");

        Accepted(Questions.RandomStartAtSeventy(46.9));
        Rejected(Questions.RandomStartAtSeventy(158), "has not learned anything yet");
        Accepted(Questions.RandomStartAtSeventy(70 * 0.668 + 0.141));
        Rejected(Questions.RandomStartAtSeventy(70 * 0.668), "adds its bias");
        Rejected(Questions.RandomStartAtSeventy(56.6), "multiplies by w only");
        Rejected(Questions.RandomStartAtSeventy(100), "far from the 158");

        Accepted(Questions.WeightOrBiasAtFifty('a'));
        Rejected(Questions.WeightOrBiasAtFifty('b'), "the bias is added once");
        Rejected(Questions.WeightOrBiasAtFifty('c'), "only at x = 1");
        Rejected(Questions.WeightOrBiasAtFifty('?'), "write one of 'a', 'b', 'c'");
    }
}
