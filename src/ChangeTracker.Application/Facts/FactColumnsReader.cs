using System.Data.Common;
using ChangeTracker.Storage;
using ChangeTracker.Storage.Records;

namespace ChangeTracker.Application.Facts;

/// <summary>
/// The columns of a stored fact (<see cref="IFactColumns"/>, with the page it was stated on) as plain SQL selects them
/// and reads them back, for the tables that hold facts: the linked facts and the facts of stored diffs.
/// </summary>
internal static class FactColumnsReader
{
    /// <summary>The column list, in the order <see cref="Fill{T}"/> reads it.</summary>
    public const string Columns = """
        "PageVersion", "Kind", "Version", "LastVersion", "AnnouncedIn", "EffectiveVersion", "Subject", "Os", "OsVersion",
        "Port", "Experimental", "Component", "Category", "Summary", "Source", "Evidence", "Rule", "FactId", "RenamedTo", "Area",
        "Minimum", "Godebug", "Symbols", "Breaking", "Tentative", "Status", "ResolvedIn"
        """;

    /// <summary>Fills <paramref name="f"/> from <see cref="Columns"/> starting at <paramref name="at"/>; returns its page.</summary>
    public static string? Fill<T>(T f, DbDataReader r, int at) where T : IFactColumns
    {
        f.Kind = r.GetString(at + 1);
        f.Version = r.GetString(at + 2);
        f.LastVersion = PlainReads.StringOrNull(r, at + 3);
        f.AnnouncedIn = PlainReads.StringOrNull(r, at + 4);
        f.EffectiveVersion = PlainReads.StringOrNull(r, at + 5);
        f.Subject = r.GetString(at + 6);
        f.Os = PlainReads.StringOrNull(r, at + 7);
        f.OsVersion = PlainReads.StringOrNull(r, at + 8);
        f.Port = PlainReads.StringOrNull(r, at + 9);
        f.Experimental = r.GetBoolean(at + 10);
        f.Component = PlainReads.StringOrNull(r, at + 11);
        f.Category = PlainReads.StringOrNull(r, at + 12);
        f.Summary = r.GetString(at + 13);
        f.Source = r.GetString(at + 14);
        f.Evidence = r.GetString(at + 15);
        f.Rule = r.GetString(at + 16);
        f.FactId = r.GetString(at + 17);
        f.RenamedTo = PlainReads.StringOrNull(r, at + 18);
        f.Area = PlainReads.StringOrNull(r, at + 19);
        f.Minimum = PlainReads.StringOrNull(r, at + 20);
        f.Godebug = PlainReads.StringOrNull(r, at + 21);
        f.Symbols = r.GetString(at + 22);
        f.Breaking = r.GetBoolean(at + 23);
        f.Tentative = r.GetBoolean(at + 24);
        f.Status = PlainReads.StringOrNull(r, at + 25);
        f.ResolvedIn = PlainReads.StringOrNull(r, at + 26);
        return PlainReads.StringOrNull(r, at);
    }
}
