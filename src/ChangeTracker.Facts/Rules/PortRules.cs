using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>Rules for ports that appear or go away. Each needs a port named in the sentence, its neighbour or its heading.</summary>
public static class PortRules
{
    // Things a sentence can add "support for" that are not ports.
    private const string NotAPort =
        @"(?! (?:cgo|the race|race|the memory|the address|-?msan|-?asan|external|internal|c-shared|c-archive|pie|plugins?|shared|building|the (?:c-|pie|plugin|-)|later|newer|(?:OpenBSD|macOS|FreeBSD|NetBSD|Android|iOS) \d|reading|writing))";

    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("port-added", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\b(?:adds?|added|includes?|contains?|introduces?|introduced)\b(?: an?| the)?(?: (?:new|experimental|preliminary|first-class|[A-Z]\w*|\S+/\S+))* (?:ports?\b|support (?:for|of)\b" + NotAPort + ")"),
        new("port-new", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\bnew (?:(?:experimental|\S+/\S+) )*ports?\b(?! (?:is|are) (?:no longer|not))"),
        new("port-go-now-supports", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\bGo (?:(?<v>1\.\d+) )?(?:now )?supports\b" + NotAPort + @"|\bGo (?:(?<v>1\.\d+) )?now runs on (?=[a-z0-9]+/[a-z0-9]+\b)"),
        new("port-can-build-for", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\bcan (?:now )?build binaries for\b"),
        new("port-support-returned", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\b[Ss]upport for .+ has returned\b|^(?:(?<experimental>Experimental|Preliminary) )?[Ss]upport for (?=[a-z0-9]+/[a-z0-9]+\b)[^.;]*? (?:has been|was) added\b"),
        new("port-listed-after-new-ports", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"^These include (?=[a-z0-9]+/[a-z0-9]+)"),
        new("port-available-as-experiment", FactKind.PortAdded, Timing.InRelease, Target.Ports,
            @"\b(?<experimental>available as experiments)\b"),

        new("port-no-longer-supported", FactKind.PortRemoved, Timing.InRelease, Target.Ports,
            @"\bports? (?:is|are) no longer supported\b|\bno longer (?:runs|builds) on (?:the )?(?=[a-z0-9]+/[a-z0-9]+ port)"),
        new("port-last-release", FactKind.PortRemoved, Timing.LastRelease, Target.Ports,
            @"\bGo (?<v>1\.\d+) " + ForwardWordings.IsTheLast + @" (?:Go )?release (?:(?:that|to) (?:will )?(?:run on|runs on|supports?|contains?|includes?)|supporting|running on)\b(?! the \w+ ABI)"),
        new("port-considering-dropping", FactKind.PortRemoved, Timing.FutureRelease, Target.Ports,
            ForwardWordings.ConsideringDropping),
        new("port-support-dropped", FactKind.PortRemoved, Timing.InRelease, Target.Ports,
            @"\b(?:drops|dropped|removes|removed) support for\b"),
        new("port-removed", FactKind.PortRemoved, Timing.InRelease, Target.Ports,
            @"\bports? (?:\([^)]*\) )?(?:has been|have been|was|were) (?:removed|dropped|deleted)\b|\bGo (?<v>1\.\d+) removes the (?=[a-z0-9]+/[a-z0-9]+ ports?\b)"),
        // Announced ahead: "The windows/arm port is broken and will be removed in Go 1.42."
        new("port-will-be-removed", FactKind.PortRemoved, Timing.FutureRelease, Target.Ports,
            @"\bports? (?:\([^)]*\) )?(?:is|are) [^.;]*?\bwill (?:likely |probably )?be removed\b(?:[^.;]*?\bin Go (?<v>1\.\d+))?"),
    ];
}
