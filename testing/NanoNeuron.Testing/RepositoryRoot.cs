namespace NanoNeuron.Testing;

/// <summary>The repository's root folder, found from the running assembly (shared by tests and benchmarks).</summary>
public static class RepositoryRoot
{
    /// <summary>The full path of the folder that holds NanoNeuron.slnx.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "NanoNeuron.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"NanoNeuron.slnx was not found above {AppContext.BaseDirectory}: run from a clone of the repository.");
    }
}
