using NanoNeuron.Cli;

namespace NanoNeuron.Tests;

/// <summary>What the command line's tests share: a run in-process, and the shape of a refusal.</summary>
internal static class Cli
{
    /// <summary>Runs the command line with <paramref name="args"/>; returns its exit code and what it wrote to each stream.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = NanoNeuronCommand.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>One line on standard error, holding every <paramref name="expected"/> part, with nothing like a stack trace.</summary>
    public static void AssertOneLineReason(string error, params string[] expected)
    {
        foreach (string part in expected)
        {
            Assert.Contains(part, error, StringComparison.Ordinal);
        }

        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
