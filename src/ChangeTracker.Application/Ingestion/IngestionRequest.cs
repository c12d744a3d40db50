using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Application.Ingestion;

/// <summary>
/// What to ingest: a source location, optionally only some major versions, and whether to re-parse
/// pages whose content is unchanged. <see cref="Trigger"/> says who asked (cli, startup, schedule, job).
/// </summary>
public sealed record IngestionRequest(
    string Source,
    IReadOnlyList<GoVersion>? Versions = null,
    bool Force = false,
    string Trigger = "cli",
    bool IncludeHistory = true,
    bool IncludeDownloads = true);
