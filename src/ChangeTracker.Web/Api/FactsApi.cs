using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Application.Versioning;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Platforms;
using ChangeTracker.Domain.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class FactsApi
{
    public static readonly PageLimits Limits = new(100, 1000);

    public static async Task<Results<JsonHttpResult<PageJson<FactDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [Description("One fact kind")] string? kind,
        [Description("Only facts of this major version (1.13)")] string? version,
        [Description("Only facts of this version or later")] string? from,
        [Description("Only facts of this version or earlier")] string? to,
        [Description("Only facts of this component (crypto/tls, go command); a component no stored fact has is a 400 listing the stored ones")] string? component,
        [Description("Only facts about this OS (macOS, FreeBSD; names, aliases such as OS X, or a GOOS such as darwin) or ports of its GOOS")] string? os,
        [Description("Only facts about this GOOS/GOARCH port (windows/arm)")] string? port,
        [Description("Facts per page (1-1000, default 100)")] string? limit,
        [Description("Where the page starts: the cursor of the previous page's next link")] string? cursor,
        HttpContext http,
        FactsQuery facts,
        KnownVersionsQuery versions,
        DataVersionQuery data,
        CancellationToken cancellationToken)
    {
        var all = await facts.ListAsync(new FactFilter(), cancellationToken);
        var problems = new List<ValidationProblem>();
        FactKind? kindFilter = null;
        if (kind is not null)
        {
            if (FactKinds.TryParse(kind, out var parsed)) kindFilter = parsed;
            else problems.Add(Problems.BadParameter("kind", $"kind={kind}: not a fact kind; allowed kinds are {FactKinds.NamesText}."));
        }
        if (!ApiArguments.TryOptionalVersion("version", version, out var versionFilter, out var p1)) problems.Add(p1);
        if (!ApiArguments.TryOptionalVersion("from", from, out var fromFilter, out var p2)) problems.Add(p2);
        if (!ApiArguments.TryOptionalVersion("to", to, out var toFilter, out var p3)) problems.Add(p3);
        if (fromFilter is { } f && toFilter is { } t && f.Line > t.Line)
            problems.Add(Problems.BadParameter("from", $"from={from} is later than to={to}; the range runs from the older to the newer version."));
        if (FactChoices.Check("component", Blank(component), all.Select(x => x.Component)) is { } p4) problems.Add(p4);
        if (Blank(os) is { } osText && OperatingSystems.Find(osText) is null
            && FactChoices.Check("os", osText, OperatingSystems.All.Select(o => o.Name).Concat(all.Select(x => x.Os))) is { } p5)
            problems.Add(p5);
        if (Blank(port) is { } portText && FactChoices.Check("port", portText, all.Select(x => x.Port).Concat(all.Select(x => x.RenamedTo))) is { } p6)
            problems.Add(p6);
        if (!Paging.TryRead(limit, cursor, Limits, (await data.CurrentAsync(cancellationToken)).Tag, out var page, out var p7)) problems.Add(p7);
        if (problems.Count > 0) return Problems.Combine(problems);

        foreach (var (name, value) in new (string, GoVersion?)[] { ("version", versionFilter), ("from", fromFilter), ("to", toFilter) })
            if (value is { } v && await ApiArguments.RequireStoredAsync(name, v, versions, cancellationToken) is { } notStored)
                return notStored;

        var filter = new FactFilter(kindFilter, versionFilter, fromFilter, toFilter, Blank(component), Blank(os), Blank(port));
        var list = await facts.ListAsync(filter, cancellationToken);
        return Paging.Slice(http, page, list.Select(FactDto.From).ToList());
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>Checks a free-text filter against the values stored data has, naming them when it matches none.</summary>
internal static class FactChoices
{
    public static ValidationProblem? Check(string parameter, string? value, IEnumerable<string?> stored)
    {
        if (value is null) return null;
        var choices = stored.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (choices.Contains(value, StringComparer.OrdinalIgnoreCase)) return null;
        var named = choices.Count == 0 ? "no stored fact has one yet" : $"valid values are {string.Join(", ", choices)}";
        return Problems.BadParameter(parameter, $"{parameter}={value}: no stored fact has this {parameter}; {named}.");
    }
}
