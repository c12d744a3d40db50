namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>Runs the real CLI in-process with captured output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public static string TempDatabase() =>
        Path.Combine(Path.GetTempPath(), "changetracker-cli-tests", Guid.NewGuid().ToString("n"), "ct.db");
}
