namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="ModelExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>The neuron that says 5 at x = 0 and 35 at x = 10: b is the answer at 0, w what each step adds.</summary>
    public static Neuron NeuronFromAnswers => new(Weight: (35 - 5) / 10.0, Bias: 5);
}

/// <summary><see cref="ModelExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void NeuronFromAnswers_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(ModelExercises.NeuronFromAnswers(ExerciseSolutions.NeuronFromAnswers));
        Rejected(ModelExercises.NeuronFromAnswers(new Neuron(double.NaN, double.NaN)), "replace double.NaN");
        Rejected(ModelExercises.NeuronFromAnswers(new Neuron(5, 3)), "what is left of x·w + b there");
        Rejected(ModelExercises.NeuronFromAnswers(new Neuron(3.5, 5)), "w does not have to make all of 35");
        Rejected(ModelExercises.NeuronFromAnswers(new Neuron(30, 5)), "how many times does w add to it");
        Assert.DoesNotContain("by 30", ModelExercises.NeuronFromAnswers(new Neuron(30, 5)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(ModelExercises.NeuronAtThree(7));
        Rejected(ModelExercises.NeuronAtThree(double.NaN), "in place of double.NaN");
        Rejected(ModelExercises.NeuronAtThree(6), "does not stop there");
        Assert.DoesNotContain("b = 1", ModelExercises.NeuronAtThree(6).Message, StringComparison.Ordinal);
        Rejected(ModelExercises.NeuronAtThree(9), "multiplies by w only");
        Rejected(ModelExercises.NeuronAtThree(8), "multiplies first");

        Accepted(ModelExercises.RandomStartAtSeventy(46.9));
        Rejected(ModelExercises.RandomStartAtSeventy(158), "has not learned anything yet");
        Accepted(ModelExercises.RandomStartAtSeventy(70 * 0.668 + 0.141));
        Rejected(ModelExercises.RandomStartAtSeventy(70 * 0.668), "does not stop there");
        Assert.DoesNotContain("0.141", ModelExercises.RandomStartAtSeventy(70 * 0.668).Message, StringComparison.Ordinal);
        Rejected(ModelExercises.RandomStartAtSeventy(56.6), "multiplies by w only");
        Rejected(ModelExercises.RandomStartAtSeventy(100), "100 is too high");

        Accepted(ModelExercises.WeightOrBiasAtFifty('a'));
        Rejected(ModelExercises.WeightOrBiasAtFifty('b'), "the bias is added once");
        Rejected(ModelExercises.WeightOrBiasAtFifty('c'), "only where x is 1");
        Rejected(ModelExercises.WeightOrBiasAtFifty('?'), "write one of 'a', 'b', 'c'");
    }
}
