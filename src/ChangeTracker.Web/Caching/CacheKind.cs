namespace ChangeTracker.Web.Caching;

/// <summary>What a route's answer depends on, and so how long it may be kept and how it is revalidated.</summary>
public enum CacheKind
{
    /// <summary>JSON over the stored data: kept a minute, then revalidated against the data version.</summary>
    Api,

    /// <summary>A dashboard page over the stored data: always revalidated against the data version.</summary>
    Page,

    /// <summary>Ingestion runs (they change without the data changing): always revalidated against the runs' state.</summary>
    Runs,

    /// <summary>Shows the schedule or live state: always fetched again, no validator.</summary>
    Live,

    /// <summary>The Atom feed: kept a quarter of an hour, revalidated against the data version.</summary>
    Feed,

    /// <summary>Support dates (end of life): kept an hour, revalidated against the data version.</summary>
    Reference,

    /// <summary>Describes the app itself (the OpenAPI document): kept an hour, revalidated against the build.</summary>
    Build,
}

/// <summary>Marks a page model or an endpoint with its <see cref="CacheKind"/>; the most derived one counts.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class CachedAttribute(CacheKind kind) : Attribute
{
    public CacheKind Kind { get; } = kind;

    public string CacheControl => Kind switch
    {
        CacheKind.Api => "public, max-age=60",
        CacheKind.Feed => "public, max-age=900",
        CacheKind.Reference or CacheKind.Build => "public, max-age=3600",
        _ => "no-cache",
    };
}

public static class CachedEndpoints
{
    public static TBuilder CachedAs<TBuilder>(this TBuilder builder, CacheKind kind) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CachedAttribute(kind));
}
