using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Facts;

/// <summary>Between a <see cref="Fact"/> and the fact columns of a stored row (the facts table or a stored diff).</summary>
internal static class FactRecords
{
    public static FactRecord ToRecord(string pageVersion, int ordinal, Fact f) =>
        Fill(new FactRecord { PageVersion = pageVersion, Ordinal = ordinal, VersionSortKey = f.Version.SortKey }, f);

    public static T Fill<T>(T r, Fact f) where T : IFactColumns
    {
        r.Kind = f.Kind.ToName();
        r.Version = f.Version.ToString();
        r.LastVersion = f.LastVersion?.ToString();
        r.AnnouncedIn = f.AnnouncedIn?.ToString();
        r.EffectiveVersion = f.EffectiveVersion?.ToString();
        r.Subject = f.Subject;
        r.Os = f.Os;
        r.OsVersion = f.OsVersion;
        r.Port = f.Port;
        r.Experimental = f.Experimental;
        r.Component = f.Component;
        r.Category = f.Category;
        r.Summary = f.Summary;
        r.Source = f.Source;
        r.Evidence = f.Evidence;
        r.Rule = f.Rule;
        return r;
    }

    public static Fact ToFact(IFactColumns r) => new()
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
