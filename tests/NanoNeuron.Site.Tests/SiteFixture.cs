using Microsoft.Playwright;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>Builds the site once, and starts one headless Chromium, for all the site tests.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: the tests drive it, never a browser downloaded by a tool.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public string Folder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "test-site");

    public int ExitCode { get; private set; }

    public string Output { get; private set; } = "";

    public string Error { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    private IPlaywright? playwright;

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        ExitCode = SiteBuilder.Build(Path.Combine(RepositoryRoot.Path, "notebooks"), Folder, output, error);
        (Output, Error) = (output.ToString(), error.ToString());

        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium package (.ci/prerequisites does).");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiteDefinition : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
