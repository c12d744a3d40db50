using System.CommandLine;
using System.Text.RegularExpressions;
using ChangeTracker.Cli.Commands;

namespace ChangeTracker.Cli;

/// <summary>The `changetracker` command line: exit codes 0 ok, 1 failed, 2 usage (and 3 from `check`: something breaking found).</summary>
public static partial class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("ChangeTracker: Go release notes, history and downloads as a diffable database.");
        root.Options.Add(CommonOptions.Database);
        root.Options.Add(CommonOptions.Quiet);
        root.Options.Add(CommonOptions.JsonLogs);
        foreach (var command in CommandTable.All(context)) root.Subcommands.Add(command);

        var parse = root.Parse(CliSettings.Extract(args));
        context.Log.Quiet = parse.GetValue(CommonOptions.Quiet);
        context.Log.Json = parse.GetValue(CommonOptions.JsonLogs);
        if (parse.Errors.Count > 0)
        {
            // An unrecognized word explains more than the "no command" that follows from it.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            context.Log.Error(Plain(error.Message));
            return Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException ex)
        {
            context.Log.Error(ex.Message);
            return Usage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.Log.Error(Plain(ex.Message));
            return Failed;
        }
    }

    /// <summary>A parser message without the .NET type it expected ("… as expected type 'System.Int32'").</summary>
    private static string Plain(string message) => ExpectedType().Replace(message, "");

    [GeneratedRegex(@" as expected type '[^']*'")]
    private static partial Regex ExpectedType();
}

/// <summary>A mistake in what the user typed (an unknown version, a bad filter, no database): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where commands write: data to <see cref="Out"/>, progress and errors through <see cref="Log"/>; tests pass their own writers.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    public CliLog Log { get; } = new(Error);
}
