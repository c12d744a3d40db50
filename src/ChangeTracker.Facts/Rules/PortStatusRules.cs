using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>Ports that stay in the tree but are marked broken, are renamed, or lose their binary downloads.</summary>
public static class PortStatusRules
{
    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("port-renamed", FactKind.PortRenamed, Timing.InRelease, Target.Ports,
            @"\bport\b.*\b(?:has been|was) renamed (?:to )?(?<renamed>[a-z0-9]+/[a-z0-9]+)"),
        new("port-marked-broken", FactKind.PortBroken, Timing.InRelease, Target.Ports,
            @"\b(?:is|are|has been|have been) (?:now )?(?:considered |still |known to be |marked (?:as )?)?broken\b|\bno (?:longer (?:has|have) (?:a )?)?(?:working |passing )?(?:[A-Z]\w+ )?builders? (?:passing|that pass|working)\b|\bbuilders? (?:is|are) not (?:passing|working)\b"),
        new("port-binaries-only-for", FactKind.PortBinariesDropped, Timing.InRelease, Target.Ports,
            @"\b(?:binary (?:downloads?|distributions?|releases?)|binaries|downloads?)\b[^.;]*\bonly\b[^.;]*\b(?:offered|provided|available|released|published)\b[^.;]*\b(?:for|on) (?<only>amd64|386|arm64)\b|\bonly (?:offer|provide|publish|release)s? (?:binary (?:downloads?|distributions?)|binaries) (?:for|on) (?<only>amd64|386|arm64)\b|\b(?:binary downloads?|distributions?|binaries|downloads?)\b[^.;]*?\b(?:is|are) (?:now )?(?:provided|offered|available|released|published) only (?:for|on) (?:the )?(?<only>amd64|386|arm64)\b"),
        new("port-binaries-dropped", FactKind.PortBinariesDropped, Timing.InRelease, Target.Ports,
            @"\b(?:[Bb]inary (?:downloads?|distributions?|releases?|packages?)|[Bb]inaries|[Dd]ownloads?)\b[^.;]*\b(?:no longer|not be|will not be|are not|is not)\b[^.;]*\b(?:provided|offered|available|released|distributed|published|built)\b|\bno longer (?:provides?|offers?|ships?|publish(?:es)?|releases?) (?:prebuilt |pre-built )?(?:binary|binaries|downloads?|downloadable|archives|distributions)\b"),
    ];
}
