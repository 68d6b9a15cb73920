using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NanoNeuron.Benchmarks;
using NanoNeuron.Testing;

// Usage: dotnet run -c Release --project bench/NanoNeuron.Benchmarks [-- --scaling] [-- --propagation]
// Times the C# trainers with BenchmarkDotNet, then the JavaScript version with node, and prints the ratios.
// --propagation times only lesson 11's comparison: one forward and backward pass, loop against TensorPrimitives.
if (args.Contains("--propagation"))
{
    BenchmarkRunner.Run<PropagationBenchmarks>(DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15)));
    return 0;
}

var config = DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15)).WithOptions(ConfigOptions.JoinSummary);
var summary = BenchmarkRunner.Run<TrainingBenchmarks>(config);

string script = JavaScriptReference.Script;
var node = Process.Start(new ProcessStartInfo("node", [script, "--repeat", "21"]) { RedirectStandardOutput = true })
    ?? throw new InvalidOperationException("could not start node");
string output = node.StandardOutput.ReadToEnd();
node.WaitForExit();
if (node.ExitCode != 0)
{
    Console.Error.WriteLine($"node exited with {node.ExitCode}; install node to compare with JavaScript.");
    return 1;
}

double javaScriptMilliseconds = JsonDocument.Parse(output).RootElement.GetProperty("medianMilliseconds").GetDouble();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JavaScript (node {NodeVersion()}), original configuration: median {javaScriptMilliseconds:F2} ms of 21 runs"));
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    double milliseconds = report.ResultStatistics!.Mean / 1e6;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-44} {milliseconds,9:F3} ms   JavaScript / C# = {javaScriptMilliseconds / milliseconds,7:F1}x   allocated {report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0:N0} B"));
}

if (args.Contains("--scaling"))
{
    BenchmarkRunner.Run<ScalingBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun));
}

return 0;


static string NodeVersion()
{
    using var process = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
    string version = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return version;
}
