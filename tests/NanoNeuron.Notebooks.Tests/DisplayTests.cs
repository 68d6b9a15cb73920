using System.Globalization;
using CsCheck;
using Microsoft.DotNet.Interactive.Formatting;
using NanoNeuron.Display;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>lib/NanoNeuron.Display without a kernel, and the formatters that register it with the pinned Formatting package.</summary>
public class DisplayTests
{
    private sealed record Row(string Method, double Cost, int Epochs);

    [Theory]
    [InlineData(0.9492, "0.9492")]
    [InlineData(158.0, "158")]
    [InlineData(0.1 + 0.2 + 0.3, "0.6000000000000001")]
    [InlineData(2.4027107865088773e-6, "2.4027107865088773e-6")]
    [InlineData(-1e20, "-1e20")]
    [InlineData(1e-320, "1e-320")]
    [InlineData(double.NaN, "NaN")]
    public void DisplayNumber_ShowsTheShortestRoundTripDecimal(double value, string shown)
    {
        Assert.Equal(shown, DisplayNumber.Format(value));
    }

    [Fact]
    public void DisplayNumber_WholeNumbersHaveCommasBetweenThousands_AndNothingElseIsANumber()
    {
        Assert.Equal("70,000", DisplayNumber.TryFormat(70_000));
        Assert.Equal("-1,859", DisplayNumber.TryFormat(-1_859L));
        Assert.Equal("0.5", DisplayNumber.TryFormat(0.5m));
        Assert.Null(DisplayNumber.TryFormat("12"));
        Assert.Null(DisplayNumber.TryFormat(true));
        Assert.Null(DisplayNumber.TryFormat('7'));
    }

    [Fact]
    public void DisplayNumber_AnyFiniteDouble_ReadsBackAsTheSameDouble()
    {
        Gen.Double.Where(double.IsFinite).Sample(value =>
            Assert.Equal(value, double.Parse(DisplayNumber.Format(value).Replace('e', 'E'), CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Sequence_OfAnonymousObjects_IsOneTableWithAColumnPerProperty_NumbersRight()
    {
        var rows = Enumerable.Range(0, 2).Select(i => new { Epoch = i, SlopeForW = -0.498 + i, Label = $"step {i}" });

        string html = HtmlValues.ToHtml(rows)!;

        Assert.StartsWith("<table><thead><tr><th scope=\"col\" style=\"text-align:right", html, StringComparison.Ordinal);
        Assert.Contains(">Epoch</th>", html, StringComparison.Ordinal);
        Assert.Contains(">SlopeForW</th><th scope=\"col\" style=\"text-align:left\">Label</th>", html, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<tr>").Length - 1);   // the header and two rows
        Assert.Contains("<td style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">-0.498</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align:left\">step 1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("index", html, StringComparison.Ordinal);
        Assert.DoesNotContain("details", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_OfRecords_IsATable_AndALongOneSaysHowManyRowsItLeftOut()
    {
        var rows = Enumerable.Range(0, HtmlTable.MaxRows + 5).Select(i => new Row($"m{i}", i / 4.0, i * 1000)).ToList();

        string html = HtmlValues.ToHtml(rows)!;

        Assert.Contains(">Method</th>", html, StringComparison.Ordinal);
        Assert.Contains(">19,000</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">m20<", html, StringComparison.Ordinal);
        Assert.Contains("… and 5 more rows", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OneObject_IsATwoColumnTable_WithoutItsToStringAsAHeader()
    {
        string html = HtmlValues.ToHtml(new { OneOverOneMinusBeta = 1 / (1 - 0.9), Same = false, Nothing = (string?)null, Readings = new List<double> { 1.5, 2.5 } })!;

        Assert.StartsWith("<table><tbody><tr><th scope=\"row\"", html, StringComparison.Ordinal);
        Assert.Contains(">OneOverOneMinusBeta</th><td style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">10.000000000000002</td>", html, StringComparison.Ordinal);
        Assert.Contains(">false</td>", html, StringComparison.Ordinal);
        Assert.Contains(">null</td>", html, StringComparison.Ordinal);
        Assert.Contains(">2 values: 1.5, 2.5</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<thead>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesWithoutATable_AreLeftToTheHost()
    {
        Assert.Null(HtmlValues.ToHtml(null));
        Assert.Null(HtmlValues.ToHtml("text"));
        Assert.Null(HtmlValues.ToHtml(3.5));
        Assert.Null(HtmlValues.ToHtml(new List<double> { 1.0, 2.0 }));
        Assert.Null(HtmlValues.ToHtml((1, 2)));
    }

    [Fact]
    public void AnyText_InAnyCell_IsEncoded()
    {
        string empty = HtmlValues.ToHtml(new[] { new { Name = "", Value = 1 } })!;
        Gen.String.Sample(text =>
        {
            string html = HtmlValues.ToHtml(new[] { new { Name = text, Value = 1 } })!;
            Assert.Equal(empty.Count(c => c == '<'), html.Count(c => c == '<'));
            Assert.Contains(System.Net.WebUtility.HtmlEncode(text), html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void CourseTypes_KeepTheirOwnTables()
    {
        Assert.Contains("w (Weight)", HtmlValues.ToHtml(Neuron.OriginalStart), StringComparison.Ordinal);
        Assert.Contains("ŷ = 0.9492&#183;x + 0.457", HtmlValues.ToHtml(Neuron.OriginalStart), StringComparison.Ordinal);
        Assert.Contains("∂J/∂w (DW)", HtmlValues.ToHtml(new Gradients(1, 2)), StringComparison.Ordinal);
        Assert.Contains("#b3261e", Verdict.Html(false, "✗ Not yet"), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", Verdict.Html(true, "<b>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Formatters_InThePinnedFormattingPackage_ShowRecordsAndAnonymousSequencesAsTables_AndLeaveTheRestAlone()
    {
        NotebookSetup.Install();

        string anonymous = Enumerable.Range(1, 2).Select(i => new { i, Square = i * i }).ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<table><thead>", anonymous, StringComparison.Ordinal);
        Assert.Contains(">Square</th>", anonymous, StringComparison.Ordinal);
        Assert.StartsWith("<table><thead>", new List<Row> { new("a", 1, 2) }.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.StartsWith("<table><tbody>", new Row("a", 1, 2).ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.Contains("w (Weight)", Neuron.OriginalStart.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.Contains("#1a7f37", new Feedback(true, "fine").ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);

        // Values the course has no table for look as the kernel shows them.
        Assert.Contains("[ 1, 2 ]", new List<int> { 1, 2 }.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.Contains("dni-treeview", (1, 2).ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.Contains("2026-01-02", new DateTime(2026, 1, 2).ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
        Assert.Contains("3.5", 3.5.ToDisplayString(HtmlFormatter.MimeType), StringComparison.Ordinal);
    }
}
