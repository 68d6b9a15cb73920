using System.Diagnostics;

namespace NanoNeuron.Experiments;

/// <summary>One measured timing: what ran, and its median wall time.</summary>
/// <param name="Name">What was timed.</param>
/// <param name="Milliseconds">How long it took.</param>
public sealed record Timing(string Name, double Milliseconds)
{
    /// <summary>The most repetitions <see cref="Measure"/> makes: 1,000,000.</summary>
    public const int MaxRepetitions = 1_000_000;

    /// <summary>Runs <paramref name="action"/> once to warm up, then <paramref name="repetitions"/> times, and keeps the median.</summary>
    /// <remarks>A quick look, not a benchmark: the repository's bench/ project measures properly.</remarks>
    public static Timing Measure(string name, Action action, int repetitions = 5)
    {
        ArgumentNullException.ThrowIfNull(action);
        string range = Invariant($"pass from 1 to {MaxRepetitions:N0} repetitions (Timing.MaxRepetitions), such as 5");
        Guard.Count(repetitions, 1, MaxRepetitions, range, range, nameof(repetitions));
        action();
        var times = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new Timing(name, times[repetitions / 2]);
    }
}
