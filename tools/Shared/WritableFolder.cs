namespace NanoNeuron.Tools;

/// <summary>Whether something can be created in a folder, found before any long work starts.</summary>
internal static class WritableFolder
{
    /// <summary>What stands in the way: <see cref="What"/> completes "the folder '…' …"; a chmod fixes it or not.</summary>
    public sealed record Obstacle(string What, bool ChmodFixes);

    /// <summary>
    /// Checks <paramref name="folder"/>, which exists, by its permissions (on the bits, so that it holds for root too) and
    /// then by creating a folder in it and removing it (a read-only file system, /proc, an access list); null if nothing
    /// stands in the way.
    /// </summary>
    public static Obstacle? Check(string folder)
    {
        if (new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReadOnly))
        {
            return new("is read-only", ChmodFixes: true);
        }

        // Short (39 characters), so that it fits wherever the chart's own temporary name (up to 38 bytes longer than the
        // chart's path) was found to fit.
        string probe = Path.Combine(folder, $".probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return new("is not writable", ChmodFixes: true);
        }
        catch (IOException exception)
        {
            return new($"takes nothing new ({exception.Message.Replace(probe, folder, StringComparison.Ordinal)})", ChmodFixes: false);
        }
    }
}
