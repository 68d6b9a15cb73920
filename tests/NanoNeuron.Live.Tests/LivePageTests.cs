using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using NanoNeuron.Testing;

namespace NanoNeuron.Live.Tests;

/// <summary>What a learner does on a live page: read, edit, run, answer, stop, reload, download.</summary>
[Collection(LiveSiteDefinition.Name)]
public sealed class LivePageTests(LiveSiteFixture site)
{
    private const string Lesson = "07-training.html";

    [Fact]
    public async Task Reading_DownloadsNoRuntime()
    {
        List<string> offSite = [], errors = [];
        var requests = new List<string>();
        var page = await site.OpenAsync(Lesson, offSite, errors);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run all", Exact = true }).WaitForAsync();

        Assert.DoesNotContain(requests, url => url.Contains("/_framework/", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EditedCell_RunsWithTheChange()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-016");

        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        await cell.GetByRole(AriaRole.Textbox).FillAsync("double J(double w) => w * w;\nJ(6) + 0.5");
        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();

        Assert.Equal("ok", await StatusAsync(cell));
        Assert.Equal("36.5", (await cell.Locator(".live-output").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task CompileError_NamesTheLineAndColumn()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-016");

        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        await cell.GetByRole(AriaRole.Textbox).FillAsync("var a = 1;\nvar b = a + nothing;");
        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();

        Assert.Equal("error", await StatusAsync(cell));
        Assert.StartsWith("Line 2, column 13: error CS0103", (await cell.Locator(".live-output").InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_WrongAnswersShowHints_TheRightOneATick()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-003");
        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();

        var verdicts = new Dictionary<char, string>();
        foreach (char answer in "abcd")
        {
            await cell.GetByRole(AriaRole.Textbox).FillAsync($"Questions.WeightAfterOneEpoch('{answer}')");
            await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
            Assert.Equal("ok", await StatusAsync(cell));
            verdicts[answer] = (await cell.Locator(".live-output .feedback").InnerTextAsync()).Trim();
        }

        Assert.Single(verdicts.Values, v => v.StartsWith('✓'));
        Assert.Equal(3, verdicts.Values.Count(v => v.StartsWith("✗ Not yet: not (", StringComparison.Ordinal)));
        // The verdict is read out: the page's status line repeats it.
        Assert.Contains(verdicts['d'], await page.Locator(".live-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunawayLoop_IsStopped_AndThePageRunsOn()
    {
        var page = await OpenAsync(Lesson);
        var loop = Cell(page, "c07-016");
        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        await loop.GetByRole(AriaRole.Textbox).FillAsync("while (true) { }");

        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
        await page.WaitForSelectorAsync(".cell[data-cell-id='c07-016'][data-live-status='running']");
        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Stop cell") }).ClickAsync();

        Assert.Equal("stopped", await StatusAsync(loop));
        Assert.Contains("Stopped", await loop.Locator(".live-output").InnerTextAsync(), StringComparison.Ordinal);
        var next = Cell(page, "c07-018");
        await next.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        await next.GetByRole(AriaRole.Textbox).FillAsync("1 + 1");
        await page.EvaluateAsync("() => { document.querySelector(\".cell[data-cell-id='c07-016'] textarea\").value = '0'; document.querySelector(\".cell[data-cell-id='c07-016'] textarea\").dispatchEvent(new Event('input')); }");
        await next.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
        Assert.Equal("ok", await StatusAsync(next));
        Assert.Equal("2", (await next.Locator(".live-output").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Reload_KeepsTheEdits_AndUndoPutsTheLessonBack()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-016");
        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        await cell.GetByRole(AriaRole.Textbox).FillAsync("// mine\n40 + 2");

        await page.ReloadAsync();

        var editor = Cell(page, "c07-016").GetByRole(AriaRole.Textbox);
        Assert.Equal("// mine\n40 + 2", await editor.InputValueAsync());
        await Cell(page, "c07-016").GetByRole(AriaRole.Button, new() { NameRegex = new("^Put back cell") }).ClickAsync();
        Assert.StartsWith("double J(double w)", await editor.InputValueAsync(), StringComparison.Ordinal);
        await page.ReloadAsync();
        Assert.Equal(0, await Cell(page, "c07-016").GetByRole(AriaRole.Textbox).CountAsync());
    }

    [Fact]
    public async Task Download_IsNbformat45WithTheEdits_AndRunsInDotnetRepl()
    {
        var page = await OpenAsync("02-celsius-to-fahrenheit.html");
        var first = page.Locator(".cell[data-cell-id]:not([data-live])").First;
        string id = (await first.GetAttributeAsync("data-cell-id"))!;
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") }).ClickAsync();
        string edited = "// edited in the browser\n" + await first.GetByRole(AriaRole.Textbox).InputValueAsync();
        await first.GetByRole(AriaRole.Textbox).FillAsync(edited);
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
        Assert.Equal("ok", await StatusAsync(first));

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download this lesson (.ipynb)" }).ClickAsync());
        string notebook = Path.Combine(RepositoryRoot.Path, "notebooks", $"live-download-{Guid.NewGuid():N}.ipynb");
        try
        {
            await download.SaveAsAsync(notebook);
            string text = await File.ReadAllTextAsync(notebook);
            using var json = JsonDocument.Parse(text);
            var cell = json.RootElement.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
            Assert.Equal(edited, string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString())));
            var validation = NotebookSchema.Validate(json.RootElement);
            Assert.True(validation.IsValid, string.Join("\n", (validation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

            var (exit, log) = RunInDotnetRepl(notebook);
            Assert.True(exit == 0, log);
        }
        finally
        {
            File.Delete(notebook);
        }
    }

    private async Task<IPage> OpenAsync(string lesson)
    {
        List<string> offSite = [], errors = [];
        return await site.OpenAsync(lesson, offSite, errors);
    }

    private static ILocator Cell(IPage page, string id) => page.Locator($".cell[data-cell-id='{id}']");

    /// <summary>The cell's status once it has finished running (ok, error or stopped).</summary>
    private static async Task<string> StatusAsync(ILocator cell)
    {
        await cell.Locator(":scope:not([data-live-status='running'])[data-live-status]").WaitForAsync();
        return (await cell.GetAttributeAsync("data-live-status"))!;
    }

    private static (int ExitCode, string Log) RunInDotnetRepl(string notebook)
    {
        var start = new ProcessStartInfo("dotnet", ["repl", "--run", Path.GetFileName(notebook), "--exit-after-run", "--output-path", notebook + ".out.ipynb"])
        {
            WorkingDirectory = Path.GetDirectoryName(notebook)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        File.Delete(notebook + ".out.ipynb");
        return (process.ExitCode, output.Result + error);
    }
}
