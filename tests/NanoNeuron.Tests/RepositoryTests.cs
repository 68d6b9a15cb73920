using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NanoNeuron.Tests;

/// <summary>The set-up a newcomer relies on: README commands, CI, pins, and the dev container.</summary>
public partial class RepositoryTests
{
    private const string MainJob = "dotnet run --project tools/NanoNeuron.Cli";
    private const string TestCommand = "bash .ci/prerequisites && dotnet tool restore && dotnet test -m:1";

    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void Readme_SetUpSection_HoldsTheTwoCommandsAsCodeBlocks()
    {
        var blocks = CodeBlocks().Matches(Repository.Read("README.md")).Select(m => m.Groups[1].Value.Trim()).ToList();

        Assert.Equal(MainJob, blocks[0]);
        Assert.Equal(TestCommand, blocks[1]);
        Assert.True(File.Exists(Repository.PathOf("tools", "NanoNeuron.Cli", "NanoNeuron.Cli.csproj")));
    }

    [Fact]
    public void CiRun_RunsTheReadmesTestCommandExactly()
    {
        // Either the command alone on its line, or grouped as one command whose output is piped on.
        var lines = Repository.Read(".ci", "run").Split('\n');
        Assert.Contains(lines, line => line == TestCommand || line.StartsWith($"{{ {TestCommand}; }} ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Trim() == "bash .ci/prerequisites");
    }

    [Fact]
    public void Prerequisites_InstallWhatTheTestsNeed()
    {
        string script = Repository.Read(".ci", "prerequisites");
        foreach (string package in new[] { "nodejs", "npm", "chromium", "jupyter-nbconvert", "python3-nbclient", "jupyter-client" })
        {
            Assert.Contains($"missing+=({package})", script, StringComparison.Ordinal);
        }

        // axe-core for the site's accessibility test, at the version its lockfile pins.
        Assert.Contains("npm ci --prefix tests/NanoNeuron.Site.Tests", script, StringComparison.Ordinal);
    }

    [Fact]
    public void License_IsMitWithTheOriginalsNoticeAndOurs_AndTheReadmeCreditsTheOriginal()
    {
        string license = Repository.Read("LICENSE");
        Assert.StartsWith("MIT License", license, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2019 Oleksii Trekhleb", license, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2026 the NanoNeuron C# course authors", license, StringComparison.Ordinal);

        string readme = Repository.Read("README.md");
        Assert.Contains("https://github.com/trekhleb/nano-neuron", readme, StringComparison.Ordinal);
        Assert.Contains("(LICENSE)", readme, StringComparison.Ordinal);
        Assert.Contains("(CONTRIBUTING.md)", readme, StringComparison.Ordinal);
        Assert.Contains(TestCommand, Repository.Read("CONTRIBUTING.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalJson_PinsTheDotNet10BandWithLatestFeature()
    {
        using var json = JsonDocument.Parse(Repository.Read("global.json"));
        var sdk = json.RootElement.GetProperty("sdk");
        Assert.StartsWith("10.0.", sdk.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.Equal("latestFeature", sdk.GetProperty("rollForward").GetString());
    }

    [Fact]
    public void ToolManifest_PinsTheFinalDotNetInteractiveReleases()
    {
        var tools = ManifestTools();
        Assert.Equal("1.0.712001", tools["microsoft.dotnet-interactive"].Version);
        Assert.Equal("0.3.259", tools["dotnet-repl"].Version);
    }

    [Fact]
    public void Projects_TakeEveryPackageVersionFromDirectoryPackagesProps()
    {
        var pinned = XDocument.Load(Repository.PathOf("Directory.Packages.props"))
            .Descendants("PackageVersion").Select(e => (string)e.Attribute("Include")!).ToHashSet();
        var projects = Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (string project in projects)
        {
            foreach (var reference in XDocument.Load(project).Descendants("PackageReference"))
            {
                Assert.Null(reference.Attribute("Version"));
                Assert.Contains((string)reference.Attribute("Include")!, pinned);
            }
        }
    }

    [Fact]
    public void LibraryProject_HasNoDependencies()
    {
        var project = XDocument.Load(Repository.PathOf("lib", "NanoNeuron", "NanoNeuron.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
    }

    [Fact]
    public void DevContainer_UsesADotNet10ImageAndTheThreeExtensions()
    {
        using var json = JsonDocument.Parse(Repository.Read(".devcontainer", "devcontainer.json"), Jsonc);
        var root = json.RootElement;
        Assert.Matches("dotnet:10\\.0", root.GetProperty("image").GetString());
        var extensions = root.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ms-dotnettools.csharp", extensions);
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
    }

    [Fact]
    public void DevContainer_BuildsOnCreateAndIsWaitedFor_WithCommandsThatExistInThisRepository()
    {
        using var json = JsonDocument.Parse(Repository.Read(".devcontainer", "devcontainer.json"), Jsonc);
        // Built on creation (a Codespaces prebuild does it ahead of time) and waited for before VS Code connects.
        Assert.False(json.RootElement.TryGetProperty("postCreateCommand", out _));
        Assert.Equal("onCreateCommand", json.RootElement.GetProperty("waitFor").GetString());
        string onCreate = json.RootElement.GetProperty("onCreateCommand").GetString()!;
        var script = Regex.Match(onCreate, @"^bash (\S+)$");
        Assert.True(script.Success, $"onCreateCommand should run one script: {onCreate}");
        Assert.True(File.Exists(Repository.PathOf(script.Groups[1].Value)), $"{script.Groups[1].Value} is missing");

        var commands = Repository.Read(script.Groups[1].Value).Split('\n')
            .Select(l => l.Trim()).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();
        Assert.Contains("dotnet tool restore", commands);
        var tools = ManifestTools();
        foreach (string command in commands)
        {
            if (ToolRun().Match(command) is { Success: true } run)
            {
                Assert.Contains(tools.Values, tool => tool.Commands.Contains(run.Groups[1].Value));
            }
            else if (Regex.Match(command, @"^dotnet build (\S+)$") is { Success: true } build)
            {
                Assert.True(File.Exists(Repository.PathOf(build.Groups[1].Value)), $"{build.Groups[1].Value} is missing");
            }
        }

        Assert.Contains(commands, c => c.Contains("dotnet-interactive -- jupyter install", StringComparison.Ordinal));
    }

    [Fact]
    public void DevContainer_OpensTheReadmeAndTheWelcomeLesson()
    {
        using var json = JsonDocument.Parse(Repository.Read(".devcontainer", "devcontainer.json"), Jsonc);
        var files = json.RootElement.GetProperty("customizations").GetProperty("codespaces").GetProperty("openFiles")
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(["README.md", "notebooks/00-welcome.ipynb"], files);
        Assert.All(files, file => Assert.True(File.Exists(Repository.PathOf(file)), $"{file} is missing"));
    }

    [Fact]
    public void VsCode_RecommendsTheDevContainersExtensions()
    {
        using var devContainer = JsonDocument.Parse(Repository.Read(".devcontainer", "devcontainer.json"), Jsonc);
        using var recommended = JsonDocument.Parse(Repository.Read(".vscode", "extensions.json"), Jsonc);
        Assert.Equal(
            devContainer.RootElement.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions").EnumerateArray().Select(e => e.GetString()),
            recommended.RootElement.GetProperty("recommendations").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void GitAttributes_KeepScriptsNotebooksAndCodeLf()
    {
        var lines = Repository.Read(".gitattributes").Split('\n').Select(l => l.Trim()).ToList();
        foreach (string pattern in new[] { "*.sh", "*.ipynb", "*.dib", "*.cs", ".ci/*" })
        {
            Assert.Contains($"{pattern} text eol=lf", lines);
        }
    }

    [Fact]
    public void Workflows_CiRunsDotCiRun_AndPagesPublishesTheSite()
    {
        string ci = Repository.Read(".github", "workflows", "ci.yml");
        Assert.Contains("runs-on: ubuntu-latest", ci, StringComparison.Ordinal);
        Assert.Contains("global-json-file: global.json", ci, StringComparison.Ordinal);
        Assert.Contains("run: bash .ci/run", ci, StringComparison.Ordinal);

        string pages = Repository.Read(".github", "workflows", "pages.yml");
        Assert.Contains(
            "run: dotnet tool restore && dotnet publish tools/NanoNeuron.Live -c Release -o artifacts/live && dotnet run --project tools/NanoNeuron.Site -- --live artifacts/live/wwwroot",
            pages,
            StringComparison.Ordinal);
        Assert.Contains("actions/upload-pages-artifact", pages, StringComparison.Ordinal);
        Assert.Contains("path: artifacts/site", pages, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages", pages, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_OpensWithTheBadgesAndAScreenshotThatExists()
    {
        var lines = Repository.Read("README.md").Split('\n');
        Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
        string top = string.Join("\n", lines.Take(20));
        Assert.Contains("actions/workflows/ci.yml/badge.svg", top, StringComparison.Ordinal);
        Assert.Contains("actions/workflows/pages.yml/badge.svg", top, StringComparison.Ordinal);
        Assert.Contains("https://github.com/codespaces/badge.svg", top, StringComparison.Ordinal);
        var image = Regex.Match(top, @"!\[[^\]]*\]\((docs/[^)]+\.png)\)");
        Assert.True(image.Success, "the README should show a screenshot from docs/ near the top");
        Assert.True(File.Exists(Repository.PathOf(image.Groups[1].Value)), $"{image.Groups[1].Value} is missing");
    }

    private static Dictionary<string, (string Version, string[] Commands)> ManifestTools()
    {
        using var json = JsonDocument.Parse(Repository.Read("dotnet-tools.json"));
        return json.RootElement.GetProperty("tools").EnumerateObject().ToDictionary(
            tool => tool.Name,
            tool => (tool.Value.GetProperty("version").GetString()!,
                     tool.Value.GetProperty("commands").EnumerateArray().Select(c => c.GetString()!).ToArray()));
    }

    [GeneratedRegex("```bash\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlocks();

    [GeneratedRegex(@"^dotnet tool run (\S+)")]
    private static partial Regex ToolRun();
}
