using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NanoNeuron.Lessons;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// A lesson as the kernel ran it, exported by nbconvert, draws every chart in a browser with no network: the setup
/// cell showed plotly.js once, and each chart is a div with its own <c>Plotly.newPlot</c> call.
/// </summary>
[Collection(SiteDefinition.Name)]
public partial class OfflineChartTests(SiteFixture site)
{
    /// <summary>Every lesson; the site fixture has executed them all into its notebooks folder.</summary>
    public static TheoryData<string> Lessons => [.. SiteBuilder.Lessons(Path.Combine(RepositoryRoot.Path, "notebooks")).Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task ExecutedNotebook_ExportedByNbconvert_DrawsEveryChartWithTheNetworkOff(string lesson)
    {
        string executed = Path.Combine(site.Folder, "notebooks", lesson);
        Assert.True(File.Exists(executed), $"the site build did not execute {lesson}:\n{site.Output}{site.Error}");
        string notebook = File.ReadAllText(executed);
        int expected = NewPlot().Count(notebook);
        Assert.DoesNotContain("fsharpPlotlyRequire", notebook, StringComparison.Ordinal); // Plotly.NET.Interactive's CDN template

        string folder = Directory.CreateTempSubdirectory("nanoneuron-nbconvert-").FullName;
        try
        {
            string html = Nbconvert(executed, folder);
            var page = await site.Browser.NewPageAsync();
            var errors = new List<string>();
            var requests = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            await page.RouteAsync("**/*", route =>
            {
                if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    return route.ContinueAsync();
                }

                requests.Add(route.Request.Url);
                return route.AbortAsync();
            });

            await page.GotoAsync(new Uri(html).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            string drawn = "() => [...document.querySelectorAll('.js-plotly-plot')].filter(chart => chart.querySelector('svg.main-svg')).length";
            try
            {
                await page.WaitForFunctionAsync($"() => ({drawn})() >= {expected}", null, new() { Timeout = 30_000 });
            }
            catch (TimeoutException)
            {
                // The assertion below says how many were drawn.
            }

            int charts = await page.EvaluateAsync<int>(drawn);
            await page.CloseAsync();

            Assert.Empty(errors);
            Assert.True(charts == expected, $"{lesson}: {charts} of {expected} charts drawn offline (requests refused: {string.Join(", ", requests.Distinct())})");
            if (!CourseMap.In(Part.Appendix).Any(appendix => appendix.File == lesson))
            {
                Assert.True(expected > 0, $"{lesson} shows no chart");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Nbconvert(string notebook, string folder)
    {
        var start = new ProcessStartInfo("jupyter") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "nbconvert", "--to", "html", "--output-dir", folder, notebook })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start jupyter");
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string html = Path.Combine(folder, Path.ChangeExtension(Path.GetFileName(notebook), ".html"));
        Assert.True(process.ExitCode == 0 && File.Exists(html), $"jupyter nbconvert failed ({process.ExitCode}):\n{output.Result}{error}");
        return html;
    }

    [GeneratedRegex(@"Plotly\.newPlot\('[0-9a-f-]{36}'")]
    private static partial Regex NewPlot();
}
