namespace ChangeTracker.Bench;

/// <summary>
/// dotnet run -c Release --project src/ChangeTracker.Bench -- [--source ../shared/go-site] [--runs 9] [--no-web] [--check-only] [--postgres CONNECTION]
/// (a named entry class: a top-level Program would clash with the web app's, which the web bench hosts).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args) =>
        await BenchRunner.RunAsync(BenchOptions.Parse(args), Console.Out, CancellationToken.None);
}
