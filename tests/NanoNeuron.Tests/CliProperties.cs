using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json;
using CsCheck;
using NanoNeuron.Cli;
using NanoNeuron.Tools;
using Xunit.Abstractions;

namespace NanoNeuron.Tests;

/// <summary>
/// Random arguments for the command line, run in-process under a random culture (invariant, German-like, French-like):
/// plausible numbers on both sides of 2/λmax and of overflow, decimal commas, NaN, infinities, huge and negative values,
/// empty strings, other scripts' digits and random text. Whatever comes in, the exit code is 0, 1 or 2 with nothing that
/// looks like a stack trace, a refusal is one line, and a run that exits 0 reports only finite numbers, read the invariant
/// way, from a cost that did not grow. Epoch counts that would train are at most 300, so each case takes milliseconds.
/// </summary>
public class CliProperties(ITestOutputHelper log)
{
    private const int Iterations = 2_000;

    private static readonly string[] Awkward =
    [
        "", " ", "-", "+", ".", ",", "e", "1e", "NaN", "nan", "-NaN", "Infinity", "-Infinity", "∞", "-∞", "1e308", "-1e308", "1.7976931348623157e308",
        "1e309", "-1e400", "5e-324", "1e-400", "0", "-0", "36,6", "0,5", "1,5e3", "70,000", "70.000", "70 000", "70\u202F000", "1_000", "0x10", "١٢",
        "１２", "½", "२३", "0.000609", "0.00061", "0.00060896", "0.00060897", "1", "2147483647", "2147483648", "-2147483649", "99999999999",
        "10000001", "1e200", "-1e200", "1e153", "1e150", "--json", "--help", "--", "x", "٫5", "0.5\u00A0", "\t3", "+70", "3.", ".5", "1.2.3", "0e0",
    ];

    private static readonly string[] Cultures = ["", "de", "fr"];

    private static int tried;
    private static int handled;
    private static readonly int[] ExitCodes = new int[3];

    private sealed record Case(string Culture, string[] Args)
    {
        public override string ToString() => $"culture '{Culture}', args [{string.Join(" | ", Args)}]";
    }

