using System.Text.Json.Nodes;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Caching;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChangeTracker.Web.Api.OpenApi;

/// <summary>What the OpenAPI document says beyond what the handlers' signatures tell it.</summary>
public static class OpenApiDocs
{
    /// <summary>Types, requires and exemplifies the named parameters of this endpoint.</summary>
    public static RouteHandlerBuilder WithParameters(this RouteHandlerBuilder builder, params ParameterDoc[] docs) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (docs.FirstOrDefault(d => d.Name == parameter.Name) is not { } doc) continue;
                parameter.Schema = doc.Schema();
                parameter.Required = doc.Required || parameter.In == ParameterLocation.Path;
                if (doc.Example is not null) parameter.Example = JsonValue.Create(doc.Example);
            }
            return Task.CompletedTask;
        });

    /// <summary>Every cached GET documents its 304 and the validators it sends; every response is described.</summary>
    public static OpenApiOptions AddChangeTrackerDocs(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ChangeTracker API";
            document.Info.Description = "Facts, diffs, sizes and support dates of Go releases, read from the Go release notes, the release history and the downloads feed. Lists are paged (items, limit, next); errors are RFC 7807 problem details.";
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Domain.Facts.FactDto) && schema.Properties is { } properties)
            {
                Restrict(properties, "kind", Domain.Facts.FactKinds.Names);
                Restrict(properties, "status", Enum.GetValues<Domain.Facts.AnnouncementStatus>().Select(s => s.ToName()));
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var cached = context.Description.ActionDescriptor.EndpointMetadata.OfType<CachedAttribute>().LastOrDefault();
            if (cached is not null && cached.Kind != CacheKind.Live && operation.Responses is { } responses)
                responses.TryAdd("304", new OpenApiResponse { Description = "Not Modified: the ETag in If-None-Match (or the date in If-Modified-Since) is still current; no body." });
            foreach (var (status, response) in operation.Responses ?? [])
                if (response is OpenApiResponse { Description: null or "" } plain) plain.Description = Describe(status);
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>Lists the values a string property takes (null stays allowed where the property is nullable).</summary>
    private static void Restrict(IDictionary<string, IOpenApiSchema> properties, string name, IEnumerable<string> values)
    {
        if (properties.TryGetValue(name, out var property) && property is OpenApiSchema schema)
        {
            var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) == true;
            schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).Concat(nullable ? [null!] : []).ToList();
        }
    }

    private static string Describe(string status) => status switch
    {
        "200" => "OK",
        "400" => "Bad Request: a parameter is missing or not valid; the problem names it and the allowed values.",
        "404" => "Not Found: the version or run is not stored; the problem says which are.",
        "500" => "Internal Server Error, as a problem.",
        _ => status,
    };
}
