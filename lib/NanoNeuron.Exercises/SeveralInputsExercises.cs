namespace NanoNeuron.Exercises;

/// <summary>Several inputs: the weighted sum and one slope per weight. The predict-then-run questions and the "Try it" checker.</summary>
public static class SeveralInputsExercises
{
    /// <summary>Three windy readings: inputs [Ta (°C), vp (hPa), ws (m/s)], and how warm each feels (the Bureau's rule).</summary>
    public static Examples WindyReadings { get; } = new(
        [[30, 20, 2], [25, 15, 6], [20, 10, 4]],
        new double[][] { [30, 20, 2], [25, 15, 6], [20, 10, 4] }.Select(r => new[] { ApparentTemperature.Of(r[0], r[1], r[2]) }));

    /// <summary>A neuron that knows the still-air rule but ignores the wind: w = [1, 0.33, 0], b = −4.</summary>
    public static LinearNeuron StillAirNeuron { get; } = new([ApparentTemperature.TemperatureWeight, ApparentTemperature.VapourPressureWeight, 0], ApparentTemperature.Offset);

    /// <summary>The slope of the cost along the wind's weight w₃, at <see cref="StillAirNeuron"/> on <see cref="WindyReadings"/>.</summary>
    // Solution: The truth is ∂J/∂w₃ = (1/m)·Σ (ŷᵢ − yᵢ)·xᵢ₃, from LinearNeuronObjective; within 0.01 passes.
    [TryIt]
    public static Feedback WindSlope(double slope)
    {
        var objective = new LinearNeuronObjective(WindyReadings);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(StillAirNeuron, parameters);
        var gradient = new double[parameters.Length];
        objective.CostAndGradient(parameters, [], gradient);
        double truth = gradient[2];
        int m = WindyReadings.Count;
        bool Near(double value) => Math.Abs(slope - value) <= 0.01;
        if (Near(truth))
        {
            return Feedback.Right($"∂J/∂w₃ ≈ {Judge.Format(Math.Round(truth, 3))}. Ignoring the wind, the neuron says every reading feels warmer than it does (ŷ − y = 0.70·ws > 0), "
                + "and more so the windier it is: the slope is positive, so gradient descent, stepping against it, lowers w₃ below 0. Wind makes it feel cooler; training finds w₃ = −0.70.");
        }

        string hint = double.IsNaN(slope)
                ? "write your slope in place of double.NaN."
            : Near(truth * m)
                ? $"that is the sum over the {m} readings; J is an average, so divide by m = {m}."
            : Near(-truth)
                ? "mind the sign: the rule uses the error ŷ − y (prediction minus target). The neuron predicts too warm here, so ŷ − y is positive."
            : Near(gradient[^1])
                ? "that is the bias's slope, the average of ŷ − y. For the weight of input 3, multiply each error by that reading's input 3 (its wind speed) first."
            : Near(gradient[0]) || Near(gradient[1])
                ? "that is the slope of another weight: multiply each error by input 3 of its reading (the wind speed, the third number), not by the temperature or vp."
            : $"compute for each reading ŷ = w·x + b (StillAirNeuron.Predict) and its error ŷ − y, multiply by that reading's wind speed (input 3), then average over the {m} readings.";
        return Feedback.Hint(hint);
    }

