namespace NanoNeuron.Notebooks;

/// <summary>Lesson 08's checkers.</summary>
public static partial class TryIt
{
    /// <summary>The temperature lesson 08's exercise asks about.</summary>
    public const double ExerciseCelsius = 100;

    /// <summary>Lesson 08: what the trained NanoNeuron (original start, 70,000 epochs, α = 0.0005) says for 100 °C.</summary>
    public static Feedback Prediction(double fahrenheit)
    {
        var trained = Training.TrainModel(Neuron.OriginalStart, NanoNeuron.DataSets.GenerateDataSets().Train).Model;
        double expected = trained.Predict(ExerciseCelsius);
        if (Close(fahrenheit, expected))
        {
            return Feedback.Right($"{Format(expected)} °F; the exact answer is {Format(Temperature.CelsiusToFahrenheit(ExerciseCelsius))} °F.");
        }

        return Close(fahrenheit, Temperature.CelsiusToFahrenheit(ExerciseCelsius))
            ? Feedback.Hint("that is the exact answer; the exercise asks what the trained neuron says: call Predict on it.")
            : Feedback.Hint("train from Neuron.OriginalStart with Training.TrainModel, then call Predict(100) on the result's Model.");
    }
}
