using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChangeTracker.Storage;

/// <summary>
/// Serializes a check-then-write across processes. On SQLite a transaction already holds the one write lock from its
/// start (Microsoft.Data.Sqlite begins immediate transactions), so nothing more is needed; on PostgreSQL a transaction
/// takes a transaction-scoped advisory lock named by <paramref name="name"/>, released at commit or rollback.
/// </summary>
public static class WriteLocks
{
    /// <summary>Every write of ingested data (history, downloads, a notes page, linked facts, stored diffs): one at a time, as on SQLite.</summary>
    public const string Store = "changetracker:store";

    /// <summary>Starting a run of one source: the check for a run under way and the insert are one step.</summary>
    public static string RunsOf(string source) => "changetracker:runs:" + source;

    public static async Task LockAsync(this DatabaseFacade database, string name, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql()) return;
        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({name}))", cancellationToken);
    }
}
