using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NanoNeuron;
using NanoNeuron.Benchmarks;
using NanoNeuron.Optimization;
using NanoNeuron.Testing;

// Usage: dotnet run -c Release --project bench/NanoNeuron.Benchmarks [-- --scaling] [-- --propagation] [-- --loh-threshold]
// Times the C# trainers with BenchmarkDotNet and, interleaved with them, the JavaScript version with node: 11 node runs
// just before and 11 just after each C# benchmark. A path's speed-up is the median of those 22 node runs over the
// C# median measured between them, for the paths that do node's work (70,000 epochs); the others get no ratio.
// The runtime runs with its default settings, as the command line and the notebooks do; --loh-threshold raises the
// GC's large-object threshold instead, to show what the 560 KB cost history costs there.
// --propagation times only lesson 11's comparison: one forward and backward pass, loop against TensorPrimitives.
if (args.Contains("--propagation"))
{
    BenchmarkRunner.Run<PropagationBenchmarks>(DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15)));
    return 0;
}

const int NodeRuns = 11;
var node = new NodeSampler(JavaScriptReference.Script, NodeRuns);
try
{
    node.Sample();
}
catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
{
    Console.Error.WriteLine($"{exception.Message} (node is needed to compare with JavaScript)");
    return 1;
}

// A 70,000-epoch history is 560 KB, above the 85,000 bytes at which .NET puts an array on the large-object heap, where
// every few runs it triggers a full collection. An application that trains many times may raise that threshold (a
// documented GC setting); --loh-threshold times that setting, README quotes both.
var job = Job.Default.WithWarmupCount(3).WithIterationCount(15);
bool lohThreshold = args.Contains("--loh-threshold");
if (lohThreshold)
{
    job = job.WithEnvironmentVariable("DOTNET_GCLOHThreshold", "0x100000");
}

var config = DefaultConfig.Instance.AddJob(job).AddEventProcessor(node)
    .WithBuildTimeout(TimeSpan.FromMinutes(10)); // on a busy machine the default two minutes are not enough
var summary = BenchmarkRunner.Run<TrainingBenchmarks>(config);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"JavaScript: node {NodeSampler.Version()}, the same configuration, {NodeRuns} runs just before and {NodeRuns} just after each C# benchmark."));
Console.WriteLine(lohThreshold
    ? "The C# runtime ran with the GC's large-object threshold raised to 1 MB (DOTNET_GCLOHThreshold=0x100000)."
    : "The C# runtime ran with its default settings, as the command line and the notebooks do.");
Console.WriteLine("C# and node figures are medians; JavaScript / C# is node's median over C#'s, only where both do the same work (70,000");
Console.WriteLine("epochs). Allocated − 8·(epochs + 1) is what is left");
Console.WriteLine("after the cost history (one double per epoch, before training and after each update).");
Console.WriteLine();
Console.WriteLine($"  {"path",-44} {"C# ms",9} {"node ms",9} {"JS / C#",9} {"allocated B",12} {"− 8·(epochs+1)",15}");
var medians = new Dictionary<string, double>();
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var benchmark = report.BenchmarkCase;
    string name = benchmark.Descriptor.WorkloadMethod.Name;
    double milliseconds = report.ResultStatistics!.Median / 1e6;
    medians[name] = milliseconds;
    double javaScript = NodeSampler.Median(node.Adjacent(benchmark));
    long allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0;
    int epochs = name == nameof(TrainingBenchmarks.FastSufficientStatisticsFewerEpochs) ? TrainingBenchmarks.FewerEpochs : Hyperparameters.Epochs;
    string ratio = epochs == Hyperparameters.Epochs ? string.Create(CultureInfo.InvariantCulture, $"{javaScript / milliseconds,8:F1}x") : $"{"—",9}";
    string beyondHistory = benchmark.Descriptor.WorkloadMethod.ReturnType == typeof(TrainingResult<Neuron>)
        ? (allocated - (8L * (epochs + 1))).ToString("N0", CultureInfo.InvariantCulture)
        : "(reused)";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {benchmark.Descriptor.WorkloadMethodDisplayInfo,-44} {milliseconds,9:F3} {javaScript,9:F2} {ratio} {allocated,12:N0} {beyondHistory,15}"));
}

void Compare(string what, string slower, string faster)
{
    if (medians.TryGetValue(slower, out double a) && medians.TryGetValue(faster, out double b))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {a:F3} ms / {b:F3} ms = {a / b:F2}"));
    }
}

Console.WriteLine();
Compare("TensorPrimitives fused epoch loop / hand-written SIMD", nameof(TrainingBenchmarks.TensorFused), nameof(TrainingBenchmarks.FastVectorized));
Compare("TensorPrimitives through Trainer / hand-written SIMD", nameof(TrainingBenchmarks.TensorTrainer), nameof(TrainingBenchmarks.FastVectorized));
Compare("teaching path / sufficient statistics", nameof(TrainingBenchmarks.Teaching), nameof(TrainingBenchmarks.FastSufficientStatistics));

if (args.Contains("--scaling"))
{
    BenchmarkRunner.Run<ScalingBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun));
}

return 0;
