namespace NanoNeuron.Exercises;

/// <summary>A real library beside NanoNeuron: least squares, sufficient statistics, single precision. The predict-then-run questions and the "Try it" checker.</summary>
public static class RealLibraryExercises
{
    /// <summary>The weather station's readings of the "Try it": 100,000 noisy readings the learner gets only the averages of.</summary>
    public static DataSet StationReadings() => Thermometer.Readings(100_000);

    /// <summary>
    /// The cost J of the neuron (w, b) from five averages of the data alone, <c>(a, w, b) => J</c>.
    /// The checker tries the formula on three data sets and three neurons against the cost computed by visiting every example.
    /// </summary>
    [TryIt]
    public static Feedback CostFromAverages(Func<DataAverages, double, double, double> cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return LearnerCode.Check(cost, CostFromAveragesOf);
    }

    private static Feedback CostFromAveragesOf(Func<DataAverages, double, double, double> cost)
    {
        var station = StationReadings();
        DataSet[] sets = [station, NanoNeuron.DataSets.GenerateDataSets().Train, Thermometer.Readings(20, noise: 10, seed: 7)];
        Neuron[] neurons = [new(2, 30), Neuron.OriginalStart, new(1.8, 32)];
        var cases = (from set in sets
                     let averages = DataAverages.Of(set)
                     from neuron in neurons
                     select (Averages: averages, neuron.Weight, neuron.Bias, Truth: Propagation.ForwardPropagation(neuron, set).Cost)).ToArray();
        double[] answers = [.. cases.Select(c => cost(c.Averages, c.Weight, c.Bias))];
        bool AllAre(Func<DataAverages, double, double, double> formula) =>
            answers.Zip(cases).All(p => Judge.Close(p.First, formula(p.Second.Averages, p.Second.Weight, p.Second.Bias)));

        static double AtAverages(DataAverages a, double w, double b) => (w * a.MeanX) + b - a.MeanY;
        if (answers.Zip(cases).All(p => Judge.Close(p.First, p.Second.Truth)))
        {
            return Feedback.Right(
                $"from five numbers, the same cost as visiting all 100,000 readings (w = 2, b = 30 costs {Judge.Format(cases[0].Truth)}). "
                + "Once the averages are computed, the cost of any neuron is a handful of multiplications whatever the number of readings: that is why an epoch on the sufficient statistics is O(1).");
        }

        if (AllAre((a, w, b) => (AtAverages(a, w, b) * AtAverages(a, w, b)) + (w * w * a.XX) - (2 * w * a.XY) + a.YY))
        {
            return Feedback.Hint("that is twice the cost: J is half the average squared error (the ½ in (y − ŷ)²/2).");
        }

        if (AllAre((a, w, b) => AtAverages(a, w, b) * AtAverages(a, w, b) / 2))
        {
            return Feedback.Hint(
                "that is the cost of a single reading sitting at the averages (x̄, ȳ). The readings spread around their averages, and the spread costs too: "
                + "what is left of each error once the error at the averages is taken away, and what does its square average to, in a.XX, a.XY and a.YY?");
        }

        if (AllAre((a, w, b) => ((w * w * a.XX) - (2 * w * a.XY) + a.YY) / 2))
        {
            return Feedback.Hint(
                "that is only the cost of the spread around the averages; it is all of J only for a line through (x̄, ȳ). "
                + "What does a line that misses the point (x̄, ȳ) add to every one of its errors, and what does that add to the cost?");
        }

        if (AllAre((a, w, b) => ((AtAverages(a, w, b) * AtAverages(a, w, b)) + (w * w * a.XX) + (2 * w * a.XY) + a.YY) / 2))
        {
            return Feedback.Hint("check the sign of the middle term: write what is left of each error, once the error at the averages is taken away, with its own signs, square it term by term, and see which sign the cross term gets.");
        }

        if (AllAre((a, w, b) => ((AtAverages(a, w, b) * AtAverages(a, w, b)) + (w * a.XX) - (2 * w * a.XY) + a.YY) / 2))
        {
            return Feedback.Hint("check how w enters the term with a.XX: square the part of each error that has (x − x̄) in it, w included, and see how many times w appears.");
        }

        return Feedback.Hint(
            $"on the station's readings, w = 2, b = 30 costs {Judge.Format(cases[0].Truth)} when every reading is visited; your formula gives {Judge.Format(answers[0])}. "
            + "Start from the way in above: each error is its part at the averages plus what is left over. "
            + "Square that sum, then ask of each piece what it averages to: which piece can you read from a, and which averages to nothing?");
    }

