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

        Assert.Equal("ok", await EditAndRunAsync(cell, "double J(double w) => w * w;\nJ(6) + 0.5"));
        Assert.Equal("36.5", (await cell.Locator(".live-output").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task CompileError_NamesTheLineAndColumn()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-016");

        Assert.Equal("error", await EditAndRunAsync(cell, "var a = 1;\nvar b = a + nothing;"));
        Assert.StartsWith("Line 2, column 13: error CS0103", (await cell.Locator(".live-output").InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_WrongAnswersShowHints_TheRightOneATick()
    {
        var page = await OpenAsync(Lesson);
        var cell = Cell(page, "c07-003");

        var verdicts = new Dictionary<char, string>();
        foreach (char answer in "abc")
        {
            Assert.Equal("ok", await EditAndRunAsync(cell, $"TrainingExercises.WeightAfterOneEpoch('{answer}')"));
            verdicts[answer] = (await cell.Locator(".live-output [data-verdict]").InnerTextAsync()).Trim();
        }

        Assert.Single(verdicts.Values, v => v.StartsWith('✓'));
        Assert.Equal(2, verdicts.Values.Count(v => v.StartsWith("✗ Not yet: not (", StringComparison.Ordinal)));
        // The verdict is read out: the page's status line repeats it.
        Assert.Contains(verdicts['c'], await page.Locator(".live-status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunawayLoop_IsStopped_AndThePageRunsOn()
    {
        var page = await OpenAsync(Lesson);
        var loop = Cell(page, "c07-016");
        await EditAsync(loop, "while (true) { }");

        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
        await page.WaitForSelectorAsync(".cell[data-cell-id='c07-016'][data-live-status='running']");
        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Stop cell") }).ClickAsync();

        Assert.Equal("stopped", await StatusAsync(loop));
        Assert.Contains("Stopped", await loop.Locator(".live-output").InnerTextAsync(), StringComparison.Ordinal);
        // The cells above run again first; the loop cell gets the lesson's code back so that they (and the cells between it
        // and the next one, which use what it defines) can.
        await loop.GetByRole(AriaRole.Button, new() { NameRegex = new("^Undo my edits to cell") }).ClickAsync();
        var next = Cell(page, "c07-018");
        string status = await EditAndRunAsync(next, "1 + 1");
        Assert.True(status == "ok", $"{status}: {await page.Locator(".live-status").InnerTextAsync()}");
        Assert.Equal("2", (await next.Locator(".live-output").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task ACellAboveFails_TheCellAskedForSaysWhyItDidNotRun()
    {
        var page = await OpenAsync(Lesson);
        await EditAsync(Cell(page, "c07-016"), "throw new InvalidOperationException(\"mine\");");
        var next = Cell(page, "c07-018");

        Assert.Equal("error", await EditAndRunAsync(next, "1 + 1"));
        var thrower = Cell(page, "c07-016");
        Assert.Equal("error", await thrower.GetAttributeAsync("data-live-status"));
        Assert.Contains("mine", await thrower.Locator(".live-output").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("^Not run: cell [0-9]+, which runs before this one, failed\\.", (await next.Locator(".live-output").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task TrainingLab_RetrainsWithTheLearnersNumbers_AndSaysWhatIsWrong()
    {
        var page = await OpenAsync(Lesson);
        var lab = page.GetByRole(AriaRole.Region, new() { Name = "Training lab", Exact = true });

        await lab.GetByLabel("Learning rate α").FillAsync("0,0006");
        await lab.GetByRole(AriaRole.Button, new() { Name = "Retrain and redraw" }).ClickAsync();
        // The field is marked wrong, holds the focus, and is described by what is wrong with it.
        var alpha = lab.GetByLabel("Learning rate α");
        Assert.Equal("true", await alpha.GetAttributeAsync("aria-invalid"));
        Assert.True(await alpha.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Contains("write a number such as 0.0005", await alpha.EvaluateAsync<string>("e => document.getElementById(e.getAttribute('aria-describedby')).textContent"), StringComparison.Ordinal);

        await lab.GetByLabel("Learning rate α").FillAsync("0.0006");
        await lab.GetByLabel("Epochs").FillAsync("1000");
        await lab.GetByRole(AriaRole.Button, new() { Name = "Retrain and redraw" }).ClickAsync();
        await page.WaitForSelectorAsync("section.live-lab:not([data-live-status='running'])[data-live-status]");

        Assert.Equal("ok", await lab.GetAttributeAsync("data-live-status"));
        Assert.Contains(">1,000</td>", await lab.Locator(".live-output").InnerHTMLAsync(), StringComparison.Ordinal);
        await page.WaitForSelectorAsync("section.live-lab .chart .main-svg >> nth=1");
        Assert.Equal(2, await lab.Locator(".chart").CountAsync());
    }

    [Fact]
    public async Task OptimizerLab_RacesWithTheLearnersSettings_AndLeavesADivergingOneOutOfTheRace()
    {
        var page = await OpenAsync("17-momentum-and-adam.html");
        var lab = page.GetByRole(AriaRole.Region, new() { Name = "Optimizer lab", Exact = true });

        await lab.GetByLabel("Epochs").FillAsync("3000");
        await lab.GetByLabel("Gradient descent: α").FillAsync("0.0007");
        await lab.GetByLabel("Momentum: β").FillAsync("0.9");
        await lab.GetByRole(AriaRole.Button, new() { Name = "Retrain and redraw" }).ClickAsync();
        await page.WaitForSelectorAsync("section.live-lab:not([data-live-status='running'])[data-live-status]");

        Assert.Equal("ok", await lab.GetAttributeAsync("data-live-status"));
        string table = await lab.Locator(".live-output").InnerTextAsync();
        Assert.Contains("gradient descent, α = 0.0007", table, StringComparison.Ordinal);
        Assert.Contains("at epoch 51", table, StringComparison.Ordinal);
        Assert.Contains("momentum, α = 0.00095, β = 0.9", table, StringComparison.Ordinal);
        await page.WaitForSelectorAsync("section.live-lab .chart .main-svg >> nth=1");
        Assert.Equal(2, await lab.Locator("figure.chart").CountAsync());
        // The race's legend names the two optimizers that did not diverge, not the one that did.
        string race = await lab.Locator("figure.chart").Nth(1).TextContentAsync() ?? "";
        Assert.Contains("momentum, α = 0.00095, β = 0.9", race, StringComparison.Ordinal);
        Assert.DoesNotContain("gradient descent, α = 0.0007", race, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_KeepsTheEdits_AndUndoPutsTheLessonBack()
    {
        var page = await OpenAsync(Lesson);
        string lesson = (await Cell(page, "c07-016").Locator(".cell-code").InnerTextAsync()).TrimEnd('\n');
        await EditAsync(Cell(page, "c07-016"), "// mine\n40 + 2");

        await page.ReloadAsync();

        var editor = Cell(page, "c07-016").GetByRole(AriaRole.Textbox);
        Assert.Equal("// mine\n40 + 2", await editor.InputValueAsync());
        await Cell(page, "c07-016").GetByRole(AriaRole.Button, new() { NameRegex = new("^Undo my edits to cell") }).ClickAsync();
        Assert.Equal(lesson, await editor.InputValueAsync());
        await page.ReloadAsync();
        Assert.Equal(0, await Cell(page, "c07-016").GetByRole(AriaRole.Textbox).CountAsync());
    }

    [Fact]
    public async Task Download_IsNbformat45WithTheEdits_AndRunsInDotnetRepl()
    {
        var page = await OpenAsync("02-celsius-to-fahrenheit.html");
        var first = page.Locator(".cell[data-cell-id]:not([data-live])").First;
        string id = (await first.GetAttributeAsync("data-cell-id"))!;
        string edited = ("// edited in the browser\n" + await first.Locator(".cell-code").InnerTextAsync()).TrimEnd('\n');
        Assert.Equal("ok", await EditAndRunAsync(first, edited));

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
            Assert.True(NotebookSchema.IsValid(json.RootElement), $"not valid nbformat 4.5: {text[..Math.Min(text.Length, 2000)]}");

            var (exit, log) = Processes.Run("dotnet", ["repl", "--run", Path.GetFileName(notebook), "--exit-after-run", "--output-path", notebook + ".out.ipynb"], Path.GetDirectoryName(notebook)!);
            File.Delete(notebook + ".out.ipynb");
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

    internal static ILocator Cell(IPage page, string id) => page.Locator($".cell[data-cell-id='{id}']");

    /// <summary>Opens the cell's editor (if it is not open) and writes <paramref name="code"/> in it.</summary>
    internal static async Task EditAsync(ILocator cell, string code)
    {
        var edit = cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit cell") });
        if (await edit.IsVisibleAsync())
        {
            await edit.ClickAsync();
        }

        await cell.GetByRole(AriaRole.Textbox).FillAsync(code);
    }

    /// <summary>Writes <paramref name="code"/> in the cell, runs it and returns its status once it has finished.</summary>
    internal static async Task<string> EditAndRunAsync(ILocator cell, string code)
    {
        await EditAsync(cell, code);
        await cell.GetByRole(AriaRole.Button, new() { NameRegex = new("^Run cell") }).ClickAsync();
        return await StatusAsync(cell);
    }

    /// <summary>The cell's status once it has finished running (ok, error or stopped).</summary>
    internal static async Task<string> StatusAsync(ILocator cell)
    {
        await cell.Locator(":scope:not([data-live-status='running'])[data-live-status]").WaitForAsync();
        return (await cell.GetAttributeAsync("data-live-status"))!;
    }
}
