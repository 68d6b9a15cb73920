namespace NanoNeuron.Tools;

/// <summary>
/// Standard output or standard error, which may be closed (<c>&gt;&amp;-</c>), full (<c>&gt; /dev/full</c>) or a pipe
/// nobody reads any more. A failed write is kept in <see cref="Failure"/>; on standard output it also stops the run with
/// an <see cref="UnwritableStreamException"/>, so that nothing is reported as done that was not; on standard error, which
/// carries only the reason for a failure, the run's exit code still says what happened when the reason cannot be shown.
/// </summary>
internal sealed class StandardStream : TextWriter
{
    private readonly TextWriter inner;
    private readonly bool stopOnFailure;

    private StandardStream(TextWriter inner, string name, bool stopOnFailure)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
        this.stopOnFailure = stopOnFailure;
        Name = name;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <summary>Standard output: a failed write throws <see cref="UnwritableStreamException"/> (<paramref name="inner"/> itself if it is guarded already).</summary>
    public static StandardStream Output(TextWriter inner) => inner as StandardStream ?? new(inner, "standard output", stopOnFailure: true);

    /// <summary>Standard error: a failed write is recorded and otherwise ignored (<paramref name="inner"/> itself if it is guarded already).</summary>
    public static StandardStream Error(TextWriter inner) => inner as StandardStream ?? new(inner, "standard error", stopOnFailure: false);

    /// <summary>
    /// The process's standard output, as a writer whose failures can be seen. .NET's console stream pretends that a write to
    /// a pipe nobody reads any more succeeded (it swallows EPIPE, and the runtime ignores SIGPIPE), so a pipe or socket on
    /// file descriptor 1 is written through a stream of its own, where EPIPE is an <see cref="IOException"/> ("Broken pipe").
    /// Anything else (a terminal, a file, /dev/full, a closed descriptor) keeps the console's writer: a file must be written
    /// at the descriptor's shared offset (write(2)), which a <see cref="FileStream"/> on a seekable handle does not do, and a
    /// descriptor closed at start-up must never be taken for one opened later under the same number.
    /// </summary>
    public static TextWriter OpenOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false);
        try
        {
            _ = File.GetUnixFileMode(handle); // fstat(2): fails if descriptor 1 is closed
            var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                stream.Dispose();
                return Console.Out;
            }

            var encoding = Console.OutputEncoding.CodePage == System.Text.Encoding.UTF8.CodePage ? new System.Text.UTF8Encoding(false) : Console.OutputEncoding;
            return new StreamWriter(stream, encoding) { AutoFlush = true, NewLine = Console.Out.NewLine };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Console.Out;
        }
    }

    /// <summary>"standard output" or "standard error".</summary>
    public string Name { get; }

    /// <summary>The first write that failed, or null.</summary>
    public UnwritableStreamException? Failure { get; private set; }

    /// <inheritdoc/>
    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc/>
    public override void Flush() => Guard(inner.Flush);

    // Not disposed with this wrapper: the streams belong to the process (or to the test that passed them).
    private void Guard(Action write)
    {
        if (Failure is not null)
        {
            if (stopOnFailure)
            {
                throw Failure;
            }

            return;
        }

        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            Failure = new UnwritableStreamException(this, exception);
            if (stopOnFailure)
            {
                throw Failure;
            }
        }
    }
}

/// <summary>
/// A standard stream could not be written. Not an <see cref="IOException"/>: a handler for files that could not be written
/// must never take it for one of them and blame a file.
/// </summary>
internal sealed class UnwritableStreamException : Exception
{
    /// <summary>
    /// The exit code of a run stopped because standard output could not be written: 74, EX_IOERR in sysexits.h (the
    /// command line's and the site builder's other codes are 0, 1, 2 and 130).
    /// </summary>
    public const int ExitCode = 74;

    /// <summary>Names the stream and the system's reason.</summary>
    public UnwritableStreamException(StandardStream stream, Exception inner)
        : base($"could not write to {stream.Name} ({Reason(inner)})", inner)
    {
        Stream = stream;
    }

    /// <summary>The stream that failed.</summary>
    public StandardStream Stream { get; }

    // Closed, the stream fails with "Access to the path is denied", whose inner exception says "Bad file descriptor".
    private static string Reason(Exception exception) =>
        exception.InnerException is IOException inner ? inner.Message : exception.Message;
}
