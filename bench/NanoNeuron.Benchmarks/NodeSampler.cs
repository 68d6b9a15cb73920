using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.EventProcessors;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NanoNeuron.Benchmarks;

/// <summary>
/// Times the JavaScript reference with node just before and just after each C# benchmark, so that every C# figure
/// is compared with JavaScript measured under the same conditions: on a shared machine node's median moves by half
/// between minutes, and a single node figure taken at the end turned 80× into 108×.
/// </summary>
public sealed class NodeSampler(string script, int runsPerSample) : EventProcessor
{
    private readonly Dictionary<BenchmarkCase, List<double>> adjacent = [];

    /// <summary>node's version, as <c>node --version</c> prints it.</summary>
    public static string Version()
    {
        using var process = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("could not start node");
        string version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }

    /// <summary>Runs the script <c>runsPerSample</c> times in one node process (the first run warms its JIT up like the rest) and returns every run's wall time in ms.</summary>
    public IReadOnlyList<double> Sample()
    {
        using var node = Process.Start(new ProcessStartInfo("node", [script, "--repeat", $"{runsPerSample}"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("could not start node");
        string output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {node.ExitCode}; install node to compare with JavaScript.");
        }

        return [.. JsonDocument.Parse(output).RootElement.GetProperty("milliseconds").EnumerateArray().Select(value => value.GetDouble())];
    }

    /// <summary>The node runs made just before and just after <paramref name="benchmark"/>.</summary>
    public IReadOnlyList<double> Adjacent(BenchmarkCase benchmark) => adjacent.TryGetValue(benchmark, out var runs) ? runs : [];

    /// <inheritdoc/>
    public override void OnStartRunBenchmark(BenchmarkCase benchmarkCase) => adjacent[benchmarkCase] = [.. Sample()];

    /// <inheritdoc/>
    public override void OnEndRunBenchmark(BenchmarkCase benchmarkCase, BenchmarkReport report) => adjacent[benchmarkCase].AddRange(Sample());

    /// <summary>The median of <paramref name="values"/>.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
