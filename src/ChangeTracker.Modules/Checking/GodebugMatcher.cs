using ChangeTracker.Domain.Facts;
using ChangeTracker.Modules.Reading;

namespace ChangeTracker.Modules.Checking;

/// <summary>GODEBUG settings the module sets (go.mod, go.work, //go:debug) that a fact removes, deprecates or changes the default of.</summary>
internal static class GodebugMatcher
{
    public static IEnumerable<string> Reasons(Fact fact, GoModule module)
    {
        if (fact.Kind == FactKind.Feature) yield break;
        var words = EvidenceWords.Of(fact);
        foreach (var setting in module.Godebug.Where(s => s.Key != "default").DistinctBy(s => (s.Key, s.Where)))
        {
            if (fact.Godebug == setting.Key || words.Contains(setting.Key))
                yield return $"sets GODEBUG {setting.Key}={setting.Value} ({setting.Where})";
        }
    }
}
