using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// Behaviour changes, recognised by how the notes say them: "now rejects", "no longer", "by default … now", "is now an
/// error", "restores the old behavior", a GODEBUG setting that reverts it. Run after the removal rules, so "is no
/// longer supported" stays a removal.
/// </summary>
public static class BehaviorRules
{
    private const string Subject = @"(?:^|(?<=\b(?:is|means|[Nn]ote) that ))(?<subject>(?:(?!\b(?:which|that|when|if|where|because|so)\b)[^;])+?)";

    // "now" followed by a verb that changes what existing code sees; verbs that only add ("now supports") are features.
    private const string ChangedVerb =
        @"(?:rejects?|refuses?|returns?|reports?|fails?|panics?|errors?|requires?|always|never|treats?|uses?|defaults?|enforces?|disallows?|ignores?|strips?|sorts?|escapes?|rounds?|limits?|validates?|checks?|verifies?|prints?|emits?|produces?|preserves?|quotes?|truncates?|matches?|trims?|canonicali[sz]es?|follows?|respects?|closes?|omits?|sets?|stops?|waits?|blocks?|retries|honou?rs?|applies|sends?|writes?|reads?|drops?|discards?|clears?|resets?|includes? (?:a|an|the) \w+ (?:header|field|line)|behaves?|works? differently|runs?|calls?|prefers?|selects?|picks?|chooses?|generates?|results? in|causes?|gives?|yields?|has (?:a|an|the) (?:different|new) (?:default|behavior|format)|reject|fail|panic|report|return|only|correctly|properly|consistently|more strictly|strictly|instead)";

    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("behavior-godebug-reverts", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\b(?:restores?|revert(?:s|ed)? to|re-?enables?|keeps?) (?:the )?(?:old|older|previous|prior|original|earlier|Go 1\.\d+) (?:behaviou?r|default|semantics|handling)\b|\bGODEBUG(?: setting| option)?\b[^.;]*?\b(?:[a-z0-9]+=[0-9a-z]+)\b|\b[a-z0-9]+=[01]\b[^.;]*?\bGODEBUG\b|\bcontrolled by the [a-z0-9]+ GODEBUG\b)"),
        new("behavior-now-error", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) now (?:an? )?(?:errors?|invalid|disallowed|rejected|forbidden|illegal|prohibited|required|mandatory|enforced|ignored|an? compile(?:-time)? error|reported|treated as|considered|always|never|case-sensitive|case-insensitive)\b"),
        new("behavior-default-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\bby default\b[^.;]*?\b(?:now|no longer|instead|changed|is now|are now)\b|\b(?:now|no longer) [^.;]*?\bby default\b|\bthe default (?:\w+ )?(?:is|are|has been|was) (?:now |changed|set to)|\bdefaults? (?:has|have) (?:been )?changed\b|\bchanged the default\b|\bnow defaults? to\b|\bdefault (?:value|setting|mode|behaviou?r)\b[^.;]*?\b(?:changed|now|is)\b)"),
        new("behavior-now-verb", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @"(?<!\b(?:can|could|may|might|should|must)) (?:will )?now (?:also )?" + ChangedVerb + @"\b"),
        new("behavior-no-longer", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:will )?no longer (?!supported|available|included|provided|shipped|distributed|needed|necessary|required)\w+"),
        new("behavior-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:has|have) (?:been )?changed\b|\bhas changed (?:to|from|so that)\b|\b(?:format|output|semantics|meaning|order|layout|encoding|behaviou?r) (?:of [^.;]*? )?(?:has|have) changed\b|\bchanged (?:its|the) (?:behaviou?r|format|output|semantics|default)\b"),
        new("behavior-instead", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:now|will) [^.;]*?\binstead of\b|\binstead of (?:silently |quietly )?(?:ignoring|succeeding|returning|accepting|panicking)\b|\brather than (?:silently |quietly )?(?:ignoring|succeeding|returning|accepting|panicking)\b"),
        new("behavior-may-break", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:may|might|can|could|will) (?:now )?(?:break|cause (?:\w+ )?(?:failures?|errors?|problems?))\b|\bprograms? that (?:depend|rely|relied|depended) on\b|\bcode that (?:depends|relies|assumed|assumes)\b|\bnot backwards? compatible\b|\bincompatible change\b|\bbreaking change\b"),
    ];
}
