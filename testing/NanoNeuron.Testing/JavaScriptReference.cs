namespace NanoNeuron.Testing;

/// <summary>The plain JavaScript NanoNeuron that tests compare bits with and the benchmarks time (run with node).</summary>
public static class JavaScriptReference
{
    /// <summary>The script's full path: testing/reference/nanoneuron.js in the repository.</summary>
    public static string Script { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "testing", "reference", "nanoneuron.js");
}
