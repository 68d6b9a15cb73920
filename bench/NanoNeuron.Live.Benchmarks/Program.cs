using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NanoNeuron.Serve;
using NanoNeuron.Testing;

// dotnet run -c Release --project bench/NanoNeuron.Live.Benchmarks -- [site folder] [cold loads]
// Measures a live site (built with --live) in headless Chromium on this machine; prints a table, and JSON with -- --json.
string folder = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot.Path, "artifacts", "site"));
int coldLoads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
const string Lesson = "01-the-model.html";

await using var site = await StaticSite.StartAsync(folder);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

// 1. Cold loads: a fresh context each time (empty cache), the first code cell's Run clicked as soon as it is there.
var loads = new List<(double Ms, long Bytes, long RuntimeBytes, bool ChartsBefore)>();
for (int i = 0; i < coldLoads; i++)
{
    await using var context = await browser.NewContextAsync();
    var finished = new List<IRequest>();
    context.RequestFinished += (_, request) => { lock (finished) { finished.Add(request); } };
    await context.RouteAsync("**/*", route => new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(300_000);
    await page.AddInitScriptAsync("""
        new MutationObserver((_, observer) => {
          const first = document.querySelector('.cell[data-live-status]:not([data-live-status="running"])');
          if (first) { window.firstResultMs = performance.now(); observer.disconnect(); }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live-status'] });
        """);
    await page.GotoAsync(site.Address + Lesson);
    await page.Locator(".cell:not([data-live]) button[aria-label^='Run cell']").First.ClickAsync();
    await page.WaitForFunctionAsync("() => window.firstResultMs !== undefined");
    double ms = await page.EvaluateAsync<double>("() => window.firstResultMs");
    IRequest[] before;
    lock (finished)
    {
        before = [.. finished];
    }

    long bytes = 0, runtimeBytes = 0;
    foreach (var request in before)
    {
        var sizes = await request.SizesAsync();
        long size = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
        bytes += size;
        runtimeBytes += request.Url.Contains("/live/", StringComparison.Ordinal) ? size : 0;
    }

    bool charts = before.Any(r => r.Url.Contains("Plotly.NET", StringComparison.Ordinal) || r.Url.Contains("FSharp.Core", StringComparison.Ordinal));
    string status = (await page.Locator(".cell[data-live-status]").First.GetAttributeAsync("data-live-status"))!;
    if (status != "ok")
    {
        throw new InvalidOperationException($"The first cell did not run: {status}");
    }

    loads.Add((ms, bytes, runtimeBytes, charts));
    Console.Error.WriteLine($"cold load {i + 1}: {ms:F0} ms, {bytes / 1e6:F2} MB, of which the live runtime {runtimeBytes / 1e6:F2} MB");
}

// 2. In one page: later small cells, then the seed configuration in C# (the fastest path, and the teaching path), and
//    the original JavaScript (testing/reference/nanoneuron.js, unchanged) in the same page, interleaved.
await using var warm = await browser.NewContextAsync();
var bench = await warm.NewPageAsync();
bench.SetDefaultTimeout(600_000);
await bench.GotoAsync(site.Address + Lesson);
string reference = await File.ReadAllTextAsync(JavaScriptReference.Script);
var measured = await bench.EvaluateAsync<JsonElement>("""
    async reference => {
      const { LiveKernel } = await import('./live/live-kernel.js');
      const kernel = new LiveKernel();
      const run = async code => {
        const result = await kernel.run(code);
        if (result.status !== 'ok') throw new Error(JSON.stringify(result.outputs));
        return result;
      };
      const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      await run('var train = DataSets.GenerateDataSets().Train;');
      const small = [];
      for (let i = 0; i < 21; i++) {
        const start = performance.now();
        await run(`var n${i} = train.Count + ${i};\nn${i} * 2`);
        small.push(performance.now() - start);
      }
      // The original JavaScript, as node runs it: process.argv and hrtime given, its one line of JSON caught.
      const javascript = () => {
        let printed;
        const process = { argv: ['node', 'nanoneuron.js', '--repeat', '11'], hrtime: { bigint: () => BigInt(Math.round(performance.now() * 1e6)) } };
        const console = { log: text => { printed = JSON.parse(text); } };
        new Function('process', 'console', reference)(process, console);
        return printed;
      };
      // Each C# run ends with "milliseconds weight bias" as text; the times are taken inside the cell, without compiling.
      const timed = (name, call) => `var sw${name} = System.Diagnostics.Stopwatch.StartNew();\nvar r${name} = ${call};\n` +
        `FormattableString.Invariant($"{sw${name}.Elapsed.TotalMilliseconds:R} {r${name}.Model.Weight:R} {r${name}.Model.Bias:R}")`;
      const numbers = result => result.outputs[0].data['text/plain'].split(' ').map(Number);
      const fast = [], teaching = [], js = [];
      let results;
      for (let i = 0; i < 11; i++) {
        const before = javascript();
        const f = numbers(await run(timed(`f${i}`, 'FastTraining.TrainModel(new Neuron(0.9492, 0.4570), train, 70_000, 0.0005, Summation.SufficientStatistics)')));
        const t = numbers(await run(timed(`t${i}`, 'Training.TrainModel(new Neuron(0.9492, 0.4570), train, 70_000, 0.0005)')));
        const after = javascript();
        js.push(...before.milliseconds, ...after.milliseconds);
        fast.push(f[0]);
        teaching.push(t[0]);
        results = { fast: f.slice(1), teaching: t.slice(1), javascript: [after.weight, after.bias] };
      }
      kernel.stop();
      return { small, fast, teaching, js, results };
    }
    """, reference);

static double Median(IEnumerable<double> values)
{
    double[] sorted = [.. values.Order()];
    return sorted[sorted.Length / 2];
}

static double[] Values(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

// The first small cell after the setup cell is left out: it is the first of its shape Roslyn compiles.
double smallMs = Median(Values(measured.GetProperty("small")).Skip(1));
double fastMs = Median(Values(measured.GetProperty("fast")));
double teachingMs = Median(Values(measured.GetProperty("teaching")));
double jsMs = Median(Values(measured.GetProperty("js")));
var results = measured.GetProperty("results");
string Model(string name) => string.Join(", ", Values(results.GetProperty(name)).Select(v => v.ToString("R", CultureInfo.InvariantCulture)));

Console.WriteLine($"Live course, headless Chromium, {Lesson}, {coldLoads} cold loads (fresh context each, brotli from a local server):");
Console.WriteLine($"| what | measured | target |");
Console.WriteLine($"| --- | ---: | ---: |");
Console.WriteLine($"| cold page load to the first cell's result, median (min–max) | {Median(loads.Select(l => l.Ms)):F0} ms ({loads.Min(l => l.Ms):F0}–{loads.Max(l => l.Ms):F0}) | ≤ 4000 ms |");
Console.WriteLine($"| bytes transferred before the first result: the live runtime (live/), median | {Median(loads.Select(l => (double)l.RuntimeBytes)) / 1e6:F2} MB | ≤ 12 MB |");
Console.WriteLine($"| the same, with the page and plotly.js (as the local server sends them), median | {Median(loads.Select(l => (double)l.Bytes)) / 1e6:F2} MB | |");
Console.WriteLine($"| chart libraries fetched before the first result | {(loads.Any(l => l.ChartsBefore) ? "yes" : "no")} | no |");
Console.WriteLine($"| a later small cell, compile and run, median of 20 | {smallMs:F1} ms | ≤ 150 ms |");
Console.WriteLine($"| seed configuration, C# sufficient statistics (fastest path), median of 11 | {fastMs:F2} ms | |");
Console.WriteLine($"| seed configuration, C# teaching path, median of 11 | {teachingMs:F1} ms | |");
Console.WriteLine($"| seed configuration, the original JavaScript in the same page, median of 22 | {jsMs:F1} ms | |");
Console.WriteLine($"| JavaScript / C# fastest path | {jsMs / fastMs:F1}× | > 1× |");
Console.WriteLine($"| JavaScript / C# teaching path | {jsMs / teachingMs:F2}× | |");
Console.WriteLine();
Console.WriteLine($"w, b: fastest {Model("fast")}; teaching {Model("teaching")}; JavaScript {Model("javascript")}");
