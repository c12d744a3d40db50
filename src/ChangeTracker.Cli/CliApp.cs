using System.CommandLine;
using ChangeTracker.Cli.Commands;

namespace ChangeTracker.Cli;

/// <summary>The `changetracker` command line: exit codes 0 ok, 1 failed, 2 usage (and 3 from `check`: something breaking found).</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("ChangeTracker: Go release notes, history and downloads as a diffable database.");
        root.Options.Add(CommonOptions.Database);
        foreach (var command in CommandTable.All(context)) root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"error: {error.Message}");
            await stderr.WriteLineAsync("Run 'changetracker --help' for usage.");
            return Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Usage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Failed;
        }
    }
}

/// <summary>A mistake in what the user typed (an unknown version, a bad filter): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where commands write; tests pass their own writers.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
