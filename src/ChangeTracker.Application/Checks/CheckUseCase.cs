using ChangeTracker.Application.Diffs;
using ChangeTracker.Application.Queries;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Modules.Checking;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Application.Checks;

/// <summary>
/// "Will my module survive the upgrade?": reads the module as text (never runs it), takes the diff of the range from
/// <see cref="DiffUseCase"/> — the same facts, coverage and target narrowing every diff uses — and keeps what touches
/// the module, with why. The CLI's check command, the /check page and POST /api/check all call this.
/// </summary>
public sealed class CheckUseCase(DiffUseCase diffs, KnownVersionsQuery versions)
{
    /// <exception cref="CheckInputException">No version to start from, or no stored release to go to.</exception>
    /// <exception cref="ChangeTracker.Diffs.UnknownVersionException">A version that names no stored release.</exception>
    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var module = ModuleReader.Read(request.Module);
        var from = request.From ?? GoLine(module);
        var to = request.To ?? await NewestAsync(cancellationToken);
        var diff = await diffs.DiffAsync(from.Line, to.Line, cancellationToken);
        if (from.Line >= to.Line) diff = diff with { Facts = [], ComingNext = [] };
        return ModuleCheck.Run(module, diff, request.Targets);
    }

    private static GoVersion GoLine(GoModule module)
    {
        if (module.GoLine is not { } text)
            throw new CheckInputException(module.GoMod is null
                ? "No go.mod was given and no version to start from: give a go.mod, or say which Go version to start from (from, or --from on the command line)."
                : "The go.mod has no go line: say which Go version to start from (from, or --from on the command line).");
        return GoVersion.TryParse(text, out var version, out var error)
            ? version
            : throw new CheckInputException($"The go line of go.mod, “{Shorten(text)}”, is not a Go version: {error}.");
    }

    private async Task<GoVersion> NewestAsync(CancellationToken cancellationToken)
    {
        var stored = await versions.WithNotesAsync(cancellationToken);
        return stored.Count > 0 ? stored[^1] : throw new CheckInputException("No release notes are stored yet: run an ingestion first.");
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
