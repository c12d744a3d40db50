using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// What to ingest: a source location, optionally only some major versions, and whether to re-parse
/// pages whose content is unchanged. <see cref="Trigger"/> says who asked (<see cref="IngestionTriggers"/>).
/// </summary>
public sealed record IngestionRequest(
    string Source,
    IReadOnlyList<GoVersion>? Versions = null,
    bool Force = false,
    string Trigger = IngestionTriggers.Cli,
    bool IncludeHistory = true,
    bool IncludeDownloads = true);
