using System.CommandLine;
using System.Globalization;
using ChangeTracker.Application.Queries;
using ChangeTracker.Cli.Output;
using ChangeTracker.Domain.Downloads;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli.Commands;

/// <summary>
/// `changetracker sizes --os linux --arch amd64 --kind archive [--reported]`: real byte counts per
/// release beside the figures the seed blog post reported.
/// </summary>
public static class SizesCommand
{
    private static readonly Column<SizeRow>[] Columns =
    [
        new("version", r => r.Version),
        new("file", r => r.Filename),
        new("bytes", r => r.Bytes?.ToString("N0", CultureInfo.InvariantCulture), true),
        new("MiB", r => r.MiB?.ToString("0.0", CultureInfo.InvariantCulture) + (r.Approximate ? "~" : ""), true),
        new("MB", r => r.MegabytesDecimal?.ToString("0.0", CultureInfo.InvariantCulture), true),
        new("reported MB", r => r.ReportedMegabytes?.ToString("0.##", CultureInfo.InvariantCulture), true),
        new("real - reported (MiB)", r => r.DifferenceMiB?.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture), true),
    ];

    public static Command Create(CliContext context)
    {
        var os = new Option<string>("--os") { Description = "GOOS, e.g. linux", DefaultValueFactory = _ => "linux" };
        var arch = new Option<string>("--arch") { Description = "GOARCH, e.g. amd64", DefaultValueFactory = _ => "amd64" };
        var kind = new Option<string>("--kind") { Description = "archive, installer or source", DefaultValueFactory = _ => "archive" };
        var reported = new Option<bool>("--reported") { Description = "Only the releases the seed blog post reported a size for" };
        var unstable = new Option<bool>("--include-unstable") { Description = "Include betas and release candidates" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var bom = CommonOptions.Bom();
        kind.CompletionSources.Add("archive", "installer", "source");
        var command = new Command("sizes", "Distribution file sizes per release, with the seed's reported figures side by side") { os, arch, kind, reported, unstable, format, bom };
        command.SetAction(async (parse, ct) =>
        {
            var kindName = parse.GetValue(kind)!;
            if (!DistributionKindNames.TryParse(kindName, out _))
                throw new UsageException($"--kind {kindName} is not a kind of download; use one of archive, installer, source.");
            var chosen = CommonOptions.FormatOf(parse, format);
            var withBom = CommonOptions.BomFor(parse, bom, chosen);
            using var host = await CliHost.StartAsync(parse.GetValue(CommonOptions.Database), null, DatabaseUse.ReadExisting, ct);
            var sizes = host.Services.GetRequiredService<SizesQuery>();
            var filter = new SizeFilter(parse.GetValue(os)!, parse.GetValue(arch)!, kindName.ToLowerInvariant(), parse.GetValue(reported), parse.GetValue(unstable));
            var (oses, arches) = await sizes.ChoicesAsync(ct);
            if (oses.Count > 0 && !oses.Contains(filter.Os))
                throw new UsageException($"--os {filter.Os} is not the GOOS of any stored download; use one of {string.Join(", ", oses.Where(o => o.Length > 0))}.");
            if (arches.Count > 0 && !arches.Contains(filter.Arch))
                throw new UsageException($"--arch {filter.Arch} is not the GOARCH of any stored download; use one of {string.Join(", ", arches.Where(a => a.Length > 0))}.");
            var rows = await sizes.ListAsync(filter, ct);
            await RowsWriter.WriteAsync(context.Out, chosen, rows, Columns, rows.Select(Json).ToList(), withBom, ct);
            return CliApp.Ok;
        });
        return command;
    }

    private static object Json(SizeRow r) => new
    {
        version = r.Version,
        file = r.Filename,
        bytes = r.Bytes,
        approximate = r.Approximate,
        mib = r.MiB is { } m ? Math.Round(m, 2) : (double?)null,
        reportedMegabytes = r.ReportedMegabytes,
        reportedBy = r.ReportedBy,
        differenceMib = r.DifferenceMiB is { } d ? Math.Round(d, 2) : (double?)null,
    };
}
