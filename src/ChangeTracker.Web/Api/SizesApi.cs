using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class SizesApi
{
    private static readonly string KindNames = string.Join(", ", Enum.GetValues<DistributionKind>().Select(k => k.ToName()));

    public static async Task<Results<JsonHttpResult<SizesJson>, ValidationProblem>> ListAsync(
        [Description("GOOS of the file (default linux); empty for the source archive")] string? os,
        [Description("GOARCH of the file (default amd64)")] string? arch,
        [Description("archive (default), installer or source")] string? kind,
        [Description("true: only releases whose size the seed reported")] string? reported,
        [Description("true: include betas and release candidates")] string? includeUnstable,
        SizesQuery sizes,
        SizeTrendQuery trends,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var kindName = "archive";
        if (kind is not null)
        {
            if (DistributionKindNames.TryParse(kind, out var parsed)) kindName = parsed.ToName();
            else problems.Add(Problems.BadParameter("kind", $"kind={kind}: not a distribution kind; allowed kinds are {KindNames}."));
        }
        if (!ApiArguments.TryFlag("reported", reported, out var onlyReported, out var p1)) problems.Add(p1);
        if (!ApiArguments.TryFlag("includeUnstable", includeUnstable, out var unstable, out var p2)) problems.Add(p2);
        var filter = new SizeFilter((os ?? "linux").Trim(), (arch ?? "amd64").Trim(), kindName, onlyReported, unstable);
        var (oses, arches) = await sizes.ChoicesAsync(cancellationToken);
        if (oses.Count > 0 && !oses.Contains(filter.Os))
            problems.Add(Problems.BadParameter("os", $"os={os}: no stored download is for this GOOS; valid values are {string.Join(", ", oses.Select(Shown))}."));
        if (arches.Count > 0 && !arches.Contains(filter.Arch))
            problems.Add(Problems.BadParameter("arch", $"arch={arch}: no stored download is for this GOARCH; valid values are {string.Join(", ", arches.Select(Shown))}."));
        if (problems.Count > 0) return Problems.Combine(problems);

        var rows = await sizes.ListAsync(filter, cancellationToken);
        var trend = await trends.SeriesAsync(filter.Os, filter.Arch, filter.Kind, cancellationToken);
        return TypedResults.Json(new SizesJson(filter.Os, filter.Arch, filter.Kind,
            rows.Select(SizeRowJson.From).ToList(), trend.Points.Select(SizePointJson.From).ToList()), ContractJson.Options);
    }

    private static string Shown(string value) => value.Length == 0 ? "(empty: the source archive)" : value;
}
