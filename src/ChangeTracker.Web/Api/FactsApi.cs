using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class FactsApi
{
    private const string KindNames = FactKinds.NamesText;

    public static async Task<Results<JsonHttpResult<IReadOnlyList<FactDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [Description("One fact kind: " + FactKinds.NamesText)] string? kind,
        [Description("Only facts of this major version (1.13)")] string? version,
        [Description("Only facts of this version or later")] string? from,
        [Description("Only facts of this version or earlier")] string? to,
        [Description("Only facts of this component (crypto/tls, go command)")] string? component,
        [Description("Only facts about this OS (macOS, FreeBSD) or ports of this GOOS (darwin)")] string? os,
        FactsQuery facts,
        KnownVersionsQuery versions,
        CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        FactKind? kindFilter = null;
        if (kind is not null)
        {
            if (FactKinds.TryParse(kind, out var parsed)) kindFilter = parsed;
            else problems.Add(Problems.BadParameter("kind", $"kind={kind}: not a fact kind; allowed kinds are {KindNames}."));
        }
        if (!ApiArguments.TryOptionalVersion("version", version, out var versionFilter, out var p1)) problems.Add(p1);
        if (!ApiArguments.TryOptionalVersion("from", from, out var fromFilter, out var p2)) problems.Add(p2);
        if (!ApiArguments.TryOptionalVersion("to", to, out var toFilter, out var p3)) problems.Add(p3);
        if (problems.Count > 0) return Problems.Combine(problems);

        foreach (var (name, value) in new (string, GoVersion?)[] { ("version", versionFilter), ("from", fromFilter), ("to", toFilter) })
            if (value is { } v && await ApiArguments.RequireStoredAsync(name, v, versions, cancellationToken) is { } notStored)
                return notStored;

        var filter = new FactFilter(kindFilter, versionFilter, fromFilter, toFilter, Blank(component), Blank(os));
        var list = await facts.ListAsync(filter, cancellationToken);
        return TypedResults.Json<IReadOnlyList<FactDto>>(list.Select(FactDto.From).ToList(), ContractJson.Options);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
