using System.Globalization;
using System.Text.Json.Nodes;
using ChangeTracker.Domain.Downloads;
using ChangeTracker.Domain.Facts;
using Microsoft.OpenApi;

namespace ChangeTracker.Web.Api.OpenApi;

/// <summary>
/// How the OpenAPI document describes one parameter: its schema (type, enum, pattern, bounds), whether it is required
/// and an example. Handlers bind parameters as text to answer bad values with their own problem details; this is what
/// a client generator reads instead.
/// </summary>
public sealed record ParameterDoc(string Name, Func<OpenApiSchema> Schema, bool Required = false, string? Example = null);

/// <summary>The parameter descriptions the endpoints share.</summary>
public static class Parameters
{
    /// <summary>A Go version as the API accepts it: go1.12, 1.12, 1.12.5, 1.21.0, 1.21rc1.</summary>
    public const string GoVersionPattern = @"^(?:[gG][oO])?[0-9]+(?:\.[0-9]+(?:\.[0-9]+|(?:rc|beta)[0-9]+)?)?$";

    public static ParameterDoc Version(string name, bool required = false, string example = "1.12") =>
        new(name, () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = GoVersionPattern }, required, example);

    public static ParameterDoc Enum(string name, IEnumerable<string> values, string example, string? fallback = null) =>
        new(name, () => new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            Default = fallback is null ? null : JsonValue.Create(fallback),
        }, false, example);

    public static ParameterDoc Integer(string name, PageLimits limits) =>
        new(name, () => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = limits.Max.ToString(CultureInfo.InvariantCulture),
            Default = JsonValue.Create(limits.Default),
        }, false, Math.Min(limits.Default, 10).ToString(CultureInfo.InvariantCulture));

    public static ParameterDoc Flag(string name) =>
        new(name, () => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) }, false, "true");

    public static ParameterDoc Text(string name, int maxLength, bool required, string example) =>
        new(name, () => new OpenApiSchema { Type = JsonSchemaType.String, MinLength = required ? 1 : null, MaxLength = maxLength }, required, example);

    public static ParameterDoc Port(string name = "port") =>
        new(name, () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z0-9]+/[a-z0-9]+$" }, false, "windows/arm");

    public static ParameterDoc Cursor() =>
        new("cursor", () => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z0-9_-]+$" }, false, null);

    public static ParameterDoc[] Paged(PageLimits limits) => [Integer("limit", limits), Cursor()];

    public static ParameterDoc FactKind() => Enum("kind", FactKinds.Names, "removal");

    public static ParameterDoc DistributionKind() =>
        Enum("kind", System.Enum.GetValues<Domain.Downloads.DistributionKind>().Select(k => k.ToName()), "archive", "archive");
}
