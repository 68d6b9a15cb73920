using System.Globalization;
using CsCheck;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Expect ties a number in a lesson's text to the code.</summary>
public class ExpectTests
{
    [Fact]
    public void Expect_AgreeingValue_IsReturned()
    {
        Assert.Equal(0.0006089677, Expect.About(0.0006089677, 0.000609, 5e-7));
        Assert.Equal(7.0, Expect.Exactly(7.0, 7.0));
    }

    [Fact]
    public void Expect_DisagreeingValue_SaysWhichAndHowToFix()
    {
        var about = Assert.Throws<InvalidOperationException>(() => Expect.About(3.7, 3.61, 0.01));
        Assert.Contains("The text says 3.61", about.Message, StringComparison.Ordinal);
        Assert.Contains("computed 3.7", about.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(1333, 1332));
        Assert.Throws<InvalidOperationException>(() => Expect.About(double.NaN, 0, 1));
    }

    /// <summary>Any tolerance that is negative, NaN or infinite is refused, whatever the values: never "text and code differ" when they agree, never a check that cannot fail.</summary>
    [Fact]
    public void About_ToleranceNegativeOrNotFinite_IsRefusedNamingIt()
    {
        Gen.Select(Gen.OneOf(Gen.Double[-1e308, -double.Epsilon], Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity)), Gen.Double[-1e6, 1e6], Gen.Double[-1e6, 1e6])
            .Sample((tolerance, actual, stated) =>
            {
                var error = Assert.Throws<ArgumentException>(() => Expect.About(actual, stated, tolerance));
                Assert.Equal("tolerance", error.ParamName);
                Assert.Contains("pass 0 or a positive finite number", error.Message, StringComparison.Ordinal);
            }, iter: 300, threads: 1);
        Assert.Equal(1.0, Expect.About(1, 1, 0));
    }

    [Fact]
    public void About_ValuesNotFinite_SayWhichIsNotAFiniteNumber()
    {
        Assert.Equal("stated", Assert.Throws<ArgumentException>(() => Expect.About(double.PositiveInfinity, double.PositiveInfinity, 0.1)).ParamName);
        Assert.Equal("stated", Assert.Throws<ArgumentException>(() => Expect.About(1, double.NaN, 0.1)).ParamName);
        var computed = Assert.Throws<InvalidOperationException>(() => Expect.About(double.PositiveInfinity, 1, 0.1));
        Assert.Contains("computed Infinity, which is not a finite number: correct the code", computed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_Null_IsShownAsNull()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly<string?>(null, "a"));
        Assert.Contains("The text says a but the code computed null:", error.Message, StringComparison.Ordinal);
        Assert.Contains("The text says null but the code computed a:", Assert.Throws<InvalidOperationException>(() => Expect.Exactly<string?>("a", null)).Message, StringComparison.Ordinal);
    }

    /// <summary>Any two arrays or lists with equal elements pass; any that differ are shown element by element, not as type names.</summary>
    [Fact]
    public void Exactly_Sequences_AreComparedAndShownElementByElement()
    {
        Gen.Double[-1e6, 1e6].Array[0, 12].Sample(values =>
        {
            Assert.Equal(values, Expect.Exactly((double[])values.Clone(), values));
            Assert.Equal(values, Expect.Exactly(values.ToList(), [.. values]));
            double[] other = [.. values, 1];
            var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(values, other));
            Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
            Assert.Contains(values.Length <= 10 ? $"computed [{string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}]" : ", …]", error.Message, StringComparison.Ordinal);
        }, iter: 200, threads: 1);
        Assert.Contains("The text says [1, 3] but the code computed [1, 2] (element 2 differs):", Assert.Throws<InvalidOperationException>(() => Expect.Exactly(new List<int> { 1, 2 }, [1, 3])).Message, StringComparison.Ordinal);
    }

    /// <summary>A record (whose own ToString uses the current culture) is shown invariant in a German notebook.</summary>
    [Fact]
    public void Exactly_Record_IsShownInvariantUnderAnyCulture()
    {
        var before = CultureInfo.CurrentCulture;
        var german = NanoNeuron.Testing.OtherCulture.GermanLike;
        CultureInfo.CurrentCulture = german;
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(new Neuron(1.5, 2), new Neuron(1.5, 3)));
            Assert.Contains("The text says Neuron { Weight = 1.5, Bias = 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("computed Neuron { Weight = 1.5, Bias = 2", error.Message, StringComparison.Ordinal);
            Assert.Same(german, CultureInfo.CurrentCulture);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    /// <summary>Any tolerance above max(|stated|, 1) is refused (a check that could hardly fail); up to it, the check runs.</summary>
    [Fact]
    public void About_ToleranceAboveTheStatedValue_IsRefused()
    {
        Gen.Select(Gen.Double[-1e300, 1e300], Gen.Double[1.000001, 1e8]).Sample((stated, factor) =>
        {
            double bound = Math.Max(Math.Abs(stated), 1);
            var error = Assert.Throws<ArgumentException>(() => Expect.About(stated, stated, Math.Min(bound * factor, double.MaxValue)));
            Assert.Equal("tolerance", error.ParamName);
            Assert.Contains("could hardly fail", error.Message, StringComparison.Ordinal);
            Assert.Equal(stated, Expect.About(stated, stated, bound));
        }, iter: 300, threads: 1);
        Assert.Throws<ArgumentException>(() => Expect.About(1, 1e300, double.MaxValue));
        Assert.Equal(0.5, Expect.About(0.5, 0, 1));
    }

    /// <summary>
    /// Nested sequences are compared element by element, sets in any order, a difference past the tenth element is
    /// named, invisible characters are escaped, and a list that holds itself is a failed check, never a stack overflow
    /// (attack 5, E1–E5).
    /// </summary>
    [Fact]
    public void Exactly_NestedSetsLongSequencesInvisibleCharactersAndCycles()
    {
        double[][] one = [[1.0]], sameOne = [[1.0]], two = [[2.0]];
        Assert.Same(one, Expect.Exactly(one, sameOne));
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(one, two));
        Expect.Exactly(new HashSet<int> { 1, 2 }, new HashSet<int> { 2, 1 });
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(new HashSet<int> { 1, 2 }, new HashSet<int> { 1, 3 }));

        int[] computed = [.. Enumerable.Range(0, 12)];
        int[] stated = [.. Enumerable.Range(0, 11), 99];
        var late = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(computed, stated));
        Assert.Contains("(element 12 differs: the text's is 99, the code's 11)", late.Message, StringComparison.Ordinal);
        int[] pair = [1, 2], triple = [1, 2, 3];
        var shorter = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(pair, triple));
        Assert.Contains("(element 3 differs)", shorter.Message, StringComparison.Ordinal);

        var hidden = Assert.Throws<InvalidOperationException>(() => Expect.Exactly("a\u200b", "a"));
        Assert.Contains("the code computed a\\u200b", hidden.Message, StringComparison.Ordinal);

        var selfish = new List<object>();
        selfish.Add(selfish);
        var other = new List<object>();
        other.Add(other);
        var cycle = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(selfish, other));
        Assert.Contains("nested more than 8 levels deep (a list that holds itself?)", cycle.Message, StringComparison.Ordinal);
        Assert.Same(selfish, Expect.Exactly(selfish, selfish));
    }

    /// <summary>
    /// What printed alike or read twice (attack 6, X-1–X-16): shapes of arrays, dictionaries in another order, values of
    /// other types that print alike, an endless sequence, a sequence that can be read only once.
    /// </summary>
    [Fact]
    public void Exactly_ShapesDictionariesTypesEndlessAndOneShotSequences()
    {
        double[,] row = { { 1, 2 } }, column = { { 1 }, { 2 } };
        var shape = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(row, column));
        Assert.Contains("they print alike, but the text's is an array of 2 × 1 and the code's of 1 × 2", shape.Message, StringComparison.Ordinal);

        var forward = new Dictionary<string, List<int>> { ["a"] = [1], ["b"] = [2] };
        var backward = new Dictionary<string, List<int>> { ["b"] = [2], ["a"] = [1] };
        Assert.Same(forward, Expect.Exactly(forward, backward));
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(forward, new Dictionary<string, List<int>> { ["a"] = [1], ["b"] = [3] }));

        var types = Assert.Throws<InvalidOperationException>(() => Expect.Exactly<object>("1", 1));
        Assert.Contains("they print alike, but the text's is an Int32 and the code's a String", types.Message, StringComparison.Ordinal);
        object?[] withNull = [null], withText = ["null"];
        Assert.Contains("the text's is a String and the code's null", Assert.Throws<InvalidOperationException>(() => Expect.Exactly(withNull, withText)).Message, StringComparison.Ordinal);

        var endless = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(Forever(), Forever()));
        Assert.Contains("more than 1,000,000 elements (an endless sequence?)", endless.Message, StringComparison.Ordinal);

        var once = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(Once(1, 2), Once(1, 3)));
        Assert.Contains("The text says [1, 3] but the code computed [1, 2] (element 2 differs)", once.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Two sets of 200,000 numbers in opposite orders, and two dictionaries of 200,000 entries, are matched by hash and
    /// judged equal; sets that differ in one element are not (attack 8, A8-13: the one-pair-at-a-time match took minutes).
    /// </summary>
    [Fact]
    public void Exactly_SetsAndDictionariesOf200000_AreMatchedByHash()
    {
        var forward = new HashSet<int>(Enumerable.Range(0, 200_000));
        Assert.Same(forward, Expect.Exactly<object>(forward, new HashSet<int>(Enumerable.Range(0, 200_000).Reverse())));
        var entries = Enumerable.Range(0, 200_000).ToDictionary(i => $"k{i}", i => (double)i);
        Assert.Same(entries, Expect.Exactly(entries, new Dictionary<string, double>(entries.Reverse())));

        var other = new HashSet<int>(Enumerable.Range(1, 200_000));
        var differs = Assert.Throws<InvalidOperationException>(() => Expect.Exactly<object>(forward, other));
        Assert.Contains("but the code computed [0, 1, 2", differs.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Any two sets of arrays compared by value (the sets by reference, so equal arrays may repeat) are judged equal by
    /// the hash match exactly when they hold the same arrays as often: the hash never misses a match nor makes one.
    /// </summary>
    [Fact]
    public void Exactly_SetsWithRepeatedValues_AreEqualExactlyWhenTheyHoldTheSameValuesAsOften()
    {
        var arrays = Gen.Int[0, 3].Array[0, 3].Array[0, 8];
        Gen.Select(arrays, arrays, Gen.Int).Sample((mine, theirs, seed) =>
        {
            var random = new Random(seed);
            var shuffled = mine.Select(a => (int[])a.Clone()).OrderBy(_ => random.Next()).ToArray();
            var set = new HashSet<int[]>(mine, ReferenceEqualityComparer.Instance);
            Assert.Same(set, Expect.Exactly(set, new HashSet<int[]>(shuffled, ReferenceEqualityComparer.Instance)));

            static string Tally(int[][] values) => string.Join("|", values.Select(a => $"[{string.Join(",", a)}]").Order(StringComparer.Ordinal));
            var other = new HashSet<int[]>(theirs, ReferenceEqualityComparer.Instance);
            bool same = Tally(mine) == Tally(theirs);
            Assert.Equal(same, Record.Exception(() => Expect.Exactly(set, other)) is null);
        }, iter: 500, threads: 1);
    }

    /// <summary>
    /// Sequences nested 1,000 × 1,000 × 1,000 (a billion numbers, read lazily) are refused once a million elements have
    /// been read in all, and say so, instead of filling the memory (attack 8, A8-13).
    /// </summary>
    [Fact]
    public void Exactly_NestedSequencesOfABillion_AreRefusedAfterAMillionElementsInAll()
    {
        long read = 0;
        var cube = Enumerable.Range(0, 1000).Select(_ => Enumerable.Range(0, 1000).Select(_ => Enumerable.Range(0, 1000).Select(i => { read++; return i; })));
        var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly<object>(cube, Array.Empty<int>()));
        Assert.Equal("The text's value and the code's cannot be compared: it holds more than 1,000,000 elements in all, counting those of the sequences inside it, more than Expect compares. Compare a part of it, or its length.", error.Message);
        Assert.InRange(read, 990_000, 1_000_000);

        int[][] square = [.. Enumerable.Range(0, 999).Select(_ => new int[999])];
        Assert.Same(square, Expect.Exactly(square, [.. square.Select(row => (int[])row.Clone())]));
    }

    /// <summary>
    /// A set of records (whose hash Expect does not trust to agree with their Equals) is matched one pair at a time up to
    /// 10,000 elements, and above that refused with how to compare it instead (attack 8, A8-13).
    /// </summary>
    [Fact]
    public void Exactly_SetsOfRecordsAbove10000_AreRefusedSayingToSortThem()
    {
        var few = new HashSet<Neuron>(Enumerable.Range(0, 100).Select(i => new Neuron(i, 1)));
        Assert.Same(few, Expect.Exactly(few, new HashSet<Neuron>(few.Reverse())));
        Assert.Throws<InvalidOperationException>(() => Expect.Exactly(few, new HashSet<Neuron>(Enumerable.Range(1, 100).Select(i => new Neuron(i, 1)))));

        var many = new HashSet<Neuron>(Enumerable.Range(0, 20_000).Select(i => new Neuron(i, 1)));
        var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(many, new HashSet<Neuron>(many.Reverse())));
        Assert.Contains("it holds sets or dictionaries of more than 10,000 elements in all with a Neuron inside, which Expect matches in any order only one pair at a time", error.Message, StringComparison.Ordinal);
        Assert.Contains("turn each into a list in one order, such as .OrderBy(x => x.ToString()).ToList(), and compare those", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Where two sequences that print alike differ, the elements named are escaped too (attack 8, A8-14).</summary>
    [Fact]
    public void Exactly_DifferenceAfterTheTenthElement_IsShownEscaped()
    {
        string[] computed = [.. Enumerable.Repeat("a", 11), "b\u202e\0"];
        string[] stated = [.. Enumerable.Repeat("a", 11), "b"];
        var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(computed, stated));
        Assert.Contains("(element 12 differs: the text's is b, the code's b\\u202e\\u0000)", error.Message, StringComparison.Ordinal);
        Assert.Equal(CheckerTests.Escape(error.Message), error.Message);
    }

    private static IEnumerable<int> Forever()
    {
        for (int i = 0; ; i++)
        {
            yield return i;
        }
    }

    private static IEnumerable<int> Once(params int[] values)
    {
        bool read = false;
        return Read();

        IEnumerable<int> Read()
        {
            if (read)
            {
                yield break;
            }

            read = true;
            foreach (int value in values)
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// Attack 14, A14b-3: two long values of any length that differ are each shown in 300 characters from a little before
    /// where they first differ, saying how long they are (two 10-million-character strings gave a 20 MB message; attack 15:
    /// cut at their start, the two looked the same); never half of an emoji; short ones in full, as before.
    /// </summary>
    [Fact]
    public void Exactly_LongValues_AreCutSayingHowLongTheyAre()
    {
        Gen.Int[301, 200_000].Sample(length =>
        {
            string stated = new('a', length), computed = new string('a', length - 1) + "b";
            var error = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(computed, stated));
            Assert.True(error.Message.Length < 1_000, error.Message[..200]);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"aa ({length:N0} characters in all) but the code computed (from character "), error.Message, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"ab ({length:N0} characters in all)"), error.Message, StringComparison.Ordinal); // attack 15: where they differ is shown
        }, iter: 30, threads: 1);
        string emoji = string.Concat(Enumerable.Repeat("😀", 400));
        var split = Assert.Throws<InvalidOperationException>(() => Expect.Exactly(emoji + "b", emoji + "a"));
        Assert.DoesNotContain("\ud83d…", split.Message, StringComparison.Ordinal); // never half a pair
        Assert.True(System.Text.Unicode.Utf8.FromUtf16(split.Message, new byte[split.Message.Length * 3], out _, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done, "the message splits a pair of UTF-16 halves");
        Assert.Equal("The text says aaa but the code computed aab: correct the text or the code.", Assert.Throws<InvalidOperationException>(() => Expect.Exactly("aab", "aaa")).Message);
    }
}
