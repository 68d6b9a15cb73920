using System.Text.Json;

namespace NanoNeuron.Live.Tests;

/// <summary>The schema check the download test relies on: it accepts a chart's output and still refuses a broken notebook.</summary>
public sealed class NotebookSchemaCheckTests
{
    private const string Notebook = """
        {"cells": [{"cell_type": "code", "id": "c01-001", "metadata": {}, "execution_count": 1, "source": ["Charts.X()"],
                    "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                 "data": {"application/vnd.plotly.v1+json": {"data": [], "layout": {}}, "text/plain": ["a chart"]}}]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;

    [Fact]
    public void IsValid_ChartOutput_IsAccepted() => Assert.True(NotebookSchema.IsValid(JsonDocument.Parse(Notebook).RootElement));

    [Theory]
    [InlineData("\"id\": \"c01-001\", ", "")]
    [InlineData("\"execution_count\": 1, \"metadata\": {},\n", "\"metadata\": {},\n")]
    [InlineData("\"nbformat_minor\": 5", "\"nbformat_minor\": \"5\"")]
    public void IsValid_BrokenNotebook_IsRefused(string part, string replacement)
    {
        string broken = Notebook.Replace(part, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Notebook, broken);
        Assert.False(NotebookSchema.IsValid(JsonDocument.Parse(broken).RootElement));
    }
}
