namespace NanoNeuron.Site;

/// <summary>How a cell listed in <see cref="LiveSite.Exceptions"/> behaves in the browser.</summary>
internal enum LiveExceptionKind
{
    /// <summary>It cannot run there: it is not run, and keeps its output from the notebook.</summary>
    KernelOnly,

    /// <summary>It runs there, and one of its checks fails with the listed message.</summary>
    DiffersInTheBrowser,
}

/// <summary>A cell that does not simply run in the browser.</summary>
/// <param name="CellId">The cell's id in its notebook (cNN-…, NN the lesson).</param>
/// <param name="Kind">Whether it is not run, or runs with a check that fails.</param>
/// <param name="Reason">Why, as the page says it beside the cell: after "runs only in the notebook, not in the browser:" for a kernel-only cell, a note of its own otherwise.</param>
/// <param name="Failure">For a cell that differs: the start of the failure its check reports in the browser; null otherwise.</param>
/// <param name="Cause">
/// For a kernel-only cell: the code in it that keeps it out of the browser (or that uses the results of a kernel-only cell
/// above); null otherwise. The tests check that the cell still holds it, so an entry goes when its cause does.
/// </param>
internal sealed record LiveException(string CellId, LiveExceptionKind Kind, string Reason, string? Failure, string? Cause = null);
