namespace ChangeTracker.Web.Feeds;

/// <summary>One Atom entry; every text is untrusted scraped text and is escaped by <see cref="AtomFeedWriter"/>.</summary>
/// <remarks><see cref="Link"/> is our own page about the entry; <see cref="RelatedLink"/> the source it was read from.</remarks>
public sealed record AtomEntry(string Id, string Title, DateTimeOffset Updated, string? Link, string Summary, string? Category, string? RelatedLink = null);

/// <summary>The feed's own metadata.</summary>
public sealed record AtomFeedInfo(string Id, string Title, string? SelfLink, string? AlternateLink, DateTimeOffset Updated);
