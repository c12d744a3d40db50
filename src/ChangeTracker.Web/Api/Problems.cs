using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>RFC 7807 problem details whose detail names the parameter, the value and what is allowed.</summary>
internal static class Problems
{
    public static ValidationProblem BadParameter(string parameter, string detail) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [parameter] = [detail] },
            detail: detail,
            title: $"Invalid parameter '{parameter}'");

    public static ValidationProblem Missing(string parameter, string expected) =>
        BadParameter(parameter, $"The query parameter '{parameter}' is required: {expected}.");

    public static ValidationProblem Combine(IEnumerable<ValidationProblem> problems)
    {
        var list = problems.ToList();
        if (list.Count == 1) return list[0];
        var errors = list.SelectMany(p => p.ProblemDetails.Errors).ToDictionary(e => e.Key, e => e.Value);
        return TypedResults.ValidationProblem(errors,
            detail: string.Join(" ", list.Select(p => p.ProblemDetails.Detail)),
            title: $"Invalid parameters {string.Join(", ", errors.Keys.Select(k => $"'{k}'"))}");
    }

    public static ProblemHttpResult NotFound(string parameter, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            title: $"Unknown value of '{parameter}'",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
