namespace NanoNeuron.Course;

public static partial class Charts
{
    private static readonly string[] SlopeSharesTitles = ["along w: each error times its input x", "along b: each error as it is"];

    /// <summary>
    /// Lesson 06: each example's share of the two slopes, one bar per example: <c>(ŷᵢ − yᵢ)·xᵢ</c> for the slope
    /// along w (top) and <c>(ŷᵢ − yᵢ)</c> for the slope along b (bottom). Each slope is the average of its bars.
    /// </summary>
    public static GenericChart SlopeShares(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = data.X.Zip(data.Y, (x, y) => model.Predict(x) - y).ToArray();
        var alongW = Chart.Column<double, double, string>(errors.Zip(data.X, (e, x) => e * x), Keys: data.X, Name: "share of ∂J/∂w: (ŷ − y)·x");
        var alongB = Chart.Column<double, double, string>(errors, Keys: data.X, Name: "share of ∂J/∂b: ŷ − y");
        return Chart.Grid([alongW, alongB], 2, 1, SubPlotTitles: SlopeSharesTitles)
            .WithSize(900, 650)
            .Titled("Each example's share of the two slopes (each slope is the average of its bars)", "input x (°C)", "share");
    }
}
