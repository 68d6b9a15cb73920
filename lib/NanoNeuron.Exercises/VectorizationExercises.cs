namespace NanoNeuron.Exercises;

/// <summary>Vectorization: the passes as TensorPrimitives calls, and the sums SIMD adds. The predict-then-run questions and the "Try it" checker.</summary>
public static class VectorizationExercises
{
    /// <summary>
    /// A sum the way a SIMD register of four doubles adds, <c>numbers => sum</c>: four running totals side by side, total i
    /// adding the numbers at positions i, i + 4, i + 8, …, then (t0 + t1) + (t2 + t3). The checker passes arrays whose
    /// length is a multiple of 4 and compares bit for bit.
    /// </summary>
    [TryIt]
    public static Feedback FourLaneSum(Func<double[], double> sum)
    {
        ArgumentNullException.ThrowIfNull(sum);
        return LearnerCode.Check(sum, FourLaneSumOf);
    }

    private static Feedback FourLaneSumOf(Func<double[], double> sum)
    {
        double[][] sets = [SlopeTerms(), SpreadNumbers(), [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]];
        double[] answers = [.. sets.Select(numbers => sum([.. numbers]))];
        bool AllAre(Func<double[], double> way) => answers.Zip(sets).All(p => p.First.Equals(way(p.Second)));

        if (AllAre(FourLanes))
        {
            double[] terms = sets[0];
            return Feedback.Right(
                Invariant($"four running totals, bit for bit. On the 100 terms e·x of lesson 06's slope ∂J/∂w, your four-lane sum is {FourLanes(terms):R} ")
                + Invariant($"and the loop's one running total gives {OneByOne(terms):R}: the same numbers added in another order, rounded differently in the last digits. ")
                + "That is why TensorPrimitives.Sum and the loop can disagree in the last bit, and neither is wrong.");
        }

        if (AllAre(OneByOne))
        {
            return Feedback.Hint("that is the loop's order, one running total. A register of four doubles keeps four totals side by side, one per "
                + "slot, and takes the array in four neighbours at a time: which numbers pass through slot 0?");
        }

        if (AllAre(Blocks))
        {
            return Feedback.Hint("each total takes a block of neighbours here. A register holds four neighbours side by side, one per slot, "
                + "and takes the array four neighbours at a time: each slot's total gets the numbers that pass through that slot.");
        }

        if (AllAre(numbers => LaneTotals(numbers).Aggregate((a, b) => a + b)))
        {
            return Feedback.Hint("the four totals are right, but added one after the other, ((t0 + t1) + t2) + t3. Add them in pairs: (t0 + t1) + (t2 + t3).");
        }

        var near = answers.Zip(sets).All(p => Judge.Close(p.First, OneByOne(p.Second)));
        return near
            ? Feedback.Hint("close to the total, but not in the four-lane order bit for bit: four totals, one per slot of the register as it takes the array four numbers at a time, then (t0 + t1) + (t2 + t3).")
            : Feedback.Hint($"on the 8 numbers 0.1, 0.2, …, 0.8 your sum is {Judge.Format(answers[2])}, but every number should be added once: they total about 3.6. "
                + "Keep four totals side by side, one per slot of the register, and add the four at the end.");
    }

