using System.Text.RegularExpressions;
using ChangeTracker.Cli.Tests.Commands;
using ChangeTracker.Testing;
using ChangeTracker.Testing.Abuse;
using Xunit.Abstractions;

namespace ChangeTracker.Cli.Tests.Abuse;

/// <summary>
/// Generated malformed argument vectors run in-process through <see cref="CliApp.RunAsync"/> against an ingested
/// database: each ends with exit code 2 and one plain "error: …" line on standard error, nothing on standard output,
/// never an exception's type, a stack frame or a database error.
/// </summary>
public sealed partial class CliAbuseTests(CliFixture cli, ITestOutputHelper output) : IClassFixture<CliFixture>
{
    public const int Cases = 150;

    [GoSiteFact]
    public async Task Malformed_argument_vectors_are_one_plain_line_and_exit_2()
    {
        Assert.True(cli.Ingest.ExitCode == 0, cli.Ingest.Error);
        var vectors = JunkText.Sample(CliAbuseCases.Vector, Cases, seed: 10_010);
        var failures = new List<string>();
        var codes = new SortedDictionary<int, int>();
        foreach (var args in vectors)
        {
            CliRunner.Result result;
            try
            {
                result = await CliRunner.RunAsync([.. args, "--db", cli.Database]).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (Exception e) when (e is not TimeoutException)
            {
                failures.Add($"{Show(args)} → unhandled {e.GetType().Name}: {Excerpt(e.Message)}");
                continue;
            }
            codes[result.ExitCode] = codes.GetValueOrDefault(result.ExitCode) + 1;
            if (Judge(result) is { } why) failures.Add($"{Show(args)} → exit {result.ExitCode}: {why}");
        }
        output.WriteLine($"{vectors.Count} vectors, {failures.Count} failed; exit codes: {string.Join(", ", codes.Select(c => $"{c.Key}×{c.Value}"))}");
        foreach (var failure in failures.Take(60)) output.WriteLine(failure);
        Assert.True(vectors.Count >= 100);
        Assert.True(failures.Count == 0, $"{failures.Count} of {vectors.Count} vectors:\n" + string.Join("\n", failures.Take(30)));
    }

    private static string? Judge(CliRunner.Result result)
    {
        if (result.ExitCode != CliApp.Usage) return $"expected exit 2; stderr: {Excerpt(result.Error)}";
        if (result.Out.Length > 0) return $"wrote to standard output: {Excerpt(result.Out)}";
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != 1) return $"{lines.Length} lines on standard error: {Excerpt(result.Error)}";
        if (!lines[0].StartsWith("error: ", StringComparison.Ordinal)) return $"not an error line: {Excerpt(lines[0])}";
        if (Internals().Match(lines[0]) is { Success: true } leak) return $"shows internals ('{leak.Value}'): {Excerpt(lines[0])}";
        return null;
    }

    private static string Show(string[] args) => string.Join(" ", args.Select(a => a.Length > 60 ? $"'{Escape(a[..60])}…({a.Length})'" : $"'{Escape(a)}'"));

    private static string Excerpt(string text) => Escape(text.Length <= 300 ? text : text[..300] + "…");

    private static string Escape(string text) => string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString()));

    [GeneratedRegex(@"\bat [A-Z][\w.`]+\.\w+\(|\w+Exception\b|SQLite Error|SQLITE_\w+|database is locked|Npgsql|Object reference|Sequence contains|Index was outside|System\.[A-Z]\w+")]
    private static partial Regex Internals();
}
