namespace ChangeTracker.Bench;

public sealed record BenchOptions(string Source, int Runs)
{
    public static BenchOptions Parse(string[] args)
    {
        var source = "../shared/go-site";
        var runs = 9;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--source": source = args[i + 1]; break;
                case "--runs": runs = int.Parse(args[i + 1]); break;
                default: throw new ArgumentException($"unknown option {args[i]} (use --source DIR|URL, --runs N)");
            }
        }
        return new BenchOptions(source, Math.Max(1, runs));
    }
}
