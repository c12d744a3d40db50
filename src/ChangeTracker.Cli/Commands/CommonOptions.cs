using System.CommandLine;
using System.Globalization;
using ChangeTracker.Cli.Output;
using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Cli.Commands;

/// <summary>
/// The options every command shares, built one way: each lists exactly the values it accepts (and offers them as
/// completions), and a bad value is one plain sentence with exit code 2.
/// </summary>
public static class CommonOptions
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "SQLite database file (default data/changetracker.db, or ChangeTracker:DatabasePath / ChangeTracker__DatabasePath); "
            + "for PostgreSQL set --ChangeTracker:Database:Provider=PostgreSql --ConnectionStrings:ChangeTracker=\"Host=…\" (or the same as environment variables)",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print no progress or notes on standard error, only errors",
        Recursive = true,
    };

    public static readonly Option<bool> JsonLogs = new("--json-logs")
    {
        Description = "Write progress, notes and errors on standard error as JSON lines ({\"level\", \"message\"})",
        Recursive = true,
    };

    /// <summary>A version the user typed (go1.12, 1.12, 1.12.5); nonsense is a usage error (exit 2).</summary>
    public static GoVersion ParseVersion(string text) =>
        GoVersion.TryParse(text, out var version, out var error) ? version : throw new UsageException(error);

    /// <summary>`--release V`: the major release a command is about (not --version, which is the tool's own version).</summary>
    public static Option<string?> Release(string description) => new("--release") { Description = description };

    public static Option<string[]> Targets() => new("--target")
    {
        Description = "Narrow to what you ship: a port (linux/amd64) or an OS level (\"macOS 12\", \"Windows 7\"); repeat for more",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Breaking() => new("--breaking") { Description = "Only what can break: ports, OS support, requirements, removals, behaviour changes" };

    public static Option<bool> Bom() => new("--bom") { Description = "With --format csv: start with the UTF-8 byte order mark spreadsheet programs need for non-ASCII text" };

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

    /// <summary>`--format`: exactly the formats this command supports, the first being the default.</summary>
    public static Option<string> Format(params OutputFormat[] allowed)
    {
        var names = allowed.Select(Name).ToArray();
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", names)} (default {names[0]})",
            DefaultValueFactory = _ => names[0],
            HelpName = string.Join("|", names),
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !names.Contains(result.Tokens[0].Value, StringComparer.OrdinalIgnoreCase))
                result.AddError($"--format {result.Tokens[0].Value} is not a format of this command; use one of {string.Join(", ", names)}.");
        });
        option.CompletionSources.Add(names);
        return option;
    }

    public static OutputFormat FormatOf(ParseResult parse, Option<string> format) =>
        Enum.Parse<OutputFormat>(parse.GetValue(format)!, ignoreCase: true);

    /// <summary>`--bom` only means something for CSV: anywhere else it is a usage error.</summary>
    public static bool BomFor(ParseResult parse, Option<bool> bom, OutputFormat format) =>
        parse.GetValue(bom) && format != OutputFormat.Csv
            ? throw new UsageException("--bom only applies to --format csv.")
            : parse.GetValue(bom);

    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else is one plain sentence.</summary>
    public static Option<int> Count(string name, string description, int fallback, int min, int max)
    {
        var option = new Option<int>(name)
        {
            Description = $"{description} ({min}-{max}, default {fallback})",
            DefaultValueFactory = _ => fallback,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
                result.AddError($"{name} {text} is not a whole number from {min} to {max}.");
                return fallback;
            },
        };
        return option;
    }

    /// <summary>An optional identifier (a run number); anything but a positive whole number is one plain sentence.</summary>
    public static Option<long?> Id(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
            result.AddError($"{name} {text} is not a run number (a whole number from 1).");
            return null;
        },
    };
}
