using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Facts;

internal static class FactRecords
{
    public static FactRecord ToRecord(string pageVersion, int ordinal, Fact f) => new()
    {
        PageVersion = pageVersion,
        Ordinal = ordinal,
        Kind = f.Kind.ToName(),
        Version = f.Version.ToString(),
        VersionSortKey = f.Version.SortKey,
        LastVersion = f.LastVersion?.ToString(),
        AnnouncedIn = f.AnnouncedIn?.ToString(),
        EffectiveVersion = f.EffectiveVersion?.ToString(),
        Subject = f.Subject,
        Os = f.Os,
        OsVersion = f.OsVersion,
        Port = f.Port,
        Experimental = f.Experimental,
        Component = f.Component,
        Category = f.Category,
        Summary = f.Summary,
        Source = f.Source,
        Evidence = f.Evidence,
        Rule = f.Rule,
    };

    public static Fact ToFact(FactRecord r) => new()
    {
        Kind = FactKindNames.TryParse(r.Kind, out var kind) ? kind : FactKind.Feature,
        Version = GoVersion.Parse(r.Version),
        LastVersion = Optional(r.LastVersion),
        AnnouncedIn = Optional(r.AnnouncedIn),
        EffectiveVersion = Optional(r.EffectiveVersion),
        Subject = r.Subject,
        Os = r.Os,
        OsVersion = r.OsVersion,
        Port = r.Port,
        Experimental = r.Experimental,
        Component = r.Component,
        Category = r.Category,
        Summary = r.Summary,
        Source = r.Source,
        Evidence = r.Evidence,
        Rule = r.Rule,
    };

    private static GoVersion? Optional(string? text) => text is null ? null : GoVersion.Parse(text);
}
