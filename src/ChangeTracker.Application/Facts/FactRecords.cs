using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Facts;

/// <summary>Between a <see cref="Fact"/> and the fact columns of a stored row (the facts table or a stored diff).</summary>
internal static class FactRecords
{
    public static FactRecord ToRecord(string pageVersion, int ordinal, Fact f) =>
        Fill(new FactRecord { PageVersion = pageVersion, Ordinal = ordinal, VersionSortKey = f.Version.SortKey }, f);

    public static Fact ToFact(FactRecord r) => ToFact((IFactColumns)r) with { Page = GoVersion.Parse(r.PageVersion) };

    public static LinkedFactRecord ToLinkedRecord(int ordinal, Fact f) =>
        Fill(new LinkedFactRecord { Ordinal = ordinal, PageVersion = f.Page?.ToString(), VersionSortKey = f.Version.SortKey }, f);

    /// <summary>A linked fact with the page it was first stated on, read from its stored column.</summary>
    public static Fact ToFact(LinkedFactRecord r) => ToFact((IFactColumns)r) with { Page = r.PageVersion is { } page ? GoVersion.Parse(page) : null };

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
        r.FactId = f.Id;
        r.RenamedTo = f.RenamedTo;
        r.Area = f.Area;
        r.Minimum = f.Minimum;
        r.Godebug = f.Godebug;
        r.Symbols = f.Symbols.ToString();
        r.Breaking = f.Breaking;
        r.Tentative = f.Tentative;
        r.Status = f.Status?.ToName();
        r.ResolvedIn = f.ResolvedIn?.ToString();
        return r;
    }

    public static Fact ToFact(IFactColumns r) => new()
    {
        Kind = FactKinds.TryParse(r.Kind, out var kind) ? kind : throw new InvalidDataException($"stored fact {r.FactId} has unknown kind '{r.Kind}'"),
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
        Id = r.FactId,
        RenamedTo = r.RenamedTo,
        Area = r.Area,
        Minimum = r.Minimum,
        Godebug = r.Godebug,
        Symbols = Symbols.Parse(r.Symbols),
        Breaking = r.Breaking,
        Tentative = r.Tentative,
        Status = AnnouncementStatusNames.Parse(r.Status),
        ResolvedIn = Optional(r.ResolvedIn),
    };

    private static GoVersion? Optional(string? text) => text is null ? null : GoVersion.Parse(text);
}
