using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChangeTracker.Application.Checks;
using ChangeTracker.Diffs;
using ChangeTracker.Modules.Rendering;
using ChangeTracker.Web.Checks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>
/// POST /api/check: the upgrade check of a module sent as JSON (go.mod text and a map of files) or as a multipart form
/// (a zip, or go.mod and files pasted as text). Nothing is run and nothing is stored.
/// </summary>
internal static class CheckApi
{
    public static async Task<Results<JsonHttpResult<CheckJson>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> PostAsync(
        HttpRequest request, CheckUseCase checks, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = CheckInput.MaxRequestBytes;
        if (request.ContentLength > CheckInput.MaxRequestBytes) return TooLarge();
        CheckBody body;
        try
        {
            body = await ReadAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return Problems.BadParameter("body", "The body is neither JSON of the form {\"gomod\": \"…\", \"files\": {\"main.go\": \"…\"}} nor a multipart form with a zip or go.mod text.");
        }

        if (body.Format is not null && !CheckReportRenderers.TryGet(body.Format, out _))
            return Problems.BadParameter("format", $"format={body.Format}: not a report format; allowed formats are {string.Join(", ", CheckReportRenderers.Formats)}.");
        var (checkRequest, problems) = body.Input.ToRequest();
        if (checkRequest is null) return Combine(problems);
        try
        {
            var report = await checks.CheckAsync(checkRequest, cancellationToken);
            if (!CheckReportRenderers.TryGet(body.Format ?? "json", out var renderer) || renderer.Format == "json")
                return TypedResults.Json(CheckJson.Create(report), Domain.Facts.ContractJson.Options);
            await using var writer = new StringWriter();
            await renderer.RenderAsync(report, writer, cancellationToken);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
            return TypedResults.File(bytes, renderer.ContentType, CheckReportRenderers.FileName(report, renderer));
        }
        catch (CheckInputException e)
        {
            return Problems.BadParameter("gomod", e.Message);
        }
        catch (UnknownVersionException e)
        {
            return Problems.NotFound("version", e.Message);
        }
    }

    private static async Task<CheckBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var zip = form.Files.GetFile("zip");
            Stream? zipStream = null;
            if (zip is not null)
            {
                zipStream = new MemoryStream();
                await zip.CopyToAsync(zipStream, cancellationToken);
                zipStream.Position = 0;
            }
            return new CheckBody(new CheckInput(form["gomod"], form["gowork"], null, form["files"], zipStream, form["from"], form["to"], form["targets"].ToArray()), form["format"]);
        }
        var json = await JsonSerializer.DeserializeAsync<CheckJsonBody>(request.Body, cancellationToken: cancellationToken)
            ?? throw new JsonException("empty body");
        return new CheckBody(new CheckInput(json.GoMod, json.GoWork, json.Files, null, null, json.From, json.To, json.Targets ?? []), json.Format);
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(
        detail: $"The request is larger than {CheckInput.MaxRequestBytes / 1024 / 1024} MiB; send the go.mod and the .go files only.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    private static ValidationProblem Combine(Dictionary<string, string> problems) =>
        Problems.Combine(problems.Select(p => Problems.BadParameter(p.Key, p.Value)));

    private sealed record CheckBody(CheckInput Input, string? Format);
}

/// <summary>The JSON body of POST /api/check (README "API").</summary>
public sealed record CheckJsonBody(
    [property: JsonPropertyName("gomod")] string? GoMod,
    [property: JsonPropertyName("gowork")] string? GoWork,
    [property: JsonPropertyName("files")] Dictionary<string, string>? Files,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("targets")] string[]? Targets,
    [property: JsonPropertyName("format")] string? Format);
