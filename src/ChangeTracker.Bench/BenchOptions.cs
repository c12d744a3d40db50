namespace ChangeTracker.Bench;

/// <summary>A bench option it does not know, or a value it cannot read: the usage line, exit code 2.</summary>
public sealed class BenchUsageException(string message) : Exception(message);

/// <param name="Postgres">A PostgreSQL server for the scale-out rows (--postgres, or CHANGETRACKER_BENCH_POSTGRES); none skips them.</param>
/// <param name="LoadSeconds">How long each 32-connection load run lasts.</param>
/// <param name="Cli">The built CLI (apphost) the whole-process rows start; the Release build beside the sources by default.</param>
public sealed record BenchOptions(string Source, int Runs, bool Web, bool CheckOnly = false, string? Postgres = null, double LoadSeconds = 2, string? Cli = null, bool LoadOnly = false)
{
    public const string Usage =
        "usage: bench [--source DIR|URL] [--runs N] [--no-web] [--check-only] [--postgres CONNECTION] [--load-seconds S] [--cli PATH] [--load-only]";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions("../shared/go-site", 9, Web: true,
            Postgres: Environment.GetEnvironmentVariable("CHANGETRACKER_BENCH_POSTGRES") is { Length: > 0 } fromEnv ? fromEnv : null);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--source" => options with { Source = Value() },
                "--runs" => options with { Runs = Math.Max(1, Number(args[i], Value())) },
                "--no-web" => options with { Web = false },
                "--check-only" => options with { CheckOnly = true },
                "--postgres" => options with { Postgres = Value() },
                "--load-seconds" => options with { LoadSeconds = Math.Max(0.5, Number(args[i], Value())) },
                "--cli" => options with { Cli = Value() },
                "--load-only" => options with { LoadOnly = true },
                _ => throw new BenchUsageException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    private static int Number(string option, string value) =>
        int.TryParse(value, out var n) ? n : throw new BenchUsageException($"{option} takes a whole number, not {value}");
}
