using System.ComponentModel;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Web.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

internal static class PlatformsApi
{
    public const int MaxQueryLength = 100;

    public static async Task<JsonHttpResult<PlatformsJson>> MatrixAsync(PlatformsQuery platforms, CancellationToken cancellationToken) =>
        TypedResults.Json(PlatformsJson.From(await platforms.MatrixAsync(cancellationToken)), ContractJson.Options);

    public static async Task<Results<JsonHttpResult<SupportAnswerJson>, ValidationProblem>> NewestSupportingAsync(
        [Description("An OS version (macOS 10.12, Windows 7) or a GOOS/GOARCH port (darwin/386)")] string? q,
        PlatformsQuery platforms,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.Missing("q", "name an OS version such as 'macOS 10.12' or 'Windows 7', or a port such as 'darwin/386'");
        if (q.Length > MaxQueryLength)
            return Problems.BadParameter("q", $"q is {q.Length} characters long; at most {MaxQueryLength} are allowed.");
        var answer = await platforms.NewestSupportingAsync(q, cancellationToken);
        return TypedResults.Json(SupportAnswerJson.From(answer), ContractJson.Options);
    }
}
