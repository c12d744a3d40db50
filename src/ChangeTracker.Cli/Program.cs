namespace ChangeTracker.Cli;

/// <summary>The `changetracker` executable (a named class: a top-level Program would clash with the web app's in tests that load both).</summary>
internal static class CliProgram
{
    private static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
