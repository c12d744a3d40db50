namespace ChangeTracker.Web.Feeds;

/// <summary>One Atom entry; every text is untrusted scraped text and is escaped by <see cref="AtomFeedWriter"/>.</summary>
public sealed record AtomEntry(string Id, string Title, DateTimeOffset Updated, string? Link, string Summary, string? Category);

/// <summary>The feed's own metadata.</summary>
public sealed record AtomFeedInfo(string Id, string Title, string? SelfLink, string? AlternateLink, DateTimeOffset Updated);
