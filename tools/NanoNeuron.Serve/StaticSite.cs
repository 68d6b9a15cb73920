using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace NanoNeuron.Serve;

/// <summary>
/// A folder served as static files on 127.0.0.1, as a static host would serve it: no server features, and a file's
/// precompressed brotli copy (<c>name.br</c>, which the .NET WebAssembly publish writes) when the browser accepts it.
/// </summary>
public sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSite(WebApplication app, string address) => (this.app, Address) = (app, address);

    /// <summary>The site's address, ending in '/'.</summary>
    public string Address { get; }

    /// <summary>Starts serving <paramref name="folder"/> on 127.0.0.1 (port 0: any free port).</summary>
    public static async Task<StaticSite> StartAsync(string folder, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, WebRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        types.Mappings[".ipynb"] = "application/x-ipynb+json";
        types.Mappings[".dat"] = "application/octet-stream";
        app.Use(async (context, next) =>
        {
            string path = context.Request.Path.Value ?? "/";
            if (context.Request.Headers.AcceptEncoding.ToString().Contains("br", StringComparison.Ordinal)
                && !path.EndsWith(".br", StringComparison.Ordinal)
                && files.GetFileInfo(path + ".br") is { Exists: true } compressed
                && types.TryGetContentType(path, out string? type))
            {
                context.Response.Headers.ContentEncoding = "br";
                context.Response.Headers.Vary = "Accept-Encoding";
                context.Response.ContentType = type;
                context.Response.ContentLength = compressed.Length;
                await context.Response.SendFileAsync(compressed).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = false });
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSite(app, address.TrimEnd('/') + "/");
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>Stops serving.</summary>
    public async ValueTask DisposeAsync() => await app.DisposeAsync().ConfigureAwait(false);
}
