using NanoNeuron.Serve;

// dotnet run --project tools/NanoNeuron.Serve -- [folder] [port]: serves the folder (artifacts/site) on 127.0.0.1.
string folder = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("artifacts", "site"));
int port = 8080;
if (args.Length > 1 && (!int.TryParse(args[1], out port) || port is < 0 or > 65535))
{
    Console.Error.WriteLine($"The port must be a number from 0 to 65535, not '{args[1]}'.");
    return 2;
}

if (!File.Exists(Path.Combine(folder, "index.html")))
{
    Console.Error.WriteLine($"{folder} holds no index.html: build the site first (see the README, 'The live course').");
    return 2;
}

await using var site = await StaticSite.StartAsync(folder, port);
Console.WriteLine($"Serving {folder} at {site.Address} (Ctrl+C stops).");
await site.WaitForShutdownAsync();
return 0;
