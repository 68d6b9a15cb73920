namespace NanoNeuron.Tests;

/// <summary>Assertions on doubles: exact to the bit, or within a stated relative tolerance.</summary>
internal static class Bits
{
    public static void Equal(double expected, double actual, string what = "value")
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
        {
            Assert.Fail($"{what}: expected {expected:R} but got {actual:R} (not the same bits)");
        }
    }

    public static void Equal(IReadOnlyList<double> expected, IReadOnlyList<double> actual, string what = "sequence")
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], $"{what}[{i}]");
        }
    }

    public static void Close(double expected, double actual, double relativeTolerance, string what = "value")
    {
        double error = Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), double.Epsilon);
        Assert.True(error <= relativeTolerance,
            $"{what}: expected {expected:R} but got {actual:R}, relative error {error:G3} > {relativeTolerance:G3}");
    }
}
