using System.CommandLine;
using System.Globalization;
using NanoNeuron.Course;

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

    private static readonly Option<int> Epochs = new("--epochs")
    {
        Description = "How many gradient-descent updates to make.",
        DefaultValueFactory = _ => Hyperparameters.Epochs,
    };

    private static readonly Option<double> LearningRate = new("--learning-rate")
    {
        Description = "α, the size of each step.",
        DefaultValueFactory = _ => Hyperparameters.LearningRate,
    };

    private static readonly Option<double?> InitialWeight = new("--initial-weight")
    {
        Description = "The starting weight w (default: drawn from --seed).",
    };

    private static readonly Option<double?> InitialBias = new("--initial-bias")
    {
        Description = "The starting bias b (default: drawn from --seed).",
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "The seed of the random start.",
        DefaultValueFactory = _ => Hyperparameters.Seed,
    };

    private static readonly Option<double> Predict = new("--predict")
    {
        Description = "The temperature in °C to convert with the trained neuron.",
        DefaultValueFactory = _ => 70,
    };

    private static readonly Option<bool> Json = new("--json")
    {
        Description = "Print one JSON object instead of text; doubles round-trip exactly.",
    };

    private static readonly Option<string?> ChartPath = new("--chart")
    {
        Description = "Also write an offline HTML page with the cost history and the fitted line.",
        HelpName = "file.html",
    };

    /// <summary>Parses <paramref name="args"/>, trains, and reports; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var command = new RootCommand("NanoNeuron: one neuron learns to convert Celsius to Fahrenheit by gradient descent.")
        {
            Epochs, LearningRate, InitialWeight, InitialBias, Seed, Predict, Json, ChartPath,
        };
        command.SetAction(parsed => Train(ReadSettings(parsed), output, error));

        ParseResult result = command.Parse(args);
        if (result.Errors.Count > 0)
        {
            error.WriteLine($"error: {result.Errors[0].Message} Run with --help to see the options.");
            return BadArguments;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ArgumentException exception)
        {
            error.WriteLine($"error: {Reason(exception)}");
            return BadArguments;
        }
    }

    /// <summary>An ArgumentException's message without the "(Parameter '…')" that .NET appends for programmers.</summary>
    private static string Reason(ArgumentException exception) =>
        exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;

    private static Settings ReadSettings(ParseResult parsed)
    {
        var start = Neuron.RandomStart(parsed.GetValue(Seed));
        var settings = new Settings(
            new Neuron(parsed.GetValue(InitialWeight) ?? start.Weight, parsed.GetValue(InitialBias) ?? start.Bias),
            parsed.GetValue(Epochs),
            parsed.GetValue(LearningRate),
            parsed.GetValue(Predict),
            parsed.GetValue(Json),
            parsed.GetValue(ChartPath));
        settings.Validate();
        return settings;
    }

    private static int Train(Settings settings, TextWriter output, TextWriter error)
    {
        var data = DataSets.GenerateDataSets();
        TrainingResult result;
        try
        {
            result = FastTraining.TrainModel(settings.Start, data.Train, settings.Epochs, settings.LearningRate, Summation.Sequential);
        }
        catch (TrainingDivergedException diverged)
        {
            error.WriteLine($"error: {diverged.Message}");
            return Failure;
        }

        var report = new Report(result, Propagation.ForwardPropagation(result.Model, data.Test).Cost, settings);
        if (settings.Json)
        {
            report.WriteJson(output);
        }
        else
        {
            report.WriteText(output);
        }

        if (settings.ChartPath is { } path)
        {
            try
            {
                ChartFile.Save(Charts.TrainingReport(result, data.Train), path, "NanoNeuron training");
            }
            catch (IOException exception)
            {
                error.WriteLine($"error: could not write the chart to '{path}': {exception.Message}");
                return Failure;
            }

            if (!settings.Json)
            {
                output.WriteLine($"Chart written to {Path.GetFullPath(path)}");
            }
        }

        return Success;
    }

    /// <summary>Everything the command line decides, checked before any work starts.</summary>
    private sealed record Settings(Neuron Start, int Epochs, double LearningRate, double Celsius, bool Json, string? ChartPath)
    {
        public void Validate()
        {
            Require(Epochs >= 0, $"--epochs is {Epochs}: pass 0 or more (the original trains for {Hyperparameters.Epochs:N0}).");
            Require(LearningRate > 0 && double.IsFinite(LearningRate),
                $"--learning-rate is {Format(LearningRate)}: pass a positive finite number such as {Format(Hyperparameters.LearningRate)}.");
            Require(double.IsFinite(Start.Weight), $"--initial-weight is {Format(Start.Weight)}: pass a finite number such as 0.9492.");
            Require(double.IsFinite(Start.Bias), $"--initial-bias is {Format(Start.Bias)}: pass a finite number such as 0.457.");
            Require(double.IsFinite(Celsius), $"--predict is {Format(Celsius)}: pass a finite temperature in °C such as 70.");
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
    private sealed record Report(TrainingResult Result, double TestCost, Settings Settings)
    {
        private double Prediction => Result.Model.Predict(Settings.Celsius);

        public void WriteText(TextWriter output)
        {
            var history = Result.CostHistory;
            output.WriteLine($"Start: w = {Format(Settings.Start.Weight)}, b = {Format(Settings.Start.Bias)}; {Settings.Epochs:N0} epochs at learning rate {Format(Settings.LearningRate)}");
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