    /// <summary>The least-squares line's test cost on the original data: (a) about NanoNeuron's 2.4e-6, (b) next to nothing, (c) more.</summary>
    [Question]
    public static Feedback LeastSquaresTestCost(char answer)
    {
        var data = DataSets.GenerateDataSets();
        double exact = Propagation.ForwardPropagation(NanoNeuron.ClosedForm.LeastSquares.Fit(data.Train), data.Test).Cost;
        double nanoNeuron = OptimizerComparison.TargetTestCost(data);
        return Judge.Choice(answer, Judge.AboutFarBelowOrAbove(exact, nanoNeuron, farBelow: 1e6),
            $"the formula lands on the bottom of the bowl itself, so only rounding is left: {Judge.Format(exact)}.",
                ('a', "NanoNeuron's 2.4e-6 is what is left after 70,000 steps that never quite arrive; the formula does not walk, it solves for the bottom. What does the bottom cost on the test readings of this exact data?"),
                ('b', "the formula is not next to exact here."),
                ('c', "the formula gives the lowest training cost of any line. On this exact data, where do the test readings lie against that line?"));
    }

    /// <summary>
    /// With the sufficient statistics, does an epoch on 100,000 readings cost (a) 1,000 times, (b) about the same as,
    /// or (c) 10 times as much as an epoch on 100?
    /// </summary>
    [Question]
    public static Feedback SufficientStatisticsEpoch(char answer) =>
        Judge.Choice(answer, 'b',
            "after the averages are computed, an epoch uses only them: the same few multiplications whatever the number of readings.",
            ('a', "that is an epoch that visits every reading; this one only uses the few averages, computed once before training."),
            ('c', "look at what the epoch reads: the few averages, computed once before training. Does how many there are depend on the number of readings?"));

    /// <summary>
    /// Round the exact line's w and b to single precision (float), in which ML.NET computes and stores its line. Is its
    /// test cost (a) about ML.NET's 1.6e-8, (b) far smaller, or (c) larger?
    /// </summary>
    [Question]
    public static Feedback SinglePrecisionCost(char answer)
    {
        var data = DataSets.GenerateDataSets();
        var exact = NanoNeuron.ClosedForm.LeastSquares.Fit(data.Train);
        double rounded = Propagation.ForwardPropagation(new Neuron((float)exact.Weight, (float)exact.Bias), data.Test).Cost;
        // ML.NET's test cost is shown in the lesson (about 1.6e-8); far smaller means a thousand times or more.
        const double mlNet = 1.6e-8;
        return Judge.Choice(answer, Judge.AboutFarBelowOrAbove(rounded, mlNet, farBelow: 1000),
            $"rounding to float costs only {Judge.Format(rounded)}: single precision keeps about seven significant digits: 32 fits exactly and 1.8 becomes 1.79999995. The floor that float sets is far below ML.NET's cost.",
                ('a', "float keeps about seven significant digits: how far does rounding move w and b, and what does the cost make of an error that small, once it is squared?"),
                ('b', "the rounded line is far better than ML.NET's here."),
                ('c', "rounding moves each of w and b by less than a millionth of its size. How large a cost can that add to the exact line, against ML.NET's?"));
    }
}
