using System.CommandLine;

namespace ChangeTracker.Cli.Commands;

/// <summary>Every subcommand, in the order `--help` lists them.</summary>
public static class CommandTable
{
    public static IEnumerable<Command> All(CliContext context) =>
    [
        IngestCommand.Create(context),
        VersionsCommand.Create(context),
        SizesCommand.Create(context),
        FactsCommand.Create(context),
        DiffCommand.Create(context),
        ExportCommand.Create(context),
        HistoryCommand.Create(context),
        MirrorCommand.Create(context),
        WorkerCommand.Create(context),
        CheckCommand.Create(context),
    ];
}
