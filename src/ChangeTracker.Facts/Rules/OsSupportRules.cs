using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>Rules for raised minimum OS, kernel and CPU levels, stated ahead ("last release that will run on") or in the release.</summary>
public static class OsSupportRules
{
    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("os-last-release", FactKind.OsSupportEnded, Timing.LastRelease, Target.LevelsNamed,
            @"\bGo (?<v>1\.\d+) " + ForwardWordings.IsTheLast + @" (?:Go )?(?:release|version) (?:(?:that|to) (?:will )?(?:is supported on|run on|runs on|supports?|requires)|supporting|running on)\b"),
        new("os-this-is-the-last-release", FactKind.OsSupportEnded, Timing.LastRelease, Target.LevelsNamed,
            @"\b(?:This|It) (?:is|will be) (?:likely |probably )?the last (?:Go )?release (?:that|to) (?:will )?(?:run on|runs on|supports?)\b"),
        new("os-will-require", FactKind.OsSupportEnded, Timing.FutureRelease, Target.LevelsRequired,
            @"\bGo (?<v>1\.\d+) will (?:likely )?require\b"),
        new("os-now-requires", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsRequired,
            @"(?:\b(?:Go(?: (?<v>1\.\d+))?|[Pp]orts?|GOARCH=\w+|support|[Bb]inaries|[Bb]uilds?|[Rr]unning on|race detector)\b|^(?:" + Platforms.OsName + @") on (?:" + Platforms.ArchNames + @")\b|^[a-z0-9]+/[a-z0-9]+\b)[^.;:]{0,80}?\b(?<!\b(?:no longer|already|only) )(?:now |thus |also )?(?:requires?|needs?|only supports|supports only|(?:will )?run only on)\b(?! that)"),
        // The new minimum as the subject: "macOS 15 or later is now required", "At least FreeBSD 14.1 is required", "Go 1.40 is
        // supported only on Windows 12 and later", "Go 1.40 raises the minimum supported Windows version to Windows 12".
        new("os-level-is-required", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsRequired,
            @"^(?:At least )?(?=(?:" + Platforms.OsName + @") v?\d)(?:[^.;]|\.(?=\d))*?\b(?:is|are) (?:now )?required\b|\b(?:is|are) (?:now )?supported only on (?=(?:" + Platforms.OsName + @") v?\d)|\b(?:raises?|raised) the minimum (?:supported )?(?:" + Platforms.OsName + @")(?: kernel)? version (?:from \S+ )?to\b"
            + @"|\b[Tt]he minimum (?:supported |required )?(?:" + Platforms.OsName + @")(?: kernel)? version (?:for [^.;,]{1,60}? )?(?:supported by Go(?: 1\.\d+)? )?(?:is now|is|has been raised to|becomes)\b"
            + @"|\b(?:is|are) (?:now )?the oldest (?:supported )?(?:version|release) of (?:" + Platforms.OsName + @")\b|\b[Tt]he oldest (?:" + Platforms.OsName + @") (?:version|release) (?:supported by Go 1\.\d+|Go 1\.\d+ supports) is\b"
            + @"|^(?=(?:" + Platforms.OsName + @") v?\d)[^.;]*? is (?:now )?the oldest (?:\w+ )?(?:version|release) (?:that Go 1\.\d+ supports|supported)\b"),
        // A hedged plan: "We are considering dropping support for FreeBSD 13 in Go 1.41" (tentative until a later page does it).
        new("os-considering-dropping", FactKind.OsSupportEnded, Timing.FutureRelease, Target.LevelsNamed,
            ForwardWordings.ConsideringDropping),
        new("os-will-drop", FactKind.OsSupportEnded, Timing.FutureRelease, Target.LevelsNamed,
            @"\bGo (?<v>1\.\d+) will (?:likely |probably )?(?:drop|end|remove) support for\b"),
        new("os-no-longer-supported", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsNamed,
            @"(?:\bGo (?<v>1\.\d+) )?\b(?:no longer supports|(?:drops|dropped|removes|removed|ends|ended) support for|stops supporting|stopped supporting|no longer runs? on|no longer compatible with)\b"
            + @"|(?:^|, )(?:Support for )?(?:" + Platforms.OsName + @")\b[^,;]{0,40}? (?:is|are) (?:no longer (?:a )?supported|not supported any ?(?:more|longer)|neither tested nor supported any ?(?:more|longer))\b"
            + @"|\b(?:will not|won't|does not|do not|no longer) (?:run|start) on (?=(?:" + Platforms.OsName + @") v?\d)|\bfails? to start on (?=(?:" + Platforms.OsName + @") v?\d)"
            + @"|\bremoved? (?=(?:" + Platforms.OsName + @") v?\d)[^.;]*? from the list of supported\b"),
        new("os-support-removed", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsNamed,
            @"\b[Ss]upport for\b[^;:]*?\b(?:(?:(?:has|have) (?:now )?been|was|is) (?:now )?(?:removed|dropped|discontinued)|(?:has|have) (?:now )?ended)\b"),
        new("os-not-supported-by-go", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsNamed,
            @"(?:\bas of Go (?<v>1\.\d+), )?\bit is not supported by Go\b"),
        new("os-ports-no-longer-released", FactKind.OsSupportEnded, Timing.InRelease, Target.LevelsNamed,
            @"\bports for\b[^;:]*?\bno longer released\b"),
    ];
}
