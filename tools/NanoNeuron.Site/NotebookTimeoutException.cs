using System.Globalization;

namespace NanoNeuron.Site;

/// <summary>A notebook ran longer than it may; the engine was stopped.</summary>
internal sealed class NotebookTimeoutException : Exception
{
    /// <summary>Names the notebook and the limit.</summary>
    public NotebookTimeoutException(string notebookName, TimeSpan timeout)
        : base($"{notebookName} did not finish within {Describe(timeout)}, so the engine was stopped: look for a cell that never ends, or allow more time with --timeout-minutes.")
    {
        NotebookName = notebookName;
        Timeout = timeout;
    }

    /// <summary>The notebook's file name.</summary>
    public string NotebookName { get; }

    /// <summary>The limit it exceeded.</summary>
    public TimeSpan Timeout { get; }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.TotalMinutes == Math.Floor(timeout.TotalMinutes)
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMinutes:0} minute{(timeout.TotalMinutes == 1 ? "" : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.###} second{(timeout.TotalSeconds == 1 ? "" : "s")}");
}
