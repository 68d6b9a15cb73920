using System.Globalization;
using System.Text.Json;
using CsCheck;
using NanoNeuron.Cli;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Bad or extreme inputs to the command line (issue 10): each is refused with a one-line reason or handled exactly.</summary>
public class CliInputTests
{
    /// <summary>Runs under a culture built from the invariant one (the tests run with invariant globalization).</summary>
    private static (int ExitCode, string Output, string Error) RunUnder(string culture, params string[] args)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Culture(culture);
        try
        {
            return Cli.Run(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static CultureInfo Culture(string name)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        switch (name)
        {
            case "de-DE":
                numbers.NumberDecimalSeparator = ",";
                numbers.NumberGroupSeparator = ".";
                break;
            case "fr-FR":
                numbers.NumberDecimalSeparator = ",";
                numbers.NumberGroupSeparator = "\u202F";
                break;
            case "en-US":
                break;
            default:
                throw new ArgumentException(name, nameof(name));
        }

        return culture;
    }

    // 1. Diverging learning rates are refused before the first epoch.

    [Theory]
    [InlineData("0.00061")]
    [InlineData("0.000609")]
    [InlineData("0.0007")]
    [InlineData("1", "--epochs", "43")]
    public void Run_LearningRateAtOrAboveTwoOverLambdaMax_ExitsWith1BeforeTraining(string learningRate, params string[] more)
    {
        var (exitCode, output, error) = Cli.Run([.. more, "--learning-rate", learningRate]);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "must be below");
        Assert.Contains("0.00060897", error, StringComparison.Ordinal);
        Assert.Contains("diverge", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LearningRateJustBelowTheBound_Converges()
    {
        var (exitCode, output, error) = Cli.Run("--learning-rate", "0.0006089", "--epochs", "2000", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("costAfter").GetDouble() < json.RootElement.GetProperty("costBefore").GetDouble());
    }

    /// <summary>
    /// A learning rate so small that α times either slope is lost in rounding against w and b moves nothing in any epoch:
    /// refused before training (exit 2), instead of reporting the start as trained. One that moves the start trains.
    /// </summary>
    [Fact]
    public void Run_LearningRateTooSmallToMoveAnything_ExitsWith2BeforeTraining()
    {
        var start = Neuron.RandomStart(Hyperparameters.Seed);
        var data = DataSets.GenerateDataSets().Train;
        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(start, data), data);
        Gen.OneOf(Gen.Double[5e-324, 1e-300], Gen.Double[1e-12, 1e-4], Gen.Const(5e-324), Gen.Const(1e-320)).Sample(rate =>
        {
            string text = rate.ToString("R", CultureInfo.InvariantCulture);
            bool moves = start.Step(gradients, rate) != start;

            var (exitCode, output, error) = Cli.Run("--learning-rate", text, "--epochs", "100");

            if (moves)
            {
                Assert.True(exitCode == 0, error);
            }
            else
            {
                Assert.Equal(2, exitCode);
                Assert.Empty(output);
                Cli.AssertOneLineReason(error, $"--learning-rate {text} is too small to change w = ", "is lost in rounding", "such as 0.0005");
            }
        }, iter: 40, threads: 1);
        Assert.Equal(2, Cli.Run("--learning-rate", "1e-320").ExitCode);
        Assert.Equal(0, Cli.Run("--learning-rate", "1e-10", "--epochs", "3").ExitCode);
    }

    /// <summary>
    /// A start within a few bits of the best line (w = 1.8, b = 32) has slopes so small that even the advised rate's step
    /// is lost: it has nothing to train, and the rate is blamed only when the advised one would move it (attack 4, C1).
    /// </summary>
    [Fact]
    public void Run_StartAtTheBestLineToTheLastBits_IsNotBlamedOnTheLearningRate()
    {
        var data = DataSets.GenerateDataSets().Train;
        static double Bits(double value, int steps) =>
            Enumerable.Range(0, Math.Abs(steps)).Aggregate(value, (v, _) => steps > 0 ? Math.BitIncrement(v) : Math.BitDecrement(v));
        Gen.Select(Gen.Int[-3, 3], Gen.Int[-3, 3], Gen.OneOf(Gen.Const(Hyperparameters.LearningRate), Gen.Double[1e-12, 1e-4])).Sample((dw, db, rate) =>
        {
            var start = new Neuron(Bits(1.8, dw), Bits(32, db));
            var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(start, data), data);
            bool advisedMoves = start.Step(gradients, Hyperparameters.LearningRate) != start;
            bool moves = start.Step(gradients, rate) != start;

            var (exitCode, _, error) = Cli.Run("--initial-weight", start.Weight.ToString("R", CultureInfo.InvariantCulture),
                "--initial-bias", start.Bias.ToString("R", CultureInfo.InvariantCulture), "--learning-rate", rate.ToString("R", CultureInfo.InvariantCulture), "--epochs", "10");

            Assert.True(exitCode == (!moves && advisedMoves ? 2 : 0), error);
        }, iter: 40, threads: 1);
        Assert.Equal(0, Cli.Run("--initial-weight", "1.8", "--initial-bias", "32.00000000000001", "--epochs", "10").ExitCode);
    }

