namespace NanoNeuron.Notebooks.Tests;

/// <summary>The worked solution of OriginalExercises' "Try it".</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// The true cost history from the original's: its costs are those after 0 … n − 1 updates, so keep them
    /// and add the one it never measures, the trained neuron's cost on the training data.
    /// </summary>
    public static IReadOnlyList<double> TrueHistory(IReadOnlyList<double> history, Neuron trained, DataSet examples) =>
        [.. history, Propagation.ForwardPropagation(trained, examples).Cost];
}

/// <summary><see cref="OriginalExercises"/>'s checker and questions accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TrueHistory_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(OriginalExercises.TrueHistory(ExerciseSolutions.TrueHistory));
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => history), "which one is missing");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => [.. history, history[^1]]), "the cost before the last update");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => [.. history.Skip(1), Propagation.ForwardPropagation(trained, examples).Cost, 0]),
            "the first cost should be the cost before training");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => [.. history.Skip(1), Propagation.ForwardPropagation(trained, examples).Cost]),
            "the first cost should be the cost before training");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => []), "the true history holds 4 costs");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => [history[0], .. history.Skip(1), Propagation.ForwardPropagation(trained, examples).Cost]),
            "for a run of 0 epochs (the original's history then holds 0 costs) your function threw");
        Rejected(OriginalExercises.TrueHistory((history, trained, examples) => [.. history, 0]), "cost number 3 should be");
        foreach (var slip in new Func<IReadOnlyList<double>, Neuron, DataSet, IReadOnlyList<double>>[]
        {
            (history, trained, examples) => [.. history, history[^1]],
            (history, trained, examples) => [.. history, 0],
            (history, trained, examples) => [history[0], .. history.Skip(1), Propagation.ForwardPropagation(trained, examples).Cost],
        })
        {
            string hint = OriginalExercises.TrueHistory(slip).Message;
            Assert.DoesNotContain("trained neuron's average cost", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("comes from the trained neuron", hint, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A returned list too long, endless even (attack 11, A11-5: the checker read it for ever), gets the count hint without
    /// a count it cannot know: the checker reads at most two costs beyond the original's.
    /// </summary>
    [Fact]
    public void TrueHistory_ListTooLongOrEndless_GetsTheCountHint()
    {
        foreach (var feedback in new[]
        {
            OriginalExercises.TrueHistory((history, trained, examples) => [.. history, 1, 2, 3]),
            OriginalExercises.TrueHistory((history, trained, examples) => (IReadOnlyList<double>)Enumerable.Repeat(history[0], int.MaxValue)),
            OriginalExercises.TrueHistory((history, trained, examples) => new NanoNeuron.Testing.EndlessList<double>(i => i < history.Count ? history[i] : history[0])),
        })
        {
            Assert.False(feedback.Passed);
            Assert.Contains("the true history holds 4 costs (one before training, one after each of the 3 updates); yours has more.", feedback.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A returned list that throws when the checker reads it (of any count) is the learner's exception: a hint, never the exception.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void TrueHistory_ListThatThrowsWhenRead_GetsTheThrewHint(int count)
    {
        var feedback = OriginalExercises.TrueHistory((history, trained, examples) => new ThrowingList(count == 0 ? history.Count : count));
        Assert.False(feedback.Passed);
        Assert.Contains("your function threw InvalidOperationException (lazy element)", feedback.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingList(int count) : IReadOnlyList<double>
    {
        public double this[int index] => throw new InvalidOperationException("lazy element");

        public int Count => count;

        public IEnumerator<double> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void CostWhenHandedThePerfectNeuron_TheGlobalsCostPasses_TheHandedNeuronsCostGetsAHint()
    {
        Accepted(OriginalExercises.CostWhenHandedThePerfectNeuron(3014.3));
        Rejected(OriginalExercises.CostWhenHandedThePerfectNeuron(0), "never reads its model argument");
        Rejected(OriginalExercises.CostWhenHandedThePerfectNeuron(4694.33), "4694.33 is too high");
        Rejected(OriginalExercises.CostWhenHandedThePerfectNeuron(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void NegatedSumToTheLastBit_YesPasses_OtherOptionsGetHints()
    {
        Accepted(OriginalExercises.NegatedSumToTheLastBit('a'));
        Rejected(OriginalExercises.NegatedSumToTheLastBit('b'), "Does it depend on its sign?");
        Rejected(OriginalExercises.NegatedSumToTheLastBit('c'), "nothing here needs whole numbers");
        Rejected(OriginalExercises.NegatedSumToTheLastBit('?'), "write one of 'a', 'b', 'c'");
    }

    [Fact]
    public void WithoutOneOverM_DivergesPasses_OtherOptionsGetHints()
    {
        Accepted(OriginalExercises.WithoutOneOverM('b'));
        Rejected(OriginalExercises.WithoutOneOverM('a'), "a longer step is not always a faster descent");
        Rejected(OriginalExercises.WithoutOneOverM('c'), "does not depend on the step size");
        Rejected(OriginalExercises.WithoutOneOverM('?'), "write one of 'a', 'b', 'c'");
    }

    [Fact]
    public void OriginalsFigureIndex_69999Passes_TheLastEntryAndOffByOnesGetHints()
    {
        Accepted(OriginalExercises.OriginalsFigureIndex(69_999));
        Rejected(OriginalExercises.OriginalsFigureIndex(70_000), "the true cost after training");
        Rejected(OriginalExercises.OriginalsFigureIndex(69_998), "count the updates it has seen");
        Rejected(OriginalExercises.OriginalsFigureIndex(70_001), "no entry with that number");
        Rejected(OriginalExercises.OriginalsFigureIndex(35_000), "35000 is too low");
        Rejected(OriginalExercises.OriginalsFigureIndex(double.NaN), "write your prediction");
    }
}
