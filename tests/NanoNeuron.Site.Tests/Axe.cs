using System.Text.Json;
using Microsoft.Playwright;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>axe-core, the accessibility checker, run in a page of the built site at WCAG 2.2 level AA.</summary>
internal static class Axe
{
    /// <summary>axe-core as npm installs it from tests/NanoNeuron.Site.Tests/package-lock.json (by .ci/prerequisites).</summary>
    public static string Script { get; } = Path.Combine(RepositoryRoot.Path, "tests", "NanoNeuron.Site.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, by axe-core's tags.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>Runs axe-core in <paramref name="page"/> and returns its violations, one line each (rule, impact, help and where).</summary>
    /// <exception cref="InvalidOperationException">axe-core is not installed: the message says how to install it.</exception>
    public static async Task<IReadOnlyList<string>> Violations(IPage page)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException(
                $"axe-core is not installed ({Script} is missing): run `bash .ci/prerequisites`, or `npm ci --prefix tests/NanoNeuron.Site.Tests`.");
        }

        await page.AddScriptTagAsync(new() { Path = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            "tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })" +
            ".then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length, targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')) })))",
            Tags);
        return [.. result.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()}×): {v.GetProperty("help").GetString()} — " +
            string.Join("; ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString())))];
    }
}
