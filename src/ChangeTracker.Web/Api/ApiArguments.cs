using System.Diagnostics.CodeAnalysis;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChangeTracker.Web.Api;

/// <summary>Parses query and route values into typed arguments, or into a problem that says what was wrong.</summary>
internal static class ApiArguments
{
    public const string VersionForms = "write a Go version such as 1.12, go1.12, 1.21.0 or 1.21rc1";

    public static bool TryVersion(string parameter, string? text, out GoVersion version, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = Problems.Missing(parameter, VersionForms);
            return false;
        }
        if (!GoVersion.TryParse(text, out version, out var error))
        {
            problem = Problems.BadParameter(parameter, $"{parameter}={text}: {error}; {VersionForms}.");
            return false;
        }
        problem = null;
        return true;
    }

    /// <summary>An optional version: absent is fine (null), present must parse.</summary>
    public static bool TryOptionalVersion(string parameter, string? text, out GoVersion? version, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        version = null;
        problem = null;
        if (text is null) return true;
        if (!TryVersion(parameter, text, out var parsed, out problem)) return false;
        version = parsed;
        return true;
    }

    public static bool TryCount(string parameter, string? text, int fallback, int min, int max, out int value, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        value = fallback;
        problem = null;
        if (text is null) return true;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
            return true;
        problem = Problems.BadParameter(parameter, $"{parameter}={text}: must be a whole number from {min} to {max} (default {fallback}).");
        return false;
    }

    public static bool TryFlag(string parameter, string? text, out bool value, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        value = false;
        problem = null;
        if (text is null) return true;
        if (bool.TryParse(text, out value)) return true;
        problem = Problems.BadParameter(parameter, $"{parameter}={text}: must be true or false.");
        return false;
    }

    /// <summary>Null when the version's line is stored; otherwise a 404 listing the stored versions.</summary>
    public static async Task<ProblemHttpResult?> RequireStoredAsync(string parameter, GoVersion version, KnownVersionsQuery versions, CancellationToken cancellationToken)
    {
        var known = await versions.AllAsync(cancellationToken);
        if (known.Contains(version.Line)) return null;
        var stored = known.Count == 0 ? "none are stored yet (run an ingestion first)" : $"the stored versions are {string.Join(", ", known)}";
        return Problems.NotFound(parameter, $"{parameter}={version}: Go {version.Line} is not a stored release; {stored}.");
    }
}
