using Microsoft.Playwright;
using NanoNeuron.Serve;
using NanoNeuron.Site;
using NanoNeuron.Testing;

namespace NanoNeuron.Live.Tests;

/// <summary>
/// Publishes the browser runtime, builds the live site from the notebooks as they are (not executed: these tests run
/// the cells themselves, in the browser), serves it on 127.0.0.1 and starts one headless Chromium.
/// </summary>
public sealed class LiveSiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium: the tests drive it, never a browser downloaded by a tool.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public static string Runtime { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "test-live-runtime");

    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "test-live-site");

    public IBrowser Browser { get; private set; } = null!;

    public string Address => site!.Address;

    private StaticSite? site;
    private IPlaywright? playwright;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium package (.ci/prerequisites does).");
        }

        Publish();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = SiteBuilder.Build(
            Path.Combine(RepositoryRoot.Path, "notebooks"), Folder, output, error,
            (notebook, executed) => { File.Copy(notebook, executed, overwrite: true); return (0, ""); },
            liveRuntime: Path.Combine(Runtime, "wwwroot"));
        if (exit != 0)
        {
            throw new InvalidOperationException($"The live site did not build ({exit}): {error}");
        }

        site = await StaticSite.StartAsync(Folder);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// A page in a fresh context (its own storage), every request to another host refused and recorded in
    /// <paramref name="offSite"/>, the console's errors in <paramref name="errors"/>; 1280 × 720 px unless
    /// <paramref name="width"/> and <paramref name="height"/> say otherwise.
    /// </summary>
    public async Task<IPage> OpenAsync(string page, List<string> offSite, List<string> errors, int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(10 * 60_000);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1")
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (offSite)
                {
                    offSite.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        var opened = await context.NewPageAsync();
        opened.Response += (_, response) =>
        {
            // A browser asks every site for /favicon.ico on its own; the course has none.
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add($"{response.Status} {response.Url}");
                }
            }
        };
        opened.Console += (_, message) =>
        {
            // A failed request is reported above, with its address (the console's message has none).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        opened.PageError += (_, message) =>
        {
            lock (errors)
            {
                errors.Add(message);
            }
        };
        await opened.GotoAsync(Address + page);
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    /// <summary>
    /// Publishes the runtime with its own build folders: the notebook tests build the library in Release at the same time
    /// (lib/NanoNeuron.Setup), and two builds must not write one obj/ folder.
    /// </summary>
    private static void Publish()
    {
        // Into an empty folder: a publish leaves the files of an earlier one that it no longer writes.
        if (Directory.Exists(Runtime))
        {
            Directory.Delete(Runtime, recursive: true);
        }

        string[] arguments =
        [
            "publish", Path.Combine(RepositoryRoot.Path, "tools", "NanoNeuron.Live"), "-c", "Release", "-o", Runtime,
            "--artifacts-path", Path.Combine(RepositoryRoot.Path, "artifacts", "test-live-build"), "-nologo",
        ];
        var (exit, log) = Processes.Run("dotnet", arguments, RepositoryRoot.Path);
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet publish tools/NanoNeuron.Live failed ({exit}):\n{log}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteDefinition : ICollectionFixture<LiveSiteFixture>
{
    public const string Name = "live site";
}
