namespace NanoNeuron.Optimization;

/// <summary>The checks objectives and optimizers make on what a caller passes them, so that a wrong length or index is an <see cref="ArgumentException"/> that says how to fix it.</summary>
internal static class ObjectiveGuard
{
    /// <summary>Refuses a parameter list that is not exactly <paramref name="count"/> long.</summary>
    public static void Parameters(ReadOnlySpan<double> parameters, int count, string name = "parameters")
    {
        if (parameters.Length != count)
        {
            throw new ArgumentException(
                Invariant($"{name} has {parameters.Length} values, but this objective has {count} parameters: pass a span of ParameterCount ({count}) values, in the order GetParameters writes them."),
                name);
        }
    }

    /// <summary>Refuses a gradient buffer that is not exactly <paramref name="count"/> long.</summary>
    public static void Gradient(Span<double> gradient, int count) => Parameters(gradient, count, nameof(gradient));

    /// <summary>Refuses a batch index that is not an example: below 0 or at least <paramref name="examples"/>.</summary>
    public static void Batch(ReadOnlySpan<int> batch, int examples)
    {
        for (int n = 0; n < batch.Length; n++)
        {
            if ((uint)batch[n] >= (uint)examples)
            {
                throw new ArgumentException(
                    Invariant($"batch[{n}] is {batch[n]}, but the examples are numbered 0 to {examples - 1}: list example indices from 0 to ExampleCount − 1 (or pass an empty batch for every example)."),
                    nameof(batch));
            }
        }
    }

    /// <summary>Refuses a parameter index outside 0 to <paramref name="count"/> − 1.</summary>
    public static void Index(int index, int count)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentException(
                Invariant($"index is {index}, but this objective's parameters are numbered 0 to {count - 1}: pass an index below ParameterCount ({count})."),
                nameof(index));
        }
    }

    /// <summary>Refuses an objective whose counts cannot be trained: no parameters or more than one array holds (<see cref="Array.MaxLength"/>), or a negative number of examples.</summary>
    public static void Counts<TModel>(IObjective<TModel> objective, string name)
    {
        if (objective.ParameterCount < 1 || objective.ParameterCount > Array.MaxLength || objective.ExampleCount < 0)
        {
            throw new ArgumentException(
                Invariant($"The objective reports ParameterCount = {objective.ParameterCount:N0} and ExampleCount = {objective.ExampleCount:N0}: it must have from 1 to {Array.MaxLength:N0} parameters (the most one array holds) and 0 or more examples; fix the objective's ParameterCount and ExampleCount."),
                name);
        }
    }

    /// <summary>Refuses a parameter count for <see cref="Optimizer.Start"/> that is negative or more than one array holds (<see cref="Array.MaxLength"/>); returns the count.</summary>
    public static int ParameterCount(int parameterCount)
    {
        if (parameterCount < 0 || parameterCount > Array.MaxLength)
        {
            throw new ArgumentException(
                Invariant($"parameterCount is {parameterCount:N0}: pass how many parameters will be trained, the objective's ParameterCount (from 0 to {Array.MaxLength:N0}, the most one array holds)."),
                nameof(parameterCount));
        }

        return parameterCount;
    }

    /// <summary>Refuses an <see cref="OptimizerRun.Update"/> whose spans are not <paramref name="count"/> long, or a step size below 0 or not finite.</summary>
    public static void Step(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate, int count)
    {
        if (parameters.Length != count || gradient.Length != count)
        {
            throw new ArgumentException(
                Invariant($"parameters has {parameters.Length} values and gradient {gradient.Length}, but this run was started for {count} parameters: pass spans of the length given to Optimizer.Start."),
                nameof(gradient));
        }

        if (!(learningRate >= 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentException(
                Invariant($"learningRate is {Guard.Format(learningRate)}: a step size must be 0 or a positive finite number, such as the optimizer's LearningRate."),
                nameof(learningRate));
        }
    }
}
