namespace ChangeTracker.Bench;

/// <summary>
/// dotnet run -c Release --project src/ChangeTracker.Bench -- [options] (see <see cref="BenchOptions.Usage"/>); the bench
/// starts itself with --child for what must run in a fresh process (see <see cref="ChildModes"/>).
/// (a named entry class: a top-level Program would clash with the web app's, which the web bench hosts).
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--child", ..]) return await ChildModes.RunAsync(args[1..], CancellationToken.None);
        try
        {
            return await BenchRunner.RunAsync(BenchOptions.Parse(args), Console.Out, CancellationToken.None);
        }
        catch (BenchUsageException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n{BenchOptions.Usage}");
            return 2;
        }
    }
}