    /// <summary>The terms eᵢ·xᵢ of ∂J/∂w at the original start on the original's 100 training examples.</summary>
    internal static double[] SlopeTerms()
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var forward = Propagation.ForwardPropagation(Neuron.OriginalStart, train);
        return [.. train.X.Select((x, i) => (forward.Predictions[i] - train.Y[i]) * x)];
    }

    /// <summary>
    /// 400 numbers from 0 to a million by a fixed rule, on which the loop's order, the four lanes, blocks of neighbours and
    /// a chain of the lanes all round differently (the tests check it), so that each slip is told apart.
    /// </summary>
    internal static double[] SpreadNumbers()
    {
        double[] scales = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
        return [.. Enumerable.Range(0, 400).Select(i => (i * 0.1244567 % 1.0) * scales[i % 7])];
    }

    /// <summary>The four running totals of a four-double register: total i adds positions i, i + 4, ….</summary>
    internal static double[] LaneTotals(double[] numbers)
    {
        var totals = new double[4];
        for (int i = 0; i < numbers.Length; i++)
        {
            totals[i % 4] += numbers[i];
        }

        return totals;
    }

    /// <summary>The four-lane sum: the lane totals, added in pairs.</summary>
    internal static double FourLanes(double[] numbers)
    {
        var t = LaneTotals(numbers);
        return (t[0] + t[1]) + (t[2] + t[3]);
    }

    /// <summary>The loop's sum: one running total.</summary>
    internal static double OneByOne(double[] numbers)
    {
        double total = 0;
        foreach (double number in numbers)
        {
            total += number;
        }

        return total;
    }

    /// <summary>Four totals of blocks of neighbours, a slip: the first quarter, the second, ….</summary>
    private static double Blocks(double[] numbers)
    {
        int quarter = numbers.Length / 4;
        double[] t = [.. Enumerable.Range(0, 4).Select(lane => OneByOne(numbers[(lane * quarter)..((lane + 1) * quarter)]))];
        return (t[0] + t[1]) + (t[2] + t[3]);
    }

    /// <summary>
    /// The vectorized epoch calls Multiply, Add, Subtract, SumOfSquares, Dot and Sum, each a loop over all m numbers. How many
    /// passes over the examples is that, against the loop's two: (a) two, (b) six, (c) one?
    /// </summary>
    [Question]
    public static Feedback PassesPerEpoch(char answer) =>
        Judge.Choice(answer, 'b',
            "six: Multiply, Add, Subtract, SumOfSquares, Dot and Sum each finish their whole array before the next call starts. "
            + "The loop of lessons 05–06 does the same arithmetic in two passes, all of a step's work on each example while it has it in hand.",
            ('a', "the loop gets by with two passes because each of them does several steps of the formula on an example while it has it. "
                + "A TensorPrimitives call does one operation and returns only when it has been through the whole array. "
                + "Follow the arrays through the table's calls, and count how often the examples are gone through."),
            ('c', "one pass would mean doing every step of the epoch on an example before moving to the next, which even the loop of lessons 05–06 does not do. "
                + "Look at what a single TensorPrimitives call does before it returns, then at the table."));

    /// <summary>Do the vectorized predictions match the loop's (a) to the last bit, (b) to about 15 digits but not always the last bit, (c) only roughly?</summary>
    [Question]
    public static Feedback VectorizedPredictions(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double[] x = [.. train.X];
        var predictions = new double[x.Length];
        TensorPropagation.ForwardPropagation(Neuron.OriginalStart, x, [.. train.Y], predictions, new double[x.Length]);
        var loop = Propagation.ForwardPropagation(Neuron.OriginalStart, train).Predictions;
        char truth = predictions.SequenceEqual(loop) ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            "each prediction is its own x·w + b: the same multiplication and the same addition on the same two numbers, whichever instruction does it, so the bits agree.",
            ('a', "the predictions differ somewhere in the last digits."),
            ('b', "the last digits move when the same numbers are added in another order, as in a sum of many numbers. "
                + "Look at what makes one prediction, in the loop and in a slot of a SIMD register: which operations, on which numbers, in which order?"),
            ('c', "SIMD does the same arithmetic as the loop, only several numbers at once; nothing is approximated."));
    }

    /// <summary>Are (0.1 + 0.2) + 0.3 and 0.1 + (0.2 + 0.3) (a) the same double or (b) different?</summary>
    [Question]
    public static Feedback AdditionOrder(char answer)
    {
        double left = 0.1, middle = 0.2, right = 0.3;
        char truth = (left + middle) + right == left + (middle + right) ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            Invariant($"(0.1 + 0.2) + 0.3 = {(left + middle) + right:R} but 0.1 + (0.2 + 0.3) = {left + (middle + right):R}: each addition rounds to the nearest double, so the order of additions can change the last digit."),
            ('a', "in school arithmetic they are equal, but a double keeps only about 16 significant digits, so every addition of doubles "
                + "rounds its result to the nearest double. Follow each order one addition at a time: does its rounding have to land in the same place?"),
            ('b', "here they come out equal."));
    }
}
