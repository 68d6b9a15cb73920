namespace NanoNeuron.Notebooks;

/// <summary>Lesson 15's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 15: the least-squares line of <see cref="NoisySplit"/>'s training readings, computed from the averages.</summary>
    public static Feedback LeastSquares(double weight, double bias)
    {
        var train = NoisySplit().Train;
        var expected = NanoNeuron.LeastSquares.Fit(train);
        if (Close(weight, expected.Weight) && Close(bias, expected.Bias))
        {
            return Feedback.Right($"w = {Format(expected.Weight)}, b = {Format(expected.Bias)}: the exact minimum, in two passes over the data (the averages, then the centred sums).");
        }

        // The ratio upside down, mean((x − x̄)²) / mean((x − x̄)(y − ȳ)), is 1/w.
        if (Close(weight, 1 / expected.Weight))
        {
            return Feedback.Hint("the ratio is upside down: w = mean((x − x̄)(y − ȳ)) / mean((x − x̄)²).");
        }

        return Close(weight, expected.Weight)
            ? Feedback.Hint("w is right; the best line passes through the averages (x̄, ȳ), so b = ȳ − w·x̄.")
            : Feedback.Hint($"w is {Format(weight)}; it should be mean((x − x̄)(y − ȳ)) / mean((x − x̄)²): first the averages x̄ = train.X.Average() and ȳ, then the two centred averages.");
    }
}

/// <summary>Lesson 15's predict-then-run questions.</summary>
public static partial class Questions
{
    /// <summary>Lesson 15: the least-squares line's test cost on the original data: (a) about NanoNeuron's 2.4e-6, (b) next to nothing, (c) more.</summary>
    public static Feedback LeastSquaresTestCost(char answer)
    {
        var data = DataSets.GenerateDataSets();
        double exact = Propagation.ForwardPropagation(NanoNeuron.LeastSquares.Fit(data.Train), data.Test).Cost;
        double nanoNeuron = Propagation.ForwardPropagation(Training.TrainModel(Neuron.OriginalStart, data.Train).Model, data.Test).Cost;
        char truth = exact < nanoNeuron / 1e6 ? 'b' : exact > nanoNeuron ? 'c' : 'a';
        return Choice(answer, truth,
            $"the formula lands on the bottom of the bowl itself, so only rounding is left: {TryIt.Format(exact)}.",
            [.. new (char Option, string Hint)[]
            {
                ('a', "NanoNeuron's 2.4e-6 is what is left after 70,000 steps that never quite arrive; the formula does not walk, it solves for the bottom."),
                ('b', "the formula is not next to exact here."),
                ('c', "the formula gives the lowest training cost of any line, and on this exact data the test readings lie on the same line."),
            }.Where(option => option.Option != truth)]);
    }

    /// <summary>
    /// Lesson 15: with the sufficient statistics, does an epoch on 100,000 readings cost (a) 1,000 times, (b) about the same as,
    /// or (c) 10 times as much as an epoch on 100?
    /// </summary>
    public static Feedback SufficientStatisticsEpoch(char answer) =>
        Choice(answer, 'b',
            "after the averages are computed, an epoch uses only them: the same few multiplications whatever the number of readings.",
            ('a', "that is an epoch that visits every reading; this one only uses the few averages, computed once before training."),
            ('c', "the work of an epoch does not grow with the readings at all: it only uses the few averages."));

    /// <summary>
    /// Lesson 15: round the exact line's w and b to single precision (float), in which ML.NET computes. Is its test cost
    /// (a) about ML.NET's, (b) far smaller, or (c) larger?
    /// </summary>
    public static Feedback SinglePrecisionCost(char answer)
    {
        var data = DataSets.GenerateDataSets();
        var exact = NanoNeuron.LeastSquares.Fit(data.Train);
        double rounded = Propagation.ForwardPropagation(new Neuron((float)exact.Weight, (float)exact.Bias), data.Test).Cost;
        // ML.NET's test cost is shown in the lesson (about 3.7e-8); far smaller means a thousand times or more.
        char truth = rounded < 3.7e-11 ? 'b' : rounded > 3.7e-8 ? 'c' : 'a';
        return Choice(answer, truth,
            $"rounding to float costs only {TryIt.Format(rounded)}: single precision keeps about seven significant digits: 32 fits exactly and 1.8 becomes 1.79999995. ML.NET's gap comes from elsewhere.",
            [.. new (char Option, string Hint)[]
            {
                ('a', "float keeps about seven significant digits, so w and b move by less than a millionth of their size, and their error is squared."),
                ('b', "the rounded line is far better than ML.NET's here."),
                ('c', "rounding can only add a tiny error to the exact line; it cannot make it worse than ML.NET's."),
            }.Where(option => option.Option != truth)]);
    }
}
