using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NanoNeuron.Optimization;
using NanoNeuron.Tools;

namespace NanoNeuron.Cli;

/// <summary>The command line: options, validation, and the mapping from outcomes to exit codes.</summary>
public static class NanoNeuronCommand
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Training diverged, or the chart could not be written.</summary>
    public const int Failure = 1;

    /// <summary>The arguments were wrong.</summary>
    public const int BadArguments = 2;

    /// <summary>
    /// Standard output could not be written (closed, full, or a pipe nobody reads): EX_IOERR in sysexits.h. No chart was
    /// written or replaced, unless the whole report was written and only the line after it, "Chart written to …" (printed
    /// once the chart is in place), was lost; the reason, and which of the two happened, is on standard error if that can be written.
    /// </summary>
    public const int OutputFailed = UnwritableStreamException.ExitCode;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>
    /// The largest seed: .NET's <see cref="Random"/> gives a seed s and −s the same numbers, and int.MaxValue the same as 0,
    /// so seeds from 0 to int.MaxValue − 1 are the ones that each give a start of their own.
    /// </summary>
    public const int MaxSeed = Hyperparameters.MaxSeed;

    /// <summary>
    /// The most epochs a run may ask for: its cost history (for the chart) takes 8 bytes an epoch, 80 MB here,
    /// and the original needs 70,000.
    /// </summary>
    public const int MaxEpochs = 10_000_000;

    /// <summary>
    /// The options, built afresh for every run: System.CommandLine records in an option each command it is added to, so
    /// options shared by all runs would keep every run's command (and the writers its action holds) alive, and runs at the
    /// same time (the tests') would add to that unsynchronised list at once.
    /// </summary>
    private sealed class CommandOptions
    {
        public Option<int> Epochs { get; } = IntOption("--epochs", "How many gradient-descent updates to make.", Hyperparameters.Epochs);

        public Option<double> LearningRate { get; } = DoubleOption(
            "--learning-rate", "α: each step moves a parameter by α times its slope; must be below 2/λmax ≈ 0.00060897.", Hyperparameters.LearningRate);

        public Option<double?> InitialWeight { get; } = new("--initial-weight")
        {
            Description = "The starting weight w (default: drawn from --seed).",
            CustomParser = result => ReadDouble(result, "--initial-weight"),
        };

        public Option<double?> InitialBias { get; } = new("--initial-bias")
        {
            Description = "The starting bias b (default: drawn from --seed).",
            CustomParser = result => ReadDouble(result, "--initial-bias"),
        };

        public Option<int> Seed { get; } = IntOption("--seed", $"The seed of the random start, from 0 to {MaxSeed}.", Hyperparameters.Seed);

        public Option<double> Predict { get; } = DoubleOption("--predict", "The temperature in °C to convert with the trained neuron.", 70);

        public Option<bool> Json { get; } = new("--json")
        {
            Description = "Print one JSON object instead of text; doubles round-trip exactly.",
        };

        public Option<string?> ChartPath { get; } = new("--chart")
        {
            Description = "Also write an offline HTML page with the cost history and the fitted line.",
            HelpName = "file.html",
        };

        public RootCommand Command() => new("NanoNeuron: one neuron learns to convert Celsius to Fahrenheit by gradient descent.")
        {
            Epochs, LearningRate, InitialWeight, InitialBias, Seed, Predict, Json, ChartPath,
        };
    }

    /// <summary>Parses <paramref name="args"/>, trains, and reports; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Parses <paramref name="args"/>, trains, and reports; returns the process exit code, <see cref="Cancelled"/>
    /// if <paramref name="cancellationToken"/> fires before the results are written: during training, or after it while
    /// the report and the chart are prepared (nothing is printed then, and no chart file is touched). Once the results
    /// are being written the run completes: they are never written in part, or in full and then followed by 130.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, progress: null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>, and tells <paramref name="progress"/>
    /// how training goes, synchronously, every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last (right after
    /// each look at the token): the tests cancel from inside the run with it, at a chosen moment rather than after a delay.
    /// </summary>
    internal static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        // Standard output may be closed or full: the run then stops before any chart is put in place, with its own exit code.
        // Standard error may be too: the exit code then says what its one line would have said.
        var stdout = StandardStream.Output(output);
        var stderr = StandardStream.Error(error);
        try
        {
            return await RunAsync(args, stdout, stderr, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (UnwritableStreamException unwritable) when (unwritable.Stream == stdout)
        {
            Fail(stderr, $"{unwritable.Message}; no chart file was written or replaced.");
            return OutputFailed;
        }
    }

    private static async Task<int> RunAsync(
        string[] args, StandardStream output, StandardStream error, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var options = new CommandOptions();
        var command = options.Command();
        command.SetAction((parsed, token) => Task.FromResult(Train(ReadSettings(parsed, options), output, error, progress, token)));

        // No response files: "--chart @c.html" names a file, it does not read arguments from a file called "c.html".
        ParseResult result = command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            Fail(error, $"{result.Errors[0].Message} Run with --help to see the options.");
            return BadArguments;
        }

        try
        {
            // Ctrl+C reaches the action through cancellationToken (see Program.cs), not through a handler of System.CommandLine's.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException exception)
        {
            Fail(error, Reason(exception));
            return BadArguments;
        }
    }

    /// <summary>Writes "error: " and <paramref name="reason"/> as one line, with anything a terminal would not show as itself escaped.</summary>
    private static void Fail(TextWriter error, string reason) => error.WriteLine("error: " + PrintableText.Escape(reason));

    /// <summary>
    /// Reads a number the same way under every culture: '.' is the decimal point, and a ',' (a decimal comma, or a
    /// thousands separator) is refused with a hint rather than silently read as something else.
    /// </summary>
    private static double? ReadDouble(ArgumentResult result, string option)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string text = result.Tokens[^1].Value;
        if (text.Contains(',', StringComparison.Ordinal))
        {
            string pointed = text.Replace(',', '.');
            result.AddError(double.TryParse(pointed, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && text.Count(c => c == ',') == 1
                ? $"{option} is '{text}': use '.' as the decimal point ({pointed}), and no thousands separators."
                : $"{option} is '{text}': use '.' as the decimal point, and no thousands separators.");
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            result.AddError($"{option} is '{text}': pass a number written with the digits 0-9 and '.', such as 36.6 or 1e-3.");
            return null;
        }

        if (double.IsInfinity(value) && !text.Contains("Infinity", StringComparison.OrdinalIgnoreCase) && !text.Contains('∞', StringComparison.Ordinal))
        {
            result.AddError($"{option} is '{text}', which is too large for a double (at most about 1.8e308 in size).");
            return null;
        }

        // A number too small for a double rounds to 0: "1e-400" would run as 0 without a word.
        string mantissa = text.Split('e', 'E')[0];
        if (value == 0 && mantissa.Any(c => c is >= '1' and <= '9'))
        {
            result.AddError($"{option} is '{text}', which is too small for a double: it would be 0 (the smallest above 0 is about 4.9e-324).");
            return null;
        }

        return value;
    }

    /// <summary>An option holding a whole number, <paramref name="fallback"/> when not given.</summary>
    private static Option<int> IntOption(string name, string description, int fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ReadInt(result, name, fallback),
    };

    /// <summary>An option holding a number, <paramref name="fallback"/> when not given.</summary>
    private static Option<double> DoubleOption(string name, string description, double fallback) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ReadDouble(result, name) ?? fallback,
    };

    /// <summary>Reads a whole number the same way under every culture, refusing separators, and a seed that would give another seed's start.</summary>
    private static int ReadInt(ArgumentResult result, string option, int missing)
    {
        if (result.Tokens.Count == 0)
        {
            return missing;
        }

        string text = result.Tokens[^1].Value;
        if (text.Contains(',', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal))
        {
            result.AddError($"{option} is '{text}': pass a whole number without separators or a decimal point, such as {missing.ToString(CultureInfo.InvariantCulture)}.");
            return missing;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            if (option == "--seed" && value is < 0 or > MaxSeed)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--seed is {text}: pass a seed from 0 to {MaxSeed}; ") +
                    (value < 0 ? $"a negative seed would give the same start as {(value == int.MinValue ? "0" : (-value).ToString(CultureInfo.InvariantCulture))}." : "it would give the same start as 0."));
                return missing;
            }

            return value;
        }

        // Not an int: too large, or not a number. Only the white space int.Parse skips (ASCII's) is skipped here too, so that a
        // number with a no-break space, an em space or a NEL beside it is refused for what it is, not as too large.
        string trimmed = text.Trim(AsciiWhiteSpace);
        string unsigned = trimmed.Length > 0 && trimmed[0] is '+' or '-' ? trimmed[1..] : trimmed; // one sign at most
        bool digits = unsigned.Length > 0 && unsigned.All(char.IsAsciiDigit);
        result.AddError(!digits
            ? $"{option} is '{text}': pass a whole number written with the digits 0-9, such as {missing.ToString(CultureInfo.InvariantCulture)}."
            : option == "--epochs" && trimmed.StartsWith('-')
                ? $"--epochs is {text}: pass 0 or more."
            : option == "--epochs"
                ? TooManyEpochs(text)
                : string.Create(CultureInfo.InvariantCulture, $"{option} is {text}: pass a whole number from 0 to {MaxSeed}."));
        return missing;
    }

    /// <summary>The white space that <see cref="NumberStyles.Integer"/> allows around a number: tab, line feed, vertical tab, form feed, carriage return and space.</summary>
    private static readonly char[] AsciiWhiteSpace = ['\t', '\n', '\v', '\f', '\r', ' '];

    /// <summary>The reason given for more epochs than <see cref="MaxEpochs"/>, whether or not they fit in an int.</summary>
    private static string TooManyEpochs(string epochs) => string.Create(CultureInfo.InvariantCulture,
        $"--epochs is {epochs}: pass at most {MaxEpochs:N0}: every epoch keeps its cost (8 bytes) for the report and the chart, and the original needs {Hyperparameters.Epochs:N0}.");

    /// <summary>An ArgumentException's message without the "(Parameter '…')" that .NET appends for programmers.</summary>
    private static string Reason(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;

    private static Settings ReadSettings(ParseResult parsed, CommandOptions options)
    {
        var start = Neuron.RandomStart(parsed.GetValue(options.Seed));
        var settings = new Settings(
            new Neuron(parsed.GetValue(options.InitialWeight) ?? start.Weight, parsed.GetValue(options.InitialBias) ?? start.Bias),
            parsed.GetValue(options.Epochs),
            parsed.GetValue(options.LearningRate),
            parsed.GetValue(options.Predict),
            parsed.GetValue(options.Json),
            parsed.GetValue(options.ChartPath));
        settings.Validate();
        return settings;
    }

    private static int Train(Settings settings, TextWriter output, TextWriter error, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var data = DataSets.GenerateDataSets();
        try
        {
            // The library refuses a cost that overflows (its rule for NaN and ∞); the command line names its own options.
            Propagation.ForwardPropagation(settings.Start, data.Train);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"the start --initial-weight {Format(settings.Start.Weight)}, --initial-bias {Format(settings.Start.Bias)} is too far from the data: " +
                $"its cost overflows before the first step. Start with values of moderate size (the answer is near w = 1.8, b = 32)."));
        }

        double bound = Stability.LargestStableLearningRate(data.Train);
        if (settings.Epochs > 0 && Stability.Diverges(settings.LearningRate, data.Train.X.AsSpan()))
        {
            Fail(error, string.Create(CultureInfo.InvariantCulture,
                $"--learning-rate {Format(settings.LearningRate)} is too large: gradient descent on this data would diverge (the cost grows without bound). " +
                $"It must be below 2/λmax ≈ {bound:G5} (a strict upper limit; in full {Format(bound)}), for example {Format(Hyperparameters.LearningRate)}."));
            return Failure;
        }

        if (settings.Epochs > 0 && StepLostInRounding(settings, data.Train) is { } lost)
        {
            Fail(error, lost);
            return BadArguments;
        }

        TrainingOutcome<Neuron> outcome;
        try
        {
            outcome = Training.TryTrainModel(settings.Start, data.Train, new TrainingOptions { Epochs = settings.Epochs }, settings.LearningRate, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Stopped(error, "during training", settings);
        }

        if (outcome is not { Result: { } result })
        {
            Fail(error, outcome.Divergence!.Message);
            return Failure;
        }

        var report = new Report(result, Propagation.ForwardPropagation(result.Model, data.Test).Cost, settings);
        if (report.Problem() is { } problem)
        {
            Fail(error, problem);
            return BadArguments;
        }

        // Everything is prepared before anything is written: the report in memory, the chart page too (about a second
        // in a fresh process, most of it Plotly.NET's first use).
        using var results = new StringWriter(CultureInfo.InvariantCulture) { NewLine = output.NewLine };
        if (settings.Json)
        {
            report.WriteJson(results);
        }
        else
        {
            report.WriteText(results);
        }

        // The chart page goes to a temporary file beside its target; it takes the target's place only once the report
        // has reached standard output, and is deleted if it does not.
        ChartFile.StagedChart? chart = null;
        try
        {
            if (settings.ChartPath is { } path)
            {
                try
                {
                    chart = ChartFile.Stage(ChartFile.Render(result, data.Train), path);
                }
                catch (IOException exception)
                {
                    // Nothing was printed yet: a run that fails prints only its one-line reason.
                    Fail(error, $"could not write the chart to '{path}': {exception.Message}");
                    return Failure;
                }

            }

            // The last look at the token. Until here nothing was written but the temporary page, so Ctrl+C (even after the
            // last epoch's look) stops the run cleanly; from here on the results are written in full, in milliseconds.
            if (cancellationToken.IsCancellationRequested)
            {
                return Stopped(error, "after training, before the results were written", settings);
            }

            // One write, then the chart: if standard output fails (UnwritableStreamException), no chart is replaced. The line that
            // says where the chart is comes after it is there: a chart that could not be put in place is never called written.
            output.Write(results.ToString());
            output.Flush();
            if (chart is not null)
            {
                try
                {
                    chart.Commit();
                }
                catch (IOException exception)
                {
                    Fail(error, $"could not put the chart in place at '{chart.FullPath}' (the report above was written first): {exception.Message}");
                    return Failure;
                }

                // Said only once it is true: the chart is in place.
                if (!settings.Json)
                {
                    try
                    {
                        output.WriteLine($"Chart written to {PrintableText.Escape(chart.FullPath)}");
                        output.Flush();
                    }
                    catch (UnwritableStreamException unwritable)
                    {
                        Fail(error, $"{unwritable.Message}; the report was written and the chart put in place at '{chart.FullPath}', only the line saying so was lost.");
                        return OutputFailed;
                    }
                }
            }

            return Success;
        }
        finally
        {
            chart?.Dispose();
        }
    }

    /// <summary>
    /// Why the learning rate is too small to change the start at all, or null: when the first step leaves w and b as they
    /// were to the last bit (α times each slope is lost in rounding against them), every later step starts from the same
    /// place, takes the same step and loses it too, so the whole run would end where it began and report that as trained.
    /// Only the rate is blamed, so only when the rate advised would move the start: one whose slopes are both 0, or so small
    /// that even that rate's step is lost (the start is the best line to the last bit), has nothing to train, and is not refused.
    /// </summary>
    private static string? StepLostInRounding(Settings settings, DataSet train)
    {
        var start = settings.Start;
        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(start, train), train);
        if (gradients is { DW: 0, DB: 0 } || start.Step(gradients, settings.LearningRate) != start
            || start.Step(gradients, Hyperparameters.LearningRate) == start)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"--learning-rate {Format(settings.LearningRate)} is too small to change w = {start.Weight:G6} or b = {start.Bias:G6} at all: each step " +
            $"(α times a slope of {gradients.DW:G4} or {gradients.DB:G4}) is lost in rounding, so no epoch would move the neuron. " +
            $"Use a learning rate such as {Format(Hyperparameters.LearningRate)}.");
    }

    private static int Stopped(TextWriter error, string when, Settings settings)
    {
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped: Ctrl+C {when} ({settings.Epochs:N0} epochs asked for); nothing was reported."));
        return Cancelled;
    }

    /// <summary>Everything the command line decides, checked before any work starts.</summary>
    private sealed record Settings(Neuron Start, int Epochs, double LearningRate, double Celsius, bool Json, string? ChartPath)
    {
        public void Validate()
        {
            Require(Epochs >= 0, string.Create(CultureInfo.InvariantCulture, $"--epochs is {Epochs}: pass 0 or more (the original trains for {Hyperparameters.Epochs:N0})."));
            Require(Epochs <= MaxEpochs, TooManyEpochs(Epochs.ToString(CultureInfo.InvariantCulture)));
            Require(LearningRate > 0 && double.IsFinite(LearningRate),
                $"--learning-rate is {Format(LearningRate)}: pass a positive finite number such as {Format(Hyperparameters.LearningRate)}.");
            Require(double.IsFinite(Start.Weight), $"--initial-weight is {Format(Start.Weight)}: pass a finite number such as 0.9492.");
            Require(double.IsFinite(Start.Bias), $"--initial-bias is {Format(Start.Bias)}: pass a finite number such as 0.457.");
            Require(double.IsFinite(Celsius), $"--predict is {Format(Celsius)}: pass a finite temperature in °C such as 70.");
            Require(double.IsFinite(Temperature.CelsiusToFahrenheit(Celsius)),
                $"--predict is {Format(Celsius)}: too large, its value in °F overflows to infinity; pass a temperature below about 1e307 in size.");
            if (ChartPath is not null && ChartFile.Problem(ChartPath) is { } problem)
            {
                throw new ArgumentException($"--chart: {problem}");
            }
        }

        private static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message);
            }
        }
    }

    /// <summary>What the original prints, as text or as JSON.</summary>
    private sealed record Report(TrainingResult<Neuron> Result, double TestCost, Settings Settings)
    {
        private double Prediction => Result.Model.Predict(Settings.Celsius);

        /// <summary>Why this report would show a number that is not finite, or null.</summary>
        public string? Problem() =>
            !double.IsFinite(Prediction)
                ? $"--predict is {Format(Settings.Celsius)}: too large, the neuron's answer w·x + b = {Format(Result.Model.Weight)}·{Format(Settings.Celsius)} + {Format(Result.Model.Bias)} overflows to infinity; pass a smaller temperature."
                : !double.IsFinite(TestCost)
                    ? "the cost on the testing data overflows to infinity: the trained neuron is too far from the data; train for more epochs or start nearer w = 1.8, b = 32."
                    : null;

        public void WriteText(TextWriter output)
        {
            var history = Result.CostHistory;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Start: w = {Format(Settings.Start.Weight)}, b = {Format(Settings.Start.Bias)}; {Settings.Epochs:N0} epochs at learning rate {Format(Settings.LearningRate)}"));
            output.WriteLine($"Cost before the training: {Format(Result.CostBefore)}");
            output.WriteLine($"Cost after the training: {Format(Result.CostAfter)}");
            if (history.Length > 1)
            {
                output.WriteLine($"  (the original prints the cost before its last update instead: {Format(history[^2])})");
            }

            output.WriteLine($"NanoNeuron parameters: w = {Format(Result.Model.Weight)}, b = {Format(Result.Model.Bias)}");
            output.WriteLine($"Cost on new testing data: {Format(TestCost)}");
            output.WriteLine($"NanoNeuron \"thinks\" that {Format(Settings.Celsius)}°C in Fahrenheit is: {Format(Prediction)}");
            output.WriteLine($"Correct answer is: {Format(Temperature.CelsiusToFahrenheit(Settings.Celsius))}");
        }

        public void WriteJson(TextWriter output)
        {
            using var buffer = new MemoryStream();
            using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new() { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("costBefore", Result.CostBefore);
                json.WriteNumber("costAfter", Result.CostAfter);
                json.WriteNumber("weight", Result.Model.Weight);
                json.WriteNumber("bias", Result.Model.Bias);
                json.WriteNumber("testCost", TestCost);
                json.WriteNumber("celsius", Settings.Celsius);
                json.WriteNumber("prediction", Prediction);
                json.WriteNumber("epochs", Settings.Epochs);
                json.WriteNumber("learningRate", Settings.LearningRate);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