    /// <summary>An epoch count the command line would accept and that takes more than milliseconds.</summary>
    private static bool TrainsForLong(string epochs) =>
        int.TryParse(epochs, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && count is > 300 and <= NanoNeuronCommand.MaxEpochs;

    [Fact]
    public void Run_AnyArguments_ExitsCleanlyAndReportsOnlyFiniteNumbersReadTheInvariantWay()
    {
        var awkward =
            from kind in Gen.Int[0, 2]
            from pick in Pick(Awkward)
            from random in Gen.String
            from any in Gen.Double
            select kind switch { 0 => pick, 1 => random, _ => Format(any) };
        Gen<string> Value(Gen<string> plausible) =>
            from isPlausible in Gen.Int[0, 9]
            from p in plausible
            from a in awkward
            select isPlausible < 7 ? p : a;
        var exponent =
            from mantissa in Gen.Double[-9.99, 9.99]
            from power in Gen.Int[-310, 310]
            select string.Create(CultureInfo.InvariantCulture, $"{mantissa:0.###}e{power}");

        var options = new (string Name, Gen<string> Value)[]
        {
            ("--epochs", Value(Gen.Int[0, 300].Select(e => e.ToString(CultureInfo.InvariantCulture))).Where(e => !TrainsForLong(e))),
            ("--learning-rate", Value(Gen.Double[1e-6, 2e-3].Select(Format))),
            ("--initial-weight", Value(Gen.OneOf(Gen.Double[-1e3, 1e3].Select(Format), exponent))),
            ("--initial-bias", Value(Gen.OneOf(Gen.Double[-1e3, 1e3].Select(Format), exponent))),
            ("--predict", Value(Gen.OneOf(Gen.Double[-1e3, 1e3].Select(Format), exponent))),
            ("--seed", Value(Gen.OneOf(Gen.Int[0, NanoNeuronCommand.MaxSeed], Gen.Int).Select(s => s.ToString(CultureInfo.InvariantCulture)))),
        };
        var pairs = options.Select(o =>
            from present in Gen.Bool
            from value in o.Value
            select present ? new[] { o.Name, value } : []).ToArray();
        var generator =
            from culture in Pick(Cultures)
            from chosen in Gen.Select(pairs[0], pairs[1], pairs[2], pairs[3], pairs[4], pairs[5])
            from epochs in Gen.Int[0, 300]
            from json in Gen.Bool
            from chart in Pick(["", "chart.png", "/no/such/folder/c.html", "none", "none", "none", "none"])
            select new Case(culture,
                [.. chosen.Item1.Length == 0 ? ["--epochs", epochs.ToString(CultureInfo.InvariantCulture)] : chosen.Item1,
                 .. chosen.Item2, .. chosen.Item3, .. chosen.Item4, .. chosen.Item5, .. chosen.Item6,
                 .. json ? ["--json"] : Array.Empty<string>(),
                 .. chart == "none" ? [] : new[] { "--chart", chart }]);

        generator.Sample(Check, iter: Iterations, threads: 1);

        log.WriteLine($"{tried} argument lists tried, {handled} handled cleanly (exit 0: {ExitCodes[0]}, 1: {ExitCodes[1]}, 2: {ExitCodes[2]})");
        Assert.Equal(tried, handled);
        Assert.True(tried >= Iterations, $"{tried} tried");
    }

    /// <summary>
    /// Any seed, the colliding ones above all (s and −s, int.MaxValue and int.MinValue beside 0): a seed the command line
    /// accepts gives a start that no other accepted seed gives, and one it refuses is refused with the seed it would copy.
    /// </summary>
    [Fact]
    public void Run_AnyTwoSeeds_AreRefusedOrGiveDifferentStarts()
    {
        var seed = Gen.OneOf(Gen.Int, Gen.Int[-3, 3], Gen.OneOf(Gen.Const(int.MaxValue), Gen.Const(int.MinValue), Gen.Const(NanoNeuronCommand.MaxSeed)));
        var pair =
            from first in seed
            from mirror in Gen.Int[0, 2]
            from other in seed
            select (First: first, Second: mirror switch { 0 => other, 1 => first == int.MinValue ? 0 : -first, _ => first == 0 ? int.MaxValue : int.MinValue });

        pair.Sample(example =>
        {
            var first = Start(example.First);
            var second = Start(example.Second);
            if (first is { } a && second is { } b && example.First != example.Second)
            {
                Assert.NotEqual(a, b);
            }
        }, iter: 300, threads: 1);
    }

    /// <summary>The start the command line trains from with <paramref name="seed"/>, or null if it refuses the seed (checked to be out of 0..MaxSeed).</summary>
    private static (double, double)? Start(int seed)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = NanoNeuronCommand.Run(["--seed", seed.ToString(CultureInfo.InvariantCulture), "--epochs", "0", "--json"], output, error);
        if (seed is < 0 or > NanoNeuronCommand.MaxSeed)
        {
            Assert.Equal(2, exitCode);
            Assert.Contains($"--seed is {seed.ToString(CultureInfo.InvariantCulture)}: pass a seed from 0 to 2147483646", error.ToString(), StringComparison.Ordinal);
            Assert.Contains($"the same start as {(seed is int.MinValue or int.MaxValue ? 0 : -seed).ToString(CultureInfo.InvariantCulture)}.", error.ToString(), StringComparison.Ordinal);
            return null;
        }

        Assert.True(exitCode == 0, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        return (json.RootElement.GetProperty("weight").GetDouble(), json.RootElement.GetProperty("bias").GetDouble());
    }

    private static readonly string[] Hidden = ["\u0001", "\u0007", "\t", "\n", "\r", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e", "\u2066", "\u200f"];

    /// <summary>
    /// Any option given a value with characters a terminal does not show as themselves (control characters, line breaks,
    /// bidirectional overrides): whatever the command line echoes, it escapes, so a refusal stays one visible line.
    /// </summary>
    [Fact]
    public void Run_ValuesWithHiddenCharacters_AreEchoedEscaped()
    {
        string[] options = ["--epochs", "--learning-rate", "--initial-weight", "--initial-bias", "--seed", "--predict", "--chart", "--no-such-option"];
        var cases =
            from option in Pick(options)
            from before in Pick(["", "5", "0.001", "x", "/no/such/folder/c"])
            from hidden in Pick(Hidden)
            from after in Pick(["", "5", ".html", "e3"])
            // A chart path that could be written would be written into the working folder: this one's folder does not exist.
            select (Option: option, Value: (option == "--chart" ? "/no/such/folder/" : "") + before + hidden + after);

        cases.Sample(example =>
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exitCode = NanoNeuronCommand.Run(["--epochs", "0", example.Option, example.Value], output, error);

            string message = $"{example.Option} '{PrintableText.Escape(example.Value)}': exit {exitCode}\n{PrintableText.Escape(output + "" + error)}";
            Assert.True(exitCode is 0 or 1 or 2, message);
            Assert.True(exitCode == 0 || error.ToString().TrimEnd().Split('\n').Length == 1, message);
            Assert.True((output + "" + error).Split('\n').All(line => PrintableText.Escape(line) == line), message);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Run_ControlCharacterInANumber_IsShownEscaped()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, NanoNeuronCommand.Run(["--epochs", "5\u0001"], output, error));
        Assert.Contains("--epochs is '5\\u0001'", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every character a terminal would not show as itself, in any plane: the white space that is not ASCII (no-break, em,
    /// ideographic spaces, NEL, the line and paragraph separators) and every format character (category Cf: zero-width
    /// spaces and joiners, U+2060–U+2064, the byte order mark, the bidirectional marks, the tags of plane 14).
    /// </summary>
    private static readonly string[] Invisible =
    [
        .. Enumerable.Range(0, 0x110000).Where(code => code is < 0xD800 or > 0xDFFF).Select(code => new Rune(code))
            .Where(rune => rune.Value > 0x7F && Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            .Select(rune => rune.ToString()),
    ];

    /// <summary>
    /// A whole number that --epochs or --seed would take, with any such character before, after or inside it: refused as
    /// not written with the digits 0-9 (never as too large, which it is not), the character shown as \uXXXX. Only ASCII's
    /// white space around a number is skipped, as int.Parse skips it.
    /// </summary>
    [Fact]
    public void Run_WholeNumberWithAnyInvisibleCharacter_IsRefusedAsNotADigitAndShownEscaped()
    {
        Assert.Contains("\u00a0", Invisible);
        Assert.Contains("\u200b", Invisible);
        Assert.Contains("\ufeff", Invisible);
        var cases =
            from option in Pick(["--epochs", "--seed"])
            from number in Gen.Int[0, 10_000_000]
            from invisible in Pick(Invisible)
            from place in Gen.Int[0, 2]
            from ascii in Pick(["", " ", "\t"])
            select (Option: option, Number: number.ToString(CultureInfo.InvariantCulture), Invisible: invisible, Place: place, Ascii: ascii);

        cases.Sample(example =>
        {
            string number = example.Number;
            string value = example.Ascii + example.Place switch
            {
                0 => example.Invisible + number,
                1 => number + example.Invisible,
                _ => number[..(number.Length / 2)] + example.Invisible + number[(number.Length / 2)..],
            } + example.Ascii;

            string[] args = example.Option == "--epochs" ? ["--epochs", value] : ["--seed", value, "--epochs", "0"];
            var (exitCode, output, error) = Cli.Run(args);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Cli.AssertOneLineReason(error, $"{example.Option} is '{PrintableText.Escape(value)}': pass a whole number written with the digits 0-9");
            Assert.Contains(string.Concat(example.Invisible.Select(c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"))), error, StringComparison.Ordinal);
            Assert.DoesNotContain("at most", error, StringComparison.Ordinal);
            Assert.True(Visible(error.TrimEnd()), error);
        }, iter: 3_000, threads: 1);
    }

    [Theory]
    [InlineData(" 5 ", 5)]
    [InlineData("\t5\r\n", 5)]
    [InlineData("+5", 5)]
    public void Run_WholeNumberWithAsciiWhiteSpaceOrASign_IsRead(string value, int expected)
    {
        var (exitCode, output, error) = Cli.Run("--epochs", value, "--json");

        Assert.True(exitCode == 0, error);
        Assert.Contains($"\"epochs\": {expected}", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every character, in every plane, escaped alone: a character a terminal would not show as itself (a control or format
    /// character, a separator, any space but ASCII's) becomes \uXXXX (two of them beyond U+FFFF), every other one is kept.
    /// </summary>
    [Fact]
    public void Escape_EveryCharacter_IsKeptIfVisibleAndEscapedOtherwise()
    {
        UnicodeCategory[] hidden = [UnicodeCategory.Control, UnicodeCategory.Format, UnicodeCategory.LineSeparator, UnicodeCategory.ParagraphSeparator, UnicodeCategory.SpaceSeparator];
        for (int code = 0; code < 0x110000; code++)
        {
            string text = code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
            bool shouldHide = code is >= 0xD800 and <= 0xDFFF || (code != ' ' && hidden.Contains(CharUnicodeInfo.GetUnicodeCategory(text, 0)));
            string expected = shouldHide ? string.Concat(text.Select(c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"))) : text;
            Assert.True(PrintableText.Escape(text) == expected, $"U+{code:X4}: '{PrintableText.Escape(text)}'");
        }
    }

    /// <summary>
    /// Any text, hidden characters and lone surrogate halves mixed in: what Escape gives has none left, and with its escapes
    /// taken out it is the text without them, in the same order.
    /// </summary>
    [Fact]
    public void Escape_AnyText_LeavesNothingHiddenAndKeepsTheRestInOrder()
    {
        var piece = Gen.OneOf(Gen.String[0, 6], Pick(Hidden), Pick(Invisible), Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString()), Pick(["😀", "é", "日本", " "]));
        piece.Array[0, 12].Select(string.Concat).Where(text => !text.Contains('\\', StringComparison.Ordinal)).Sample(text =>
        {
            string shown = PrintableText.Escape(text);
            var kept = new StringBuilder();
            for (int i = 0; i < text.Length;)
            {
                bool valid = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int width) == System.Buffers.OperationStatus.Done;
                if (valid && PrintableText.Escape(rune.ToString()) == rune.ToString())
                {
                    kept.Append(text, i, width);
                }

                i += width;
            }

            Assert.Equal(kept.ToString(), Regex.Replace(shown, @"\\u[0-9a-f]{4}", ""));
            Assert.True(Visible(shown), PrintableText.Escape(shown));
        }, iter: 2_000, threads: 1);
    }

    /// <summary>Whether every character of <paramref name="text"/> is whole (no lone surrogate half) and shown as itself.</summary>
    private static bool Visible(string text)
    {
        for (int i = 0, width; i < text.Length; i += width)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out width) != System.Buffers.OperationStatus.Done || PrintableText.Hidden(rune))
            {
                return false;
            }
        }

        return true;
    }

    private static Gen<string> Pick(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static CultureInfo Culture(string name)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        if (name.Length > 0)
        {
            culture.NumberFormat.NumberDecimalSeparator = ",";
            culture.NumberFormat.NumberGroupSeparator = name == "de" ? "." : "\u202F";
        }

        return culture;
    }

    private static string? Given(string[] args, string option) =>
        Array.IndexOf(args, option) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static void Check(Case example)
    {
        Interlocked.Increment(ref tried);
        string[] args = example.Args;
        if (Given(args, "--epochs") is { } epochs && TrainsForLong(epochs))
        {
            throw new InvalidOperationException($"generator bug: --epochs {epochs} would train for long");
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Culture(example.Culture);
        int exitCode;
        try
        {
            exitCode = NanoNeuronCommand.Run(args, output, error);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        string all = output + "" + error;
        string message = $"culture '{example.Culture}', args [{string.Join(" | ", args)}]: exit {exitCode}\n{all}";
        Assert.True(exitCode is 0 or 1 or 2, message);
        Assert.False(all.Contains("   at ", StringComparison.Ordinal), message);
        Assert.False(all.Contains("Exception", StringComparison.Ordinal), message);
        Assert.True(all.Split('\n').All(line => PrintableText.Escape(line) == line), "echoed a character a terminal does not show: " + message);
        if (exitCode != 0)
        {
            Assert.True(output.ToString().Length == 0, message);
            Assert.True(error.ToString().TrimEnd().Split('\n').Length == 1, message);
        }
        else if (output.ToString().StartsWith("Description:", StringComparison.Ordinal) || args.Contains("--version"))
        {
            // Help (System.CommandLine also reads "-h", "/h", "-?" and "/?", even followed by ':' or '=') or the version.
        }
        else if (args.Contains("--json"))
        {
            using var json = JsonDocument.Parse(output.ToString());
            var root = json.RootElement;
            foreach (var property in root.EnumerateObject())
            {
                Assert.True(double.IsFinite(property.Value.GetDouble()), message);
            }

            foreach (var (option, name) in new[] { ("--learning-rate", "learningRate"), ("--predict", "celsius"), ("--epochs", "epochs") })
            {
                if (Given(args, option) is { } text)
                {
                    Assert.True(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) == root.GetProperty(name).GetDouble(), message);
                }
            }

            Assert.True(root.GetProperty("costAfter").GetDouble() <= root.GetProperty("costBefore").GetDouble(), message);
        }
        else
        {
            Assert.False(all.Contains("NaN", StringComparison.Ordinal) || all.Contains("Infinity", StringComparison.Ordinal) || all.Contains('∞'), message);
            int epochCount = Given(args, "--epochs") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : Hyperparameters.Epochs;
            Assert.True(all.Contains(epochCount.ToString("N0", CultureInfo.InvariantCulture) + " epochs", StringComparison.Ordinal), message);
        }

        Interlocked.Increment(ref ExitCodes[exitCode]);
        Interlocked.Increment(ref handled);
    }
}
