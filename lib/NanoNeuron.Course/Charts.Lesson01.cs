namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>Lesson 01: the given neurons, dashed, against the line they should learn.</summary>
    /// <remarks>Each neuron is the line <c>ŷ = x·w + b</c> over 0–100 °C.</remarks>
    /// <param name="neurons">The neurons to draw, for example <see cref="Neuron.RandomStart"/> with a few seeds.</param>
    public static GenericChart RandomNeurons(IReadOnlyList<Neuron> neurons)
    {
        ArgumentNullException.ThrowIfNull(neurons);
        var lines = neurons.Select(neuron =>
            Chart.Line<double, double, string>(CelsiusRange, CelsiusRange.Select(neuron.Predict),
                Name: string.Create(CultureInfo.InvariantCulture, $"w = {neuron.Weight:F2}, b = {neuron.Bias:F2}"), LineDash: StyleParam.DrawingStyle.Dash));
        return Chart.Combine([.. lines, TrueLine()])
            .Titled("Random neurons and the line they should learn", "°C", "°F");
    }
}
