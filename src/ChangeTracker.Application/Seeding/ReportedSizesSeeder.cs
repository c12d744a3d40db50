using System.Globalization;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace ChangeTracker.Application.Seeding;

/// <summary>Loads seed-data/reported-sizes.csv into an empty database (the sizes the seed blog post reported).</summary>
public sealed class ReportedSizesSeeder(IDbContextFactory<ChangeTrackerDbContext> dbFactory)
{
    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "seed-data", "reported-sizes.csv");

    public async Task<int> SeedAsync(string? file, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ReportedSizes.AnyAsync(cancellationToken)) return 0;
        var path = file ?? DefaultFile;
        if (!File.Exists(path)) throw new FileNotFoundException($"seed data: {path} is missing", path);
        var rows = (await File.ReadAllLinesAsync(path, cancellationToken)).Skip(1).Where(l => l.Trim().Length > 0).Select(Parse).ToList();
        db.ReportedSizes.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows.Count;
    }

    private static ReportedSizeRecord Parse(string line, int index)
    {
        var cells = line.Split(',', 6);
        if (cells.Length != 6) throw new FormatException($"seed data: reported-sizes.csv row {index + 2} needs 6 columns");
        return new ReportedSizeRecord
        {
            Version = GoVersion.Parse(cells[0]).ToString(),
            Os = cells[1].Trim(),
            Arch = cells[2].Trim(),
            Kind = cells[3].Trim(),
            ReportedMegabytes = decimal.Parse(cells[4], CultureInfo.InvariantCulture),
            ReportedBy = cells[5].Trim(),
        };
    }
}
