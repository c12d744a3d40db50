using System.CommandLine;
using ChangeTracker.Cli.Output;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Cli.Commands;

public static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file (default data/changetracker.db, or ChangeTracker:DatabasePath / ChangeTracker__DatabasePath); "
            + "for PostgreSQL set --ChangeTracker:Database:Provider=PostgreSql --ConnectionStrings:ChangeTracker=\"Host=…\" (or the same as environment variables)",
        Recursive = true,
    };

    /// <summary>A version the user typed (go1.12, 1.12, 1.12.5); nonsense is a usage error (exit 2).</summary>
    public static GoVersion ParseVersion(string text) =>
        GoVersion.TryParse(text, out var version, out var error) ? version : throw new UsageException(error);

    public static Option<string[]> Targets() => new("--target")
    {
        Description = "Narrow to what you ship: a port (linux/amd64) or an OS level (\"macOS 12\", \"Windows 7\"); repeat for more",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Breaking() => new("--breaking") { Description = "Only what can break: ports, OS support, requirements, removals, behaviour changes" };

    /// <summary>The narrowing a user asked for; a target it cannot read is a usage error (exit 2).</summary>
    public static DiffFilter Filter(ParseResult parse, Option<string[]> targets, Option<bool> breaking)
    {
        try
        {
            return new DiffFilter(DiffTarget.ParseList(parse.GetValue(targets) ?? []), parse.GetValue(breaking));
        }
        catch (FormatException e)
        {
            throw new UsageException("--target " + e.Message);
        }
    }

    public static Option<string?> Source() => new("--source")
    {
        Description = "https:// base address (default https://go.dev) or a local folder laid out by URL path (e.g. ../shared/go-site)",
    };

    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed.Select(f => f.ToString().ToLowerInvariant()))}",
            DefaultValueFactory = _ => allowed[0],
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && Enum.TryParse<OutputFormat>(result.Tokens[0].Value, ignoreCase: true, out var chosen) && !allowed.Contains(chosen))
                result.AddError($"--format must be one of {string.Join(", ", allowed.Select(f => f.ToString().ToLowerInvariant()))}");
        });
        return option;
    }
}