    /// <summary>Against a dry reading (30 °C, 30 % humidity), how many degrees warmer does a cooler, humid one (25 °C, 80 %) feel? Negative if cooler.</summary>
    [Question]
    public static Feedback CoolerHumidReading(double degrees)
    {
        double dry = ApparentTemperature.VapourPressure(30, 30), humid = ApparentTemperature.VapourPressure(25, 80);
        double truth = ApparentTemperature.Of(25, humid) - ApparentTemperature.Of(30, dry);
        double vpRise = Math.Round(humid - dry, 1);
        return Judge.Number(degrees, truth, 0.1,
            $"the air is 5 °C cooler, and Ta's weight is 1: −5 °C. vp is {Judge.Format(vpRise)} hPa higher, and each hPa adds 0.33 °C: "
                + $"0.33 × {Judge.Format(vpRise)} ≈ +{Judge.Format(Math.Round(0.33 * (humid - dry), 1))} °C. Each input moves the answer by its own weight times its own change, "
                + $"and the two moves add: about {Judge.Format(Math.Round(truth, 2))} °C. A neuron that reads only the temperature would say 5 °C cooler.",
            (-5, "that is the temperature's part alone; vp changed too, and it has a weight of its own in the rule."),
            (0.33 * (humid - dry), "that is vp's part alone; the air is 5 °C cooler too, and Ta has a weight of its own (1)."),
            (humid - dry - 5, "vp's rise counts only times its weight, 0.33 °C per hPa."));
    }

    /// <summary>At the start (every weight and the bias 0), is the cost's slope along w₂ (a) positive, (b) negative or (c) zero?</summary>
    [Question]
    public static Feedback SlopeSignAtStart(char choice)
    {
        var readings = ApparentTemperature.Readings();
        var objective = new LinearNeuronObjective(readings);
        var gradient = new double[objective.ParameterCount];
        objective.CostAndGradient(new double[objective.ParameterCount], [], gradient);
        char truth = gradient[1] > 0 ? 'a' : gradient[1] < 0 ? 'b' : 'c';
        return Judge.Choice(choice, truth,
            $"the neuron predicts 0 and every reading feels warmer than that, so every error ŷ − y is negative; vp is positive, so every (ŷ − y)·vp is negative: ∂J/∂w₂ ≈ {Judge.Format(Math.Round(gradient[1]))}. Raising w₂ lowers the cost.",
            ('a', "the slope along w₂ averages (ŷ − y)·vp. Look at the sign of each factor: what does the neuron predict at the start, against what the readings feel, and can vp be negative?"),
            ('b', "the neuron predicts 0 and every reading feels warmer, so ŷ − y is negative; vp is positive, so the slope is negative."),
            ('c', "the slope is 0 only where nudging w₂ does not change the cost. With the neuron predicting 0 for every reading, would raising w₂ leave the cost as it is?"));
    }

    /// <summary>
    /// On standardized inputs, from zero, with α = 1, how many epochs until the cost is below 1e-6:
    /// (a) 1, as for one standardized input, (b) tens, (c) thousands?
    /// </summary>
    [Question]
    public static Feedback EpochsOnStandardizedInputs(char choice)
    {
        int epochs = EpochsOnStandardizedInputs();
        char truth = epochs <= 1 ? 'a' : epochs < 100 ? 'b' : 'c';
        return Judge.Choice(choice, truth,
            $"{epochs} epochs. Each input is standardized, but the two rise together (warm air in these readings tends to hold more water), so the bowl is still a little stretched: not one step, but no valley either.",
            ('a', "one step was enough for the one-input neuron on standardized inputs because there every curvature was exactly 1. Here the two inputs rise together, so raising w₁ and w₂ together changes the predictions more than raising one and lowering the other: the cost curves more steeply one way than the other, and the bowl is not perfectly round."),
            ('b', "it takes more than a hundred epochs."),
            ('c', "thousands of epochs came from the original's long, flat valley, and each input here is standardized. How far from round can the bowl be, with two inputs that rise together only in part?"));
    }

    /// <summary>How many epochs of α = 1 on standardized apparent-temperature readings bring the cost below 1e-6.</summary>
    internal static int EpochsOnStandardizedInputs()
    {
        var readings = ApparentTemperature.Readings();
        var objective = new LinearNeuronObjective(InputStandardizer.Fit(readings).Transform(readings));
        var history = Trainer.Train(objective, LinearNeuron.Zero(2), new GradientDescent(1), new TrainingOptions { Epochs = 1000 }).CostHistory;
        return history.IndexOf(history.First(cost => cost < 1e-6));
    }
}
