namespace ChangeTracker.Bench;

/// <param name="Postgres">A PostgreSQL server for the scale-out rows (--postgres, or CHANGETRACKER_BENCH_POSTGRES); none skips them.</param>
public sealed record BenchOptions(string Source, int Runs, bool Web, bool CheckOnly = false, string? Postgres = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var source = "../shared/go-site";
        var runs = 9;
        var web = true;
        var checkOnly = false;
        var postgres = Environment.GetEnvironmentVariable("CHANGETRACKER_BENCH_POSTGRES") is { Length: > 0 } fromEnv ? fromEnv : null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--source" when i + 1 < args.Length: source = args[++i]; break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i]); break;
                case "--no-web": web = false; break;
                case "--check-only": checkOnly = true; break;
                case "--postgres" when i + 1 < args.Length: postgres = args[++i]; break;
                default: throw new ArgumentException($"unknown option {args[i]} (use --source DIR|URL, --runs N, --no-web, --check-only, --postgres CONNECTION)");
            }
        }
        return new BenchOptions(source, Math.Max(1, runs), web, checkOnly, postgres);
    }
}
