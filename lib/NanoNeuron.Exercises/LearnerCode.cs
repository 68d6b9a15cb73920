namespace NanoNeuron.Exercises;

/// <summary>
/// How a "Try it" checker calls the learner's function: whatever the function throws becomes a hint that names the
/// exception, instead of a stack trace through the checker's own code.
/// </summary>
/// <remarks>
/// The checker is handed a watched copy of the function: an exception from inside it is wrapped in
/// <see cref="Threw"/>, so an exception the checker itself raises (a bug of ours) is never blamed on the learner.
/// </remarks>
internal static class LearnerCode
{
    /// <summary>Runs <paramref name="check"/> on a watched copy of <paramref name="function"/>.</summary>
    internal static Feedback Check<T1, TResult>(Func<T1, TResult> function, Func<Func<T1, TResult>, Feedback> check) =>
        Check(() => check(a => Call(() => function(a))));

    /// <inheritdoc cref="Check{T1, TResult}"/>
    internal static Feedback Check<T1, T2, TResult>(Func<T1, T2, TResult> function, Func<Func<T1, T2, TResult>, Feedback> check) =>
        Check(() => check((a, b) => Call(() => function(a, b))));

    /// <inheritdoc cref="Check{T1, TResult}"/>
    internal static Feedback Check<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> function, Func<Func<T1, T2, T3, TResult>, Feedback> check) =>
        Check(() => check((a, b, c) => Call(() => function(a, b, c))));

    /// <summary>The hint for a function that threw: the exception's type and message, and what the checker needs of it.</summary>
    /// <remarks>The type's name and the message are the learner's text: echoed as <see cref="NanoNeuron.Tools.PrintableText.Escape"/> writes them (a control or format character as \uXXXX).</remarks>
    internal static Feedback Hint(Exception error) => Feedback.Hint(
        $"your function threw {NanoNeuron.Tools.PrintableText.Escape(error.GetType().Name)} ({MessageOf(error)}) when the checker called it. It must return an answer for every input the checker passes, "
        + "like the ones this exercise describes: call it yourself in a cell on one of them to see which line throws, and why.");

    /// <summary>The learner's exception's message, escaped; an exception of their own may have none, or one that throws when read.</summary>
    private static string MessageOf(Exception error)
    {
        try
        {
            return error.Message is { } message ? NanoNeuron.Tools.PrintableText.Escape(message) : "no message";
        }
        catch (Exception)
        {
            return "its message could not be read";
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> on the learner's network: its activations (the learner's code) are watched like a
    /// function, and numbers that are not finite anywhere in it (weights too large for a double, an activation or its
    /// derivative returning NaN or ∞, which the library refuses) become <paramref name="notFinite"/>, a hint, not an
    /// exception through the checker.
    /// </summary>
    internal static Feedback Check(Network network, Func<Network, Feedback> check, Func<Feedback> notFinite)
    {
        var watched = new Network([.. network.Layers.Select(layer => new Layer(layer.Inputs, layer.Weights, layer.Biases, layer.Activation with
        {
            Function = z => Call(() => layer.Activation.Function(z)),
            Derivative = z => Call(() => layer.Activation.Derivative(z)),
        }))]);
        try
        {
            return Check(() => check(watched));
        }
        catch (ArgumentException)
        {
            return notFinite(); // only the network is not the checker's own, and the library refuses numbers that are not finite
        }
    }

    private static Feedback Check(Func<Feedback> check)
    {
        try
        {
            return check();
        }
        catch (Threw thrown)
        {
            return Hint(thrown.InnerException!);
        }
    }

    private static TResult Call<TResult>(Func<TResult> call)
    {
        try
        {
            return call();
        }
        catch (Exception error) when (error is not Threw)
        {
            throw new Threw(error);
        }
    }

    /// <summary>The learner's function threw <see cref="Exception.InnerException"/>.</summary>
    internal sealed class Threw(Exception error) : Exception("The learner's function threw.", error);
}
