using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Diffs.Narrowing;

/// <summary>A target that a fact of the diff takes away (a dropped or broken port, an OS level that lost support).</summary>
public sealed record TargetLoss(DiffTarget Target, Fact Fact)
{
    /// <summary>"macOS 10.12: Go 1.17 drops it (Go 1.16 is the last release that supports it)".</summary>
    public string Sentence
    {
        get
        {
            var last = Fact.LastVersion is { } l ? $" (Go {l} is the last release that supports it)" : "";
            var what = Fact.Kind switch
            {
                FactKind.PortBroken => "marks it broken",
                FactKind.PortRenamed => $"renames it to {Fact.RenamedTo}",
                FactKind.PortBinariesDropped => "stops shipping binaries for it",
                _ => "drops it",
            };
            return $"{Target}: Go {Fact.Version} {what}{last}.";
        }
    }
}
