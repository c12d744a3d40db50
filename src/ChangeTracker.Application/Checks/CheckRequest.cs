using ChangeTracker.Diffs.Narrowing;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Application.Checks;

/// <summary>
/// What a user asks to check: the module's text, the version to start from (default: its go line), the version to
/// go to (default: the newest stored release) and the platforms it ships to.
/// </summary>
public sealed record CheckRequest(ModuleText Module, GoVersion? From, GoVersion? To, IReadOnlyList<DiffTarget> Targets);

/// <summary>A check that cannot start as asked (no go line and no --from, no stored release): one sentence for the user.</summary>
public sealed class CheckInputException(string message) : Exception(message);
