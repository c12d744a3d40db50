using ChangeTracker.Storage;

namespace ChangeTracker.Application.Versioning;

/// <summary>
/// A cheap reading taken before the data version is derived: two equal readings mean nothing the data version depends on
/// was committed in between, by this process or any other. A change of reading only means "derive it again" (the
/// version itself may come out the same, as after an unchanged re-ingest).
/// </summary>
internal abstract class ChangeProbe : IDisposable
{
    public abstract Task<string> ReadAsync(CancellationToken cancellationToken);

    public virtual void Dispose()
    {
    }

    public static ChangeProbe For(DatabaseTarget target) =>
        target.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlContentProbe(target)
            : new SqliteCommitProbe(target.ConnectionString);
}