    [Fact]
    public void Stability_Diverges_IsDecidedBeforeTheFirstEpoch()
    {
        var x = DataSets.GenerateDataSets().Train.X.AsSpan();
        double bound = Stability.LargestStableLearningRate(x);

        Assert.True(Stability.Diverges(bound, x));
        Assert.True(Stability.Diverges(0.000609, x));
        Assert.False(Stability.Diverges(Math.BitDecrement(bound), x));
        Assert.False(Stability.Diverges(Hyperparameters.LearningRate, x));
    }

    [Fact]
    public void TrainingDivergedException_Message_CallsTheBoundAStrictUpperLimitWithEnoughDigits()
    {
        double bound = Stability.LargestStableLearningRate(DataSets.GenerateDataSets().Train);
        var exception = new TrainingDivergedException(12, 0.0007, bound, [.. Enumerable.Repeat(3014.0, 12)]);

        Assert.Contains("must be below", exception.Message, StringComparison.Ordinal);
        Assert.Contains("0.00060897", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("largest stable", exception.Message, StringComparison.Ordinal);
    }

    // 2. Numbers are read and written with the invariant culture, whatever the current one.

    [Theory]
    [InlineData("en-US", "--predict", "36,6")]
    [InlineData("de-DE", "--predict", "36,6")]
    [InlineData("fr-FR", "--predict", "36,6")]
    [InlineData("en-US", "--learning-rate", "0,5")]
    [InlineData("de-DE", "--learning-rate", "0,0005")]
    [InlineData("en-US", "--predict", "1,5e3")]
    [InlineData("en-US", "--initial-weight", "0,9492")]
    [InlineData("en-US", "--epochs", "70,000")]
    [InlineData("de-DE", "--epochs", "70.000")]
    public void Run_DecimalCommaOrThousandsSeparator_ExitsWith2AndSaysUseAPoint(string culture, string option, string value)
    {
        var (exitCode, output, error) = RunUnder(culture, option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, option);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Run_DecimalComma_MessageSaysToUseAPoint(string culture)
    {
        var (_, _, error) = RunUnder(culture, "--predict", "36,6");

        Cli.AssertOneLineReason(error, "use '.'");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Run_UnderAnyCulture_ReadsPointsTheInvariantWay(string culture)
    {
        var (exitCode, output, error) = RunUnder(culture,
            "--learning-rate", "0.0005", "--initial-weight", "0.9492", "--initial-bias", "0.4570", "--predict", "36.6", "--epochs", "1000", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0.0005, json.RootElement.GetProperty("learningRate").GetDouble());
        Assert.Equal(36.6, json.RootElement.GetProperty("celsius").GetDouble());
        var expected = Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, 1000, 0.0005);
        Bits.Equal(expected.Model.Weight, json.RootElement.GetProperty("weight").GetDouble(), "weight");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Run_TextOutputUnderAnyCulture_IsInvariant(string culture)
    {
        var (exitCode, output, error) = RunUnder(culture, "--epochs", "70000", "--predict", "36.6");

        Assert.True(exitCode == 0, error);
        Assert.Contains("70,000 epochs at learning rate 0.0005", output, StringComparison.Ordinal);
        Assert.Contains("36.6°C", output, StringComparison.Ordinal);
    }

    // 3. Epochs are bounded.

    [Theory]
    [InlineData("2147483647")]
    [InlineData("2147483646")]
    [InlineData("2147483590")]
    [InlineData("10000001")]
    [InlineData("99999999999")]
    public void Run_TooManyEpochs_ExitsWith2AndNamesTheLimit(string epochs)
    {
        var (exitCode, output, error) = Cli.Run("--epochs", epochs);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "at most 10,000,000");
    }

    [Theory]
    [InlineData("--epochs", "-99999999999", "pass 0 or more")]
    [InlineData("--seed", "9999999999", "from 0 to 2147483646")]
    [InlineData("--seed", "1.5", "such as 42")]
    [InlineData("--predict", "1e400", "too large for a double")]
    [InlineData("--learning-rate", "١٢", "digits 0-9")]
    [InlineData("--predict", "", "digits 0-9")]
    [InlineData("--epochs", "++5", "digits 0-9")]
    [InlineData("--epochs", "+-5", "digits 0-9")]
    [InlineData("--epochs", "-+5", "digits 0-9")]
    [InlineData("--seed", "--5", "digits 0-9")]
    [InlineData("--learning-rate", "1e-400", "too small for a double: it would be 0")]
    [InlineData("--initial-weight", "-2.5e-999", "too small for a double: it would be 0")]
    public void Run_NumberOutOfRangeOrNotInDigits_ExitsWith2AndOneLineReason(string option, string value, string expected)
    {
        var (exitCode, output, error) = Cli.Run(option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, expected);
    }

    // 4. Clear reasons for a prediction that overflows and for a start that is too far away.

    [Theory]
    [InlineData("1e308")]
    [InlineData("1e308", "--json")]
    [InlineData("-1.7e308", "--json")]
    public void Run_PredictionOverflows_ExitsWith2AndOneLineReason(string celsius, params string[] more)
    {
        var (exitCode, output, error) = Cli.Run([.. more, "--predict", celsius, "--epochs", "100"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "--predict");
        Assert.Contains("too large", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--initial-weight", "1e200")]
    [InlineData("--initial-bias", "-1e300")]
    public void Run_StartTooFarAway_BlamesTheStartNotTheLearningRate(string option, string value)
    {
        var (exitCode, output, error) = Cli.Run(option, value);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, option);
        Assert.Contains("start", error, StringComparison.Ordinal);
        Assert.DoesNotContain("learning rate", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TrainingDivergedException_AtEpochZero_BlamesTheStart()
    {
        var exception = new TrainingDivergedException(0, 0.0005, 0.000609, []);

        Assert.Contains("start", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("learning rate", exception.Message, StringComparison.Ordinal);
    }

    // 5. Ctrl+C.

    /// <summary>Cancels <paramref name="source"/> in the <paramref name="at"/>-th progress report (1 is the first, at epoch 0).</summary>
    private sealed class CancelAtReport(CancellationTokenSource source, int at) : IProgress<TrainingProgress>
    {
        public int Reports { get; private set; }

        public void Report(TrainingProgress value)
        {
            if (++Reports == at)
            {
                source.Cancel();
            }
        }
    }

    /// <summary>A StringWriter that runs <paramref name="first"/> when something is first written to it.</summary>
    private sealed class FirstWriteWriter(Action? first) : StringWriter(CultureInfo.InvariantCulture)
    {
        private Action? first = first;

        public override void Write(char value)
        {
            Fire();
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Fire();
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Fire();
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Fire();
            base.Write(buffer);
        }

        private void Fire()
        {
            var action = first;
            first = null;
            action?.Invoke();
        }
    }

    [Fact]
    public async Task RunAsync_CancelledDuringTraining_ExitsWith130AndNoStackTrace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();
        var cancel = new CancelAtReport(cancellation, 1);

        int exitCode = await NanoNeuronCommand.RunAsync(["--epochs", "10000000"], output, error, cancel, cancellation.Token);

        Assert.Equal(130, exitCode);
        Assert.Empty(output.ToString());
        Cli.AssertOneLineReason(error.ToString(), "stopped");
        Assert.Contains("during training", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, cancel.Reports);
    }

    [Fact]
    public async Task RunAsync_CancelledAfterTheLastEpoch_ExitsWith130AndWritesNoChart()
    {
        string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            using var cancellation = new CancellationTokenSource();
            // 2,000 epochs report at epochs 0, 1,024 and 2,000; the last report comes after the trainer's last look at the token.
            var cancel = new CancelAtReport(cancellation, 3);

            int exitCode = await NanoNeuronCommand.RunAsync(
                ["--epochs", "2000", "--chart", Path.Combine(folder, "c.html")], output, error, cancel, cancellation.Token);

            Assert.Equal(130, exitCode);
            Assert.Empty(output.ToString());
            Cli.AssertOneLineReason(error.ToString(), "stopped");
            Assert.Contains("before the results were written", error.ToString(), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_CancelledWhileTheResultsAreWritten_WritesThemInFullAndExitsWith0()
    {
        var (_, expected, _) = Cli.Run("--epochs", "2000", "--json");
        using var cancellation = new CancellationTokenSource();
        using var output = new FirstWriteWriter(cancellation.Cancel);
        using var error = new StringWriter();

        int exitCode = await NanoNeuronCommand.RunAsync(["--epochs", "2000", "--json"], output, error, cancellation.Token);

        Assert.True(cancellation.IsCancellationRequested);
        Assert.Equal(0, exitCode);
        Assert.Equal(expected, output.ToString());
        Assert.Empty(error.ToString());
    }

    /// <summary>
    /// Ctrl+C at any moment the run can notice: before it starts (while System.CommandLine parses and invokes, which never
    /// look at the token), at any progress report (each right after one of the trainer's looks, the last one after the last
    /// epoch), or when the results start to be written. Before the results are written the run stops: exit 130, nothing on
    /// stdout, one line on stderr, no chart file and no temporary file. After that it finishes exactly as an uncancelled run.
    /// </summary>
    [Fact]
    public void RunAsync_CancelledAtAnyMoment_StopsWithNothingWrittenOrFinishesInFull()
    {
        var cases =
            from epochs in Gen.OneOf(Gen.Int[0, 3_100], Gen.Const(1024), Gen.Const(2048))
            from json in Gen.Bool
            from chart in Gen.Int[0, 3].Select(i => i == 0)
            // 0: before the run; 1 to Reports(epochs): in that progress report; Reports(epochs) + 1: at the first write to stdout.
            from moment in Gen.Int[0, Reports(epochs) + 1]
            select (Epochs: epochs, Json: json, Chart: chart, Moment: moment);

        cases.Sample(example =>
        {
            var (epochs, json, chart, moment) = example;
            int reports = Reports(epochs);
            string folder = Directory.CreateTempSubdirectory("nanoneuron-").FullName;
            string path = Path.Combine(folder, "c.html");
            try
            {
                string[] args = ["--epochs", epochs.ToString(CultureInfo.InvariantCulture), .. json ? ["--json"] : Array.Empty<string>()];
                var (_, uncancelled, _) = Cli.Run(args);
                using var cancellation = new CancellationTokenSource();
                if (moment == 0)
                {
                    cancellation.Cancel();
                }

                var cancel = new CancelAtReport(cancellation, moment);
                using var output = new FirstWriteWriter(moment == reports + 1 ? cancellation.Cancel : null);
                using var error = new StringWriter();

                int exitCode = NanoNeuronCommand.RunAsync([.. args, .. chart ? ["--chart", path] : Array.Empty<string>()], output, error, cancel, cancellation.Token)
                    .GetAwaiter().GetResult();

                Assert.True(cancellation.IsCancellationRequested);
                // Cancelled in a report, the run stops at the trainer's next look, before the next report.
                Assert.Equal(Math.Min(moment, reports), cancel.Reports);
                if (moment <= reports)
                {
                    Assert.Equal(130, exitCode);
                    Assert.Empty(output.ToString());
                    Cli.AssertOneLineReason(error.ToString(), "stopped: Ctrl+C");
                    Assert.Empty(Directory.GetFileSystemEntries(folder));
                }
                else
                {
                    Assert.Equal(0, exitCode);
                    Assert.Equal(uncancelled + (chart && !json ? $"Chart written to {path}{Environment.NewLine}" : ""), output.ToString());
                    Assert.Empty(error.ToString());
                    Assert.Equal(chart ? [path] : [], Directory.GetFileSystemEntries(folder));
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }, iter: 60, threads: 1);
    }

    /// <summary>How many progress reports a run of <paramref name="epochs"/> makes: one every 1,024 epochs from 0, and one after the last.</summary>
    private static int Reports(int epochs) => epochs / TrainingOptions.ProgressInterval + 1 + (epochs % TrainingOptions.ProgressInterval == 0 ? 0 : 1);

    [Theory]
    [InlineData(20_001)]
    [InlineData(10_000)]
    [InlineData(1)]
    [InlineData(0)]
    public void Run_CancellableTraining_GivesTheTeachingPathsBits(int epochs)
    {
        var (exitCode, output, error) = Cli.Run("--initial-weight", "0.9492", "--initial-bias", "0.4570", "--epochs", epochs.ToString(CultureInfo.InvariantCulture));

        Assert.True(exitCode == 0, error);
        var expected = Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train, epochs);
        Assert.Contains($"Cost after the training: {expected.CostAfter.ToString("R", CultureInfo.InvariantCulture)}", output, StringComparison.Ordinal);
        Assert.Contains($"w = {expected.Model.Weight.ToString("R", CultureInfo.InvariantCulture)}, b = {expected.Model.Bias.ToString("R", CultureInfo.InvariantCulture)}", output, StringComparison.Ordinal);
        if (epochs > 0)
        {
            Assert.Contains($"instead: {expected.CostHistory[^2].ToString("R", CultureInfo.InvariantCulture)})", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeTraining_ExitsWith130()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = await NanoNeuronCommand.RunAsync(["--epochs", "100"], output, error, new CancellationToken(canceled: true));

        Assert.Equal(130, exitCode);
        Assert.Empty(output.ToString());
        Cli.AssertOneLineReason(error.ToString(), "Ctrl+C");
    }

    [Fact]
    public async Task RunAsync_NotCancelled_GivesTheOriginalsNumbersExactly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var cancellation = new CancellationTokenSource();

        int exitCode = await NanoNeuronCommand.RunAsync(["--initial-weight", "0.9492", "--initial-bias", "0.4570", "--json"], output, error, cancellation.Token);

        Assert.True(exitCode == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        Bits.Equal(1.8000660993166346, json.RootElement.GetProperty("weight").GetDouble(), "weight");
        Bits.Equal(31.995615750787184, json.RootElement.GetProperty("bias").GetDouble(), "bias");
        var expected = Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train);
        Bits.Equal(expected.CostAfter, json.RootElement.GetProperty("costAfter").GetDouble(), "costAfter");
    }
}
