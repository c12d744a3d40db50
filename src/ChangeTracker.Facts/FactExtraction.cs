using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Facts;

/// <summary>
/// The facts of one release-notes page. <see cref="Page"/> is the release whose page they came from, so storage
/// can replace one page's facts whole; <see cref="Error"/> is set when the page yielded nothing to extract from.
/// </summary>
public sealed record FactExtraction(GoVersion Page, Uri PageUrl, IReadOnlyList<Fact> Facts, string? Error)
{
    public bool Succeeded => Error is null;
}
