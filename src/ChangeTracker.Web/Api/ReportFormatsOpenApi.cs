using Microsoft.OpenApi;

namespace ChangeTracker.Web.Api;

/// <summary>Documents the report formats of GET /api/diff as further 200 content types beside the JSON contract.</summary>
internal static class ReportFormatsOpenApi
{
    private static readonly string[] MediaTypes = ["text/markdown", "text/csv", "text/html"];

    public static RouteHandlerBuilder WithReportFormats(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
                foreach (var mediaType in MediaTypes)
                    content.TryAdd(mediaType, new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            return Task.CompletedTask;
        });
}
