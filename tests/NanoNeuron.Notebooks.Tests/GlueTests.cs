using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The notebook glue, tested without a kernel: the formatters and the setup step.</summary>
public class GlueTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Fact]
    public void Formatters_RenderTheLibrarysValuesAsTables()
    {
        Assert.Contains(">0.9492</td></tr>", Formatters.Neuron(Neuron.OriginalStart), StringComparison.Ordinal);
        var result = Training.TrainModel(Neuron.OriginalStart, Data.Train, 10);
        Assert.Contains(">epochs</th><td style=\"text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap\">10</td>", Formatters.Training(result), StringComparison.Ordinal);
        Assert.Contains("#1a7f37", Formatters.Feedback(new Feedback(true, "fine")), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", Formatters.Feedback(new Feedback(false, "<b>")), StringComparison.Ordinal);
        Assert.Equal(3, Formatters.GradientComparisons(GradientCheck.Compare(Neuron.OriginalStart, Data.Train)).Split("<tr>").Length - 1);
    }

    [Fact]
    public void NotebookSetup_Install_IsHarmlessTwice()
    {
        NotebookSetup.Install();
        NotebookSetup.Install();
    }
}
