namespace ChangeTracker.Web.Caching;

/// <summary>
/// Marks a page model or an endpoint whose 200 answer depends only on its URL and the data version: it is rendered once
/// per data version and URL, kept with its Brotli and gzip forms, and then sent like a static file (see <see cref="StoredBodies"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class StoredBodyAttribute : Attribute;

public static class StoredBodyEndpoints
{
    public static TBuilder WithStoredBody<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new StoredBodyAttribute());
}
