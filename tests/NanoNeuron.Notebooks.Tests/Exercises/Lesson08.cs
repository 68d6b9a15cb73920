namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 08's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>08 — what the trained neuron says for 100 °C.</summary>
    public static double Prediction() =>
        Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train).Model.Predict(TryIt.ExerciseCelsius);
}

/// <summary>Lesson 08's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void Prediction_SolutionPasses_TheExactAnswerIsNotTheNeuronsAnswer()
    {
        Accepted(TryIt.Prediction(ExerciseSolutions.Prediction()));
        Rejected(TryIt.Prediction(212), "call Predict on it");
        Rejected(TryIt.Prediction(0), "train from Neuron.OriginalStart");
    }
}
