namespace NanoNeuron.Exercises;

/// <summary>
/// How the checkers judge an answer: a predicted number, a chosen letter, a computed value. Each says ✓ and why, or
/// a hint. A number not yet predicted is <see cref="double.NaN"/>; a choice not yet made is <c>'?'</c>.
/// </summary>
internal static class Judge
{
    /// <summary>How close a computed answer must be to the truth: 1e-9, relative to its size (absolute below 1).</summary>
    private const double Tolerance = 1e-9;

    private const string NumberNotAnswered = "write your prediction in place of double.NaN, then run this cell.";

    /// <summary>
    /// The hint for a neuron whose weight or bias is not finite, or null for a finite one: NaN is the exercise's
    /// placeholder, not yet replaced; ±∞ is a number too large for a double (such as 1.0 / 0).
    /// </summary>
    internal static Feedback? NotFinite(Neuron neuron) =>
        neuron.IsFinite ? null
        : double.IsNaN(neuron.Weight) || double.IsNaN(neuron.Bias) ? Feedback.Hint("replace double.NaN with numbers for the weight and the bias.")
        : Feedback.Hint($"the weight is {Format(neuron.Weight)} and the bias {Format(neuron.Bias)}: both must be finite numbers (dividing by 0 gives ∞). Write the weight and the bias as ordinary numbers.");

    /// <summary>
    /// Judges a predicted number: ✓ within <paramref name="tolerance"/> of <paramref name="truth"/>, a slip's hint, or
    /// whether it is too high or too low (never the truth itself: the next cell measures it).
    /// </summary>
    /// <param name="answer">The learner's prediction (NaN: not yet answered).</param>
    /// <param name="truth">The answer the library computes.</param>
    /// <param name="tolerance">How far from the truth still counts as right (absolute).</param>
    /// <param name="why">The reason, said after ✓.</param>
    /// <param name="slips">Values a common slip gives, each with the hint that explains it.</param>
    internal static Feedback Number(double answer, double truth, double tolerance, string why, params (double Value, string Hint)[] slips)
    {
        if (double.IsNaN(answer))
        {
            return Feedback.Hint(NumberNotAnswered);
        }

        if (Math.Abs(answer - truth) <= tolerance)
        {
            return Feedback.Right(why);
        }

        foreach (var (value, hint) in slips)
        {
            if (Math.Abs(answer - value) <= tolerance)
            {
                return Feedback.Hint($"{Format(answer)}: {hint}");
            }
        }

        return Feedback.Hint($"{Format(answer)} is too {(answer > truth ? "high" : "low")}. Go over the steps above once more and "
            + "predict again; the next cell shows the measured value.");
    }

    /// <summary>Judges a multiple-choice prediction written as a letter: ✓ and why, or the hint for the option chosen.</summary>
    /// <param name="answer">The learner's letter (<c>'?'</c>: not yet answered).</param>
    /// <param name="truth">The right letter, decided by the library's numbers.</param>
    /// <param name="why">The reason, said after ✓.</param>
    /// <param name="wrong">
    /// Every option with why it is not right. Where the truth is decided at run time, hints for every option may be given:
    /// the truth's own is never shown.
    /// </param>
    internal static Feedback Choice(char answer, char truth, string why, params (char Option, string Hint)[] wrong)
    {
        answer = char.ToLowerInvariant(answer);
        if (answer == truth)
        {
            return Feedback.Right(why);
        }

        foreach (var (option, hint) in wrong)
        {
            if (answer == option)
            {
                return Feedback.Hint($"not ({option}): {hint}");
            }
        }

        return NotChosen(answer, wrong.Select(w => w.Option).Append(truth));
    }

    /// <summary>
    /// Judges a multiple-choice prediction whose truth takes long to find (a training run): <paramref name="decide"/> runs
    /// only once one of the options is chosen, so a question not yet answered (or answered with a character that is not
    /// an option) trains nothing. Otherwise as <see cref="Choice(char, char, string, ValueTuple{char, string}[])"/>.
    /// </summary>
    /// <param name="answer">The learner's letter (<c>'?'</c>: not yet answered).</param>
    /// <param name="decide">The right letter and the reason said after ✓, from the library's numbers.</param>
    /// <param name="wrong">Every option with why it is not right (the truth's own hint is never shown).</param>
    internal static Feedback Choice(char answer, Func<(char Truth, string Why)> decide, params (char Option, string Hint)[] wrong)
    {
        if (!wrong.Any(w => w.Option == char.ToLowerInvariant(answer)))
        {
            return NotChosen(char.ToLowerInvariant(answer), wrong.Select(w => w.Option));
        }

        var (truth, why) = decide();
        return Choice(answer, truth, why, wrong);
    }

    /// <summary>The hint for a letter that is not one of <paramref name="options"/>, <c>'?'</c> included.</summary>
    /// <remarks>The letter is echoed as <see cref="NanoNeuron.Tools.PrintableText.Escape"/> writes it: a control or format character (NUL, U+202E) as \uXXXX.</remarks>
    private static Feedback NotChosen(char answer, IEnumerable<char> options) =>
        Feedback.Hint($"write one of {string.Join(", ", options.Distinct().Order().Select(o => $"'{o}'"))} in place of '{NanoNeuron.Tools.PrintableText.Escape(answer.ToString())}', then run this cell.");

    /// <summary>
    /// The letter of a "(a) lower, (b) about the same, (c) higher" question: whether <paramref name="value"/> is lower than
    /// <paramref name="reference"/>, higher, or within a factor of 1.2 of it.
    /// </summary>
    internal static char LowerSameOrHigher(double value, double reference) =>
        value < reference / 1.2 ? 'a' : reference < value / 1.2 ? 'c' : 'b';

    /// <summary>
    /// The letter of a "(a) about <paramref name="reference"/>, (b) far below it, (c) above it" question: far below is
    /// below <paramref name="reference"/> divided by <paramref name="farBelow"/>.
    /// </summary>
    internal static char AboutFarBelowOrAbove(double value, double reference, double farBelow) =>
        value < reference / farBelow ? 'b' : value > reference ? 'c' : 'a';

    /// <summary>Whether <paramref name="actual"/> is the <paramref name="expected"/> value, but for rounding.</summary>
    internal static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= Tolerance * Math.Max(1, Math.Abs(expected));

    /// <summary>A number as the course writes it (<see cref="Numbers.Format"/>).</summary>
    internal static string Format(double value) => Numbers.Format(value);
}
