using NanoNeuron.Charts;
using NanoNeuron.Testing;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Only the CLI saves charts to files (tools/NanoNeuron.Cli/ChartFile.cs, through a unique temporary file).</summary>
public class OfflineHtmlTests
{
    [Fact]
    public void OfflineHtml_HasNoSaveThroughAFixedTemporaryName()
    {
        // OfflineHtml.Save wrote "<file>.tmp", overwriting (or following a link at) that name; nothing called it.
        Assert.Null(typeof(OfflineHtml).GetMethod("Save"));
        Assert.NotNull(typeof(OfflineHtml).GetMethod(nameof(OfflineHtml.CheckPath)));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(RepositoryRoot.Path, ".gitignore")), line => line.Trim() == "*.html.tmp");
    }
}
