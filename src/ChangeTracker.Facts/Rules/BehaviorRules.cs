using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// Behaviour changes, recognised by how the notes say them: "now rejects", "no longer", "by default … now", "is now an
/// error", "restores the old behavior", a GODEBUG setting that reverts it. Run after the removal rules, so "is no
/// longer supported" stays a removal.
/// </summary>
public static partial class BehaviorRules
{
    private const string Subject = @"(?:^|(?<=\b(?:is|means|[Nn]ote) that ))(?<subject>(?:(?!\b(?:which|that|when|if|where|because|so)\b)[^;])+?)";

    // A subject that may also start after a leading clause ("When X is set, the server now …"; "If …, it will now …"):
    // it runs to the verb without crossing a comma, so each start is scanned once.
    private const string LooseSubject = @"(?:^|(?<=\b(?:is|means|[Nn]ote) that )|(?<=, ))(?<subject>(?:(?!\b(?:which|that|when|if|where|because|so)\b)[^;,])+?)";

    // Any text of the clause up to the next wording, across the dots of names ("Config.Frob", "io.CopyBuffer"). The rules
    // repeat it at most 400 times, so a hostile clause of any length costs time in proportion to its length.
    private const string InClause = @"(?:[^.;]|\.(?=[A-Za-z_]))";

    // Not after a removal announced for later ("A future release will remove X, so programs that depend on it …"): advice
    // about that removal, which the deprecation rules read, not a change of this release.
    // Placed right after the word it guards, so it is only tried where that word stands.
    private const string AfterNoFutureRemoval = @"(?<!\b(?:will|to) (?:be )?(?:remove[ds]?|drop(?:ped)?)\b[^.;]{0,220})";

    // Verbs that describe doing something differently, beyond the ones of ChangedVerb.
    private const string ActsVerb =
        @"(?:means|streams?|forwards|deletes?|retains|annotates|suppresses|redirects|wakes|re-\w+s|proxies|mentions?|lists|places|pads|aligns?|expires|visits|ends? with|unblocks?|fires|answers|groups?|interprets?|synchroni[sz]es?|assumes?|formats?|passes|activates?|updates?|downloads?|refers?|searches|indicates?|skips?|issues?|removes?|handles?|merges?|encodes?|decodes?|quantizes?|dereferences?|prioriti[sz]es?|resolves?|consults?|looks|tries|attempts?|caches|begins?|creates?|loads?|compares?|converts?|translates?|maps?|rewrites?|adds? (?:an? |the )?\w+ (?:prefix|suffix|header|line)s?|randomly \w+|reads?|accepts? but|defends?|zero(?:e?s)?|scales?|restricts?|drains?|remembers?|copies|retry|retries|enables?|disables?|encloses?|prevents?|excludes?|diagnoses?|overwrites?|initiali[sz]es?|presents?|takes?|(?:un)?marshals?|considers?|counts?|detects?|inherits?|searches|keeps?|discards?|forces?|honou?rs?|points? (?:to|at)|exits?|binds?|cleans?|saturates?|aborts?|crash(?:es)?|flush(?:es)?|raises?|fills?|normali[sz]es?|computes?|appends?|splits?|joins?|switch(?:es)? to|obeys?|adheres? to|conforms? to|compl(?:ies|y) with|mirrors?|insists? on|demands?|expects?|tightens?|defers?|implies|imply|records?|upgrades?|downgrades?|preempts?|terminates?|elides?|reserves?|seriali[sz]es?|recovers?|measures?|buffers?|inserts?|prepends?|positions|(?:re)?orders|shuffles|(?:re)?seeds|substitutes|favou?rs|propagates|relays|unescapes|unquotes|collapses|dedup(?:licate)?s|clamps|caps|unwraps|wraps|reinterprets|renames|recurses|descends|traverses|signals|cancels|unsets|lowers|increases|decreases|frees|refreshes|rereads|rescans|rebuilds|recompiles|relinks|reinstalls|fetches|uploads|signs|encrypts|decrypts|(?:de)?compresses|evaluates|calculates|attributes|charges|accounts for|spawns|forks|invokes|launches|starts|polls|sleeps|authenticates|negotiates|renders|installs|logs|outputs)";

    // A condition set off by commas between the subject and its verb: "The encoder, when writing X, now …".
    private const string Aside = @"(?:, (?:when|if|while|unless|once) [^,;]+)?";

    // " now ", " will now ", " now also ", … (not "can now", "may now": those add a capability).
    // An appositive before it is fine ("The X method, used for Y, now quotes …"), and so is any adverb after it.
    private const string NowAdverb = @"(?<!\b(?:can|could|may|might|should|must)),? (?:will )?(?:also )?now (?:also |automatically |correctly |explicitly |always |only |more |first |\w+ly )?";

    // Participles of "is now …" that describe handling something differently (not "is now supported/available").
    private const string ActsParticiple =
        @"(?:used|passed|inherited|converted(?= to (?:lower|upper) ?case\b)|checked|validated|verified|cached|rotated|repopulated|reloaded|renewed|invalidated|lowercased|uppercased|followed|serialized|deduplicated|flushed|buffered|unblocked|compiled|built|linked|installed|downloaded|fetched|vendored|disabled|disallowed|reported|printed|selected|searched|stored|executed|prioriti[sz]ed|respected|honou?red|marked(?! (?:as )?deprecated\b)|sorted|escaped|quoted|rounded|truncated|canonicali[sz]ed|interpreted|parsed|resolved|compared|sent|written|emitted|returned|computed|chosen|done|caught|ignored|rejected|treated|considered|assumed|accepted|applied|closed|limited|capped|enforced|wrapped|overwritten|clobbered|omitted|skipped|dropped|randomi[sz]ed|cancell?ed|stripped|trimmed|normali[sz]ed|saniti[sz]ed|removed(?= from\b)|un(?!supported|documented|changed|affected|exported)\w+ed|idempotent|deterministic|reordered|inserted|prepended|appended|padded|renamed|relocated|cleared|reset|zeroed|freed|retried|delayed|deferred|batched|coalesced|merged|split|joined|grouped|counted|logged|propagated|forwarded|redirected|proxied|authenticated|signed|encrypted|compressed|encoded|decoded|evaluated|calculated|collapsed|clamped|bounded|restricted|rechecked|revalidated|recomputed|regenerated|rebuilt|recompiled|evicted|expired|finalized|retained|kept|discarded|refused|blocked)";

    // "now accepts …" with input that was refused before: empty, negative, duplicate, malformed … values, characters or
    // separators the syntax did not allow; "callers may now pass an empty X".
    internal const string AcceptsIrregularInput =
        @"(?:now (?:also )?(?:accepts?|permits?|allows?|tolerates?) (?!(?:an? |the )?(?:new |optional )?(?:-\w+|flags?|options?|interfaces?)\b)" + InClause + @"{0,400}?\b(?:empty|negative|invalid|duplicate|non-ASCII|zero|trailing|malformed|repeated|unknown|long|missing|extra|characters|separators?|commas?(?<!\bseparated by commas?)|semicolons?)\b|(?:may|can) now (?:pass|give|supply|use) (?:an? |the )?(?:empty|nil|zero|negative)\b(?!-)(?!" + InClause + @"{0,400}\bnew\b))";

    // Output of another size for the same input: "the encoder creates smaller output". Its bytes differ, even when the
    // sentence is about speed.
    internal const string OutputOfAnotherSize = @"(?:creates?|produces?|writes?|emits?) (?:smaller|larger|shorter|longer) output\b";

    // An environment variable users already set, read in more forms: "now honors ranges in the FROB_PROXY environment
    // variable", "the FROB_PATH environment variable can now be a list".
    internal const string EnvironmentVariableReadDifferently =
        @"now (?:also )?(?:supports?|understands?|recognizes?|honou?rs?|accepts?) " + InClause + @"{0,400}?\bin the [A-Z][A-Z0-9_]+ environment variable\b|\b[A-Z][A-Z0-9_]{2,} environment variable can now (?:be (?!set\b|configured\b|changed\b|written\b)|contain|hold|take)\b|\b[A-Z][A-Z0-9_]{2,} (?:environment variables? )?can now be (?:used|set) to override\b";

    // "now" followed by a verb that changes what existing code sees; verbs that only add ("now supports") are features.
    private const string ChangedVerb =
        @"(?:rejects?|refuses?|returns?|reports?|fails?|panics?|affects?|errors?|requires?|always|never|treats?|uses?|defaults?|enforces?|disallows?|ignores?|strips?|sorts?|escapes?|rounds?|limits?|validates?|checks?|verifies?|prints?|emits?|produces?|preserves?|quotes?|truncates?|matches?|trims?|canonicali[sz]es?|follows?|respects?|closes?|omits?|sets?|stops?|waits?|blocks?|retries|honou?rs?|applies|sends?|writes?|reads?|drops?|discards?|clears?|resets?|includes? (?:a|an|the) \w+ (?:header|field|line)|behaves?|works? differently|runs?|calls?|prefers?|selects?|picks?|chooses?|generates?|results? in|causes?|gives?|yields?|(?:has|have) (?:a|an|the) (?:different|new) (?:default|behavior|format)|(?:has|have) (?:a |an |the )?(?:different |new )?default (?:type|value)|makes?(?! (?:it|(?:\w+ )?(?:changes?|improvements?|enhancements?|additions?)|(?:[\w-]+ ){0,3}(?:possible|easier|easy|simpler|available|sure))\b)|reject|fail|panic|report|return|only|correctly|properly|consistently|more strictly|strictly|instead)";

    /// <summary>The rule for a sentence that names the setting restoring the old behaviour.</summary>
    public const string GodebugReverts = "behavior-godebug-reverts";

    /// <summary>True when <paramref name="rule"/> (a fact's rule, possibly with notes after its name) only restates a removal before it.</summary>
    public static bool RestatesARemoval(string rule) => Restating.Contains(rule.Split(' ', ',')[0]);

    // A sentence that opens (the callers anchor it) on the release it dates and says what now holds: "As of Go 1.40, Frob returns …", "Starting
    // in Go 1.40, the default is …". Not one that only adds, allows or removes something.
    private const string DatedOpenerChange =
        @"(?:In|As of|With|Starting (?:in|with)|Beginning (?:in|with)) Go 1(?:\.\d+)?, (?!(?:[^.]|\.(?=\w))*\b(?:new|adds?|added|introduces?|can|may|removed|deleted)\b)(?:[^.]|\.(?=\w))*\b(?:returns?|is|are|has been|have been|takes?|works?|uses?|rejects?|ignores?|treats?|requires?|writes?|prints?|emits?|validates?|checks?|verifies|computes?|sorts?|quotes?|escapes?|yields?|produces?|formats?|encodes?|by default)\b";

    /// <summary>The rule for a dated change stated in an introduction, which otherwise only summarises the sections below it.</summary>
    public static readonly SentenceRule DatedInIntroduction =
        new("behavior-dated-in-introduction", FactKind.BehaviorChange, Timing.InRelease, Target.Subject, "^(?<subject>)" + DatedOpenerChange);

    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new(GodebugReverts, FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            // (not a setting that opts in to something new: "When GODEBUG=x=0 is set, …", "A new GODEBUG setting …")
            @"^(?!(?:When|If) (?:the )?GODEBUG\b)(?![^.]*\b(?:[Aa]|[Tt]he) new GODEBUG\b)(?![^.]*\bcan be used to (?:trace|debug|find|diagnose)\b)" + InClause + @"{0,400}?(?<subject>)(?:\b(?:restores?|revert(?:s|ed)? to|re-?enables?|keeps?|retain|preserve|get(?: back)?|falls? back to|keep using) (?:the )?(?:old|older|previous|prior|original|earlier|former|Go 1\.\d+) (?:[\w-]+ )?(?:[\w-]+ )?(?:behaviou?r|default|semantics|handling|ordering|order|format|algorithm|precedence|matching|path|location|mode|layout|limit|value)s?\b|\b[a-z][a-z0-9]+=\w+ (?:setting )?(?:\w+ly )?(?:re-?enables?|restores?|reverts?|brings back|disables the (?:new )?(?:[\w-]+ )?(?:[\w-]+ )?(?:check|validation|verification|restriction|limit|behaviou?r)s?)\b|\bfalls? back to the (?:old|previous|former|earlier)\b|\b[Ss]etting [a-z][a-z0-9]+=\w+ (?:makes|lets|allows)\b[^.;]{0,120}\b(?:as before|again)\b|\b(?:[Ii]f|[Ww]hen|[Ww]here) (?:the )?(?:old|older|previous|prior|earlier) (?:behaviou?r|default|ordering|order|format) is (?:preferred|desired|wanted|needed|required)\b|\bGODEBUG(?: setting| option)?\b" + InClause + @"{0,400}?\b(?:[a-z0-9]+=[0-9a-z]+)\b|\b[a-z0-9]+=[01]\b" + InClause + @"{0,400}?\bGODEBUG\b|\bcontrolled by the [a-z0-9]+ GODEBUG\b)"),
        new("behavior-now-error", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) now (?:an? )?(?:errors?|no-ops?|invalid|disallowed|rejected|forbidden|illegal|prohibited|required|mandatory|enforced|ignored|an? compile(?:-time)? error|reported|treated as|considered|always|never|case-sensitive|case-insensitive|significant|insignificant)\b"),
        new("behavior-default-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\bby default\b" + InClause + @"{0,400}?\b(?:now|no longer|instead|changed|is now|are now)\b|\b(?:now|no longer) " + InClause + @"{0,400}?\bby default\b|\bthe default (?:\w+ )?(?:is|are|has been|was) (?:now |changed|set to)|\b(?:is|are|becomes) now the default\b|\bdefaults? (?:has|have) (?:been )?changed\b|\bchanged the default\b|\b[Tt]he default (?:for|of) " + InClause + @"{0,400}? (?:changes|switches|becomes|flipped|switched) (?:to|from)\b|\bnow defaults? to\b|\bdefault (?:[A-Z][\w.]* )?(?:value|setting|mode|behaviou?r)\b" + InClause + @"{0,400}?\b(?:changed|now|is)\b|\bwill (?:\w+ ){1,3}by default\b|\bwill (?:now )?default to\b)"),
        new("behavior-now-verb", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @"(?<!\b(?:can|could|may|might|should|must)) (?:will )?now (?:also )?" + ChangedVerb + @"\b"),
        new("behavior-no-longer", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @"(?<!\b(?:should|must)) (?:will )?no longer (?!supported|available|included|provided|shipped|distributed|needed|necessary|required)\w+")
        {
            RestatesARemoval = true,
        },
        new("behavior-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:has|have) (?:been )?changed\b|\bhas changed (?:to|from|so that)\b|\b(?:format|output|semantics|meaning|order|layout|encoding|behaviou?r) (?:of " + InClause + @"{0,400}? )?(?:has|have) changed\b|\bchanged (?:its|the) (?:behaviou?r|format|output|semantics|default)\b|\b(?:[Ff]ormat|[Ss]emantics|[Mm]eaning|[Oo]rder|[Ll]ayout|[Ee]ncoding|[Bb]ehaviou?r) of (?!a new\b)" + InClause + @"{0,200}? changed(?=[:.;,]| (?:to|so|from)\b)|(?<subject>)\b(?:has|have) changed(?=[:.;,]|$)|\bbehaves? differently\b|\b(?:is|are) now \w+ed differently\b|\bnow \w+s differently\b|\b(?:in|with) a different (?:order|format|layout|encoding|representation)\b"),
        new("behavior-instead", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @"(?<!\b(?:can|could|may|might)) (?:now|will) [^.;]{0,400}?\binstead of\b|\binstead of (?:silently |quietly )?(?:ignoring|succeeding|returning|accepting|panicking)\b|\brather than (?:silently |quietly )?(?:ignoring|succeeding|returning|accepting|panicking)\b|\bnow \w+s instead\b"),
        new("behavior-may-break", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:may|might|can|could|will) (?:now )?(?:break|cause (?:\w+ )?(?:failures?|errors?|problems?))\b|\bprograms?" + AfterNoFutureRemoval + @" that (?:depend|rely|relied|depended) on\b|\bcode that (?:depends|relies|assumed|assumes)\b|\bnot backwards? compatible\b|\bincompatible change\b|\bbreaking change\b|\bmay now (?:deadlock|hang|block forever|panic|crash|fail)\b|\b(?:may|might|will) (?:now )?(?:observe|notice) that\b")
        {
            RestatesARemoval = true,
        },
        new("behavior-will-now-be", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @" (?:will|must) now (?:also |only |always )?be (?!able\b|possible\b|available\b|supported\b|allowed\b|permitted\b)\w+"),
        new("behavior-is-now-handled", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @" (?:is|are) now (?:\w+ly )?(?:\w+-)?" + ActsParticiple + @"\b|(?<subject>)(?<=, )(?:is|are) now (?:\w+ly )?" + ActsParticiple + @"\b"),
        new("behavior-corrected", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:has been|have been|was|were) (?:corrected|adjusted|restored|updated to (?:match|follow|conform|return))\b|" + Subject + @" (?:is|are) (?:now )?corrected\b|(?<subject>)\bhad (?:incorrectly|wrongly|erroneously|mistakenly) \w+|(?<subject>)\b(?:has|have) been fixed to\b|(?<subject>)\b(?:was|were) fixed to\b|(?<subject>)\bbecause (?:of )?(?:a|the) bug\b" + InClause + @"{0,400}?\bfixed\b|(?<subject>)\bhad a bug (?:that|which|where)\b|(?<subject>)\brestoring the (?:old|previous|earlier) (?:Go 1\.\d+ )?behaviou?r\b"),
        // Two rules rather than one alternation of both verb lists: one large alternation compiles very slowly.
        new("behavior-now-verb-after-clause", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + Aside + NowAdverb + ChangedVerb + @"\b"),
        new("behavior-now-acts", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + NowAdverb + ActsVerb + @"\b"),
        // What a thing now does, qualified by when, in what order or in place of what: "now opens a browser only when …",
        // "now wakes waiters in FIFO order", "now reads the empty string as a value, not as NULL".
        new("behavior-now-qualified", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?<!\b(?:can|could|may|might|should|must) )\bnow \w+s\b" + InClause + @"{0,400}?(?:\bonly (?:when|if|for|on|at|in)\b|\bin (?:[\w-]+ )order\b(?! to\b)|, not (?:as |an? |the ))"),
        new("behavior-now-rather-than", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @" (?:is|are) now " + InClause + @"{0,400}?\b(?:rather than|instead of)\b"),
        new("behavior-on-by-default", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are|will be) (?:now )?(?:enabled|turned on|used|selected) by default\b|(?<subject>)\b(?:uses|enables|builds|downloads|selects) " + InClause + @"{0,400}?\bby default\b|(?<subject>)\bby default (?:\w+ )?(?:uses|enables|builds|downloads|selects|verifies|authenticates|checks|rejects|runs)\b"),
        new("behavior-was-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:was|were|has been|have been) (?:changed|modified|increased|lowered|raised|lifted|reduced|decreased|tweaked|redefined|redesigned) (?:from|to|so that)\b|" + Subject + @"(?<!\b(?:be|been|being|will|would|should|must|may|might|can|could))(?: (?:has|have|was|were))? (?:switched|changed) from \S+ (?:\S+ ){0,3}to\b|" + Subject + @"(?<!\b(?:be|been|being|will|would|should|must|may|might|can|could)) changed (?:to (?!be\b)[a-z]+|its (?:\w+ ){1,3}to)\b|(?<subject>)\b(?:has|have) been (?:tweaked|redefined|redesigned|updated to conform|made an?)\b|(?<subject>)\b(?:was|were|has been|have been|is|are) (?:altered|adjusted|flipped|tightened|revised|reworked|modified) (?:from|so that|to (?!take\b|accept\b))|(?<subject>)\b(?:is|are) (?:reduced|increased|lowered|raised|decreased) from \S+ (?:\S+ ){0,3}to\b"),
        new("behavior-is-stricter", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @" (?:is|are) (?:now )?(?:stricter|more strict|more precise|(?<=now )(?:more )?accurate|more permissive|strict about|less (?:lenient|forgiving|tolerant)|(?:aligned|consistent) with)\b|(?<subject>)\b\w+s (?:[\w.]+ ){0,3}more strictly\b"),
        new("behavior-will-now-fail", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bwill now (?:\(\w+\) )?(?:return (?:an? |the )?(?:new )?error|reject|panic|fail|crash|report an? error)\b|\bwill no longer (?:panic|fail|crash)\b"),
        // A sentence that tells how things were before ("Previously, …", "In earlier releases …"): the change is stated
        // by the sentence next to it, which the fact cites too.
        new("behavior-contrast-with-before", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:^(?:[Pp]reviously|[Ff]ormerly)\b|^(?:It|They|This|These|The \w+) (?:previously|formerly)\b|^(?:In|With) (?:previous|earlier|prior|older) (?:Go )?(?:releases|versions)\b|^(?:Before|Prior to|Until) (?:Go 1\.\d+|this release|the current release)\b)")
        {
            CitesNeighbour = true,
            RestatesARemoval = true,
        },
        new("behavior-existing-code-affected", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\bmay (?:need|require) (?:changes|updates|to be (?:updated|changed|modified|adjusted))\b|\b(?:may|might|could|will) (?:now )?(?:get|see|produce|return|yield|give) (?:an? )?(?:different|distinct)\b|\bnot (?:otherwise )?changed, except\b|\bmay now be (?:reported|flagged|rejected|diagnosed|detected)\b|\b(?:may|might|could) now (?:return|produce|yield) (?:fewer|more|other)\b|\bnot (?:be )?bit-for-bit identical\b|\b[Tt]he (?:previous|old|former) (?:[\w-]+ )?(?:behaviou?r|result|value|format|output|default) is (?:still )?available (?:from|via|with|by|as)\b|\b(?:regenerated|rebuilt|recompiled|rewritten|updated|re-?run) (?:after|when) upgrading\b|\bwill not be identical\b|\bcould change the behaviou?r\b|\b(?:which|this|that) (?:may|can|could|might|will) (?:change|alter|affect) (?!how (?:you|users) \w+)\w+|\bmay affect (?:code|programs|existing)\b|\bmay lead to newly reported\b|\bolder (?:tools|toolchains|programs|readers|decoders|parsers)\b(?: of [\w./]+)? (?:cannot|can't|will not|won't|no longer|are unable to)\b|\bcannot be read by\b(?:[^.;]|\.(?=\w))*?\b(?:earlier|older|previous|prior)\b|\b(?:code|programs?|files|callers|tools|scripts)\b" + AfterNoFutureRemoval + InClause + @"{0,400}\b(?:must|should) be updated\b|\b(?:must|should|need to) be (?:recomputed|regenerated|re-?encoded|re-?signed|re-?created|re-?hashed)\b|\b(?:produced|written|built|generated|compiled) by unchanged (?:code|programs)\b|\bunchanged (?:code|programs|callers) (?:will|may|might) (?!(?:still|continue|keep)\b)\w+)"),
        new("behavior-compile-time-error", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\b(?:is|are|causes?|becomes?|gives?|results? in) (?:now )?(?:a |an )?compile(?:-time)? errors?\b|\b(?:is|are) (?:now )?(?:flagged|diagnosed|reported) (?:as an error )?by the compiler\b|\bis not a legal program\b|\b(?:is|are) (?:now )?(?:rejected|refused) by the (?:compiler|linker|assembler|type checker)\b|\b(?:is|are) (?:now )?(?:detected|caught|diagnosed|reported) at compile time\b|\bcauses? (?:the )?(?:build|compilation) to fail\b|\b[Tt]he (?:compiler|linker|assembler|type checker) (?:now )?(?:rejects|refuses)\b)"),
        new("behavior-again", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) (?:now )?(?:once )?again (?:\w+ )?(?:checked|disabled|enabled|rejected|accepted|ignored|used|reported|allowed|required)\b"),
        new("behavior-stops-doing", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @"(?<!\b(?:[Nn]o|[Nn]othing|[Nn]one of the) (?:\w+ )?\w*) (?:will )?(?:now )?stops? (?!being\b|accepting\b|supporting\b)\w+ing\b|(?<subject>)\b(?:stopped|now stops) accepting\b|(?<subject>)\b(?:has|have) stopped (?!being\b|supporting\b|shipping\b|distributing\b|publishing\b|providing\b|including\b|bundling\b|building\b)\w+ing\b|" + Subject + @" (?:has|have) (?:ceased|stopped) to (?!exist\b|work\b|be\b)\w+"),
        new("behavior-will-always", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"^(?!" + InClause + @"{0,400}\b(?:[Ff]uture|[Nn]ext) (?:release|version)\b)" + InClause + @"{0,400}?(?<subject>)\bwill (?:always|never|not always|remain|be kept|no longer)\b"),
        new("behavior-release-changes", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\bGo 1(?:\.\d+)? (?:changes|redefines|now (?:defines|specifies))\b|\bnow (?:defines|specifies|states) (?:that|how|what)\b|\b(?:is|are) now defined (?:as|to)\b|\bguaranteed to (?:panic|trigger|fail|crash)\b|\b[Tt]his release (?:changes|redefines)\b|^(?:In|As of|With|Starting (?:in|with)|Beginning (?:in|with)) this release, (?!(?:[^.]|\.(?=\w))*\b(?:new|adds?|added|introduces?|can|may)\b)(?:[^.]|\.(?=\w))*?\b\w+s\b|\b(?:is|are) now [\w.]+-compatible\b|^(?=(?:[^.]|\.(?=\w))*? (?:as of|starting (?:in|with)|beginning (?:in|with)) (?:this release|Go 1\.\d+)\.?$)(?!(?:[^.]|\.(?=\w))*\b(?:new|adds?|added|introduces?|can|may)\b)(?:[^.]|\.(?=\w))*?\b\w+s\b(?:[^.]|\.(?=\w))*? (?:as of|starting (?:in|with)|beginning (?:in|with)) (?:this release|Go 1\.\d+)\.?$|^" + DatedOpenerChange + ")"),
        new("behavior-new-limit", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\b(?:introduces|sets|has|adds|enforces) (?:an? |the )?(?:\w+ )?(?:configurable |internal |default |new )?limits?\b|\blimits? the (?:number|size|depth)\b|\(default [\d,]+\)|\(the default\)|\bdefaults to \w+ing\b)"),
        // "X will now …" whatever comes before it (a subject with a relative clause, a leading condition): a statement
        // of what happens from this release on, unless it only adds a capability.
        new("behavior-will-now", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bwill (?:now|automatically) (?!(?:be )?(?:able|possible|available|supported|allowed|permitted)\b|(?:support|allow|accept|let|enable)s?\b)\w+|\bwill (?!(?:be )?(?:able|possible|available|supported|allowed|permitted)\b)\w+[^.;]{0,80}?\bautomatically\b"),
        // A lookup or fallback order that changed: "now searches X before making a query", "looks for Y before falling back to Z".
        new("behavior-lookup-order", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:searches|looks|tries|consults|checks|attempts)\b" + InClause + @"{0,400}?\bbefore (?:falling back|consulting|making|querying|trying|using|checking)\b"),
        // The same wordings as "behavior-now-error", "behavior-was-changed" and "behavior-no-longer" when what comes
        // before them is no plain subject ("a reference that does not name a symbol is now illegal").
        new("behavior-now-forbidden", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:is|are) now (?:an? )?(?:errors?|invalid|disallowed|rejected|forbidden|illegal|prohibited)\b|\b(?:is|are) (?:now )?(?:rejected|refused) by\b|\bsuch \w+(?: \w+)? (?:is|are) (?:now )?(?:rejected|disallowed|invalid|errors?)\b|\brejects? [^.;]{0,80}\b(?:larger|longer|bigger|more) than \d|\b(?:is|are) now (?:reported|treated|flagged) as (?:an? )?errors?\b|\bnow (?:errors?|fails?) out\b|\b(?:is|are) enforced (?:for|on|in|by)\b|\b(?:has|have) (?:\w+ )?been (?:disallowed|forbidden|prohibited|made illegal)\b|\b(?:is|are) (?:an? )?(?:errors?|invalid|rejected|disallowed) (?:in|as of|since|starting (?:with|in)) (?:this release|Go 1\.\d+)\b|\b(?:has|have) been made (?:consistent|compatible) with\b"),
        new("behavior-value-changed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:up|down) from (?:\d|the (?:old|previous|earlier))|\b(?:size|limit|default|maximum|minimum|timeout|length|width|status|code|mode|permissions) (?:has |was )?changed (?:from|to) \d|\b(?:is|are) (?:now )?(?:reduced|increased|raised|lowered|shrunk) (?:from [\w.,]+ )?to \d|\b(?:(?:has|have) been|was|were) (?:reduced|increased|raised|lowered|shrunk|changed) from " + InClause + @"{0,400}?\bto\b|\b(?:has|have) (?:grown|shrunk|risen|dropped|fallen|gone (?:up|down)) from " + InClause + @"{0,400}?\bto\b|\b(?:maximum|minimum|default|limit|exit (?:code|status)|size|length|timeout|count|depth)\b" + InClause + @"{0,400}? (?:is|are) now (?:\d|zero\b|one\b)|\b(?:is|are) (?:now )?\d[\w.]* (?:instead of|rather than) \d"),
        new("behavior-no-longer-output", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bno longer (?:repeats?|prints?|includes?|trims?|emits?|shows?|lists?|writes?)\b|(?<subject>)\b(?:is|are) no longer (?:rendered|printed|formatted|displayed|shown|written|encoded|escaped|quoted|spelled|capitali[sz]ed) as\b")
        {
            RestatesARemoval = true,
        },
        // What running programs will observe: "programs will see more X", "code that … will miss Y".
        new("behavior-programs-observe", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:will|may|might) (?:now )?(?:see|observe|notice|get) (?:a )?(?:more|fewer|different|new|extra)\b|\b(?:will|may|might) (?:now )?(?:see|observe|notice|get) (?:a|an) (?:panic|error|failure|crash)\b|\bwill (?:now )?(?:see|get|receive|find) " + InClause + @"{0,200}?\binstead of\b|\bwhich (?:changes|alters) the (?:[\w-]+ )?(?:output|result|behaviou?r|order|format|contents|layout|addresses|signatures)\b|\bbreaks (?:existing )?(?:programs|code|builds|scripts)\b|\bafter (?:the )?upgrad(?:ing|e)(?=[,.;]|$| to (?:Go|this|the new)\b| (?:will|may|might)\b)|\bwill differ\b|\bdiffers? (?:from (?:earlier|previous|prior|older) (?:releases|versions)|in this release)\b|\bwill (?:now )?miss\b|\bdifferent \w+ than (?:before|previously|in (?:previous|earlier) releases)\b|\bthan (?:in )?(?:previous|earlier|prior|older) (?:releases|versions)\b|\b(?:produc(?:es|ing)|return(?:s|ing)|yield(?:s|ing)|giv(?:es|ing)|generat(?:es|ing)|reports|draws from) (?:a )?(?:different|larger|smaller|fewer|more) (?:values?|results?|output|hash(?:es)?|keys|bytes|random source)\b|\bdiffer from (?:those|the ones|what)\b" + InClause + @"{0,400}?\b(?:earlier|previous|prior|older) (?:releases|versions)\b"),
        // The release itself as the one acting: "Go 1.40 translates the C type frob_t to uintptr", "Go 1.40 will now pick …".
        new("behavior-release-does", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bGo 1(?:\.\d+)?(?: (?:compilers?|toolchain|linker|runtime))? (?:will )?(?:(?:explicitly|now|always|no longer) )?(?:" + ChangedVerb + "|" + ActsVerb + @"|translates?|corrects?|fixes|makes(?! (?:\w+ )?(?:changes?|improvements?)\b))\b"),
        // An error for an input that used to pass, stated in the present: "Parse returns an error if the name is empty".
        new("behavior-errors-when", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:returns?|reports?) an (?:\w+ )?error (?:if|when|for)\b"),
        // What users must now do differently: "the cache must reside on a file system with locking", "should now pass -x".
        new("behavior-users-must-now", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:must|should) now (?!be\b)\w+|\bnow (?:have|has|need|needs) to (?!be able\b)\w+|\bmust reside\b|\brequires passing\b"),
        // A failure stated for a case: "Defining a flag will panic if it was already set", "X will fail when Y".
        new("behavior-will-fail-when", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bwill (?:panic|fail(?: to \w+(?: (?:a|an|the) \w+)?)?|crash|return an (?:\w+ )?error|report an (?:\w+ )?error) (?:if|when|for|on)\b(?! run\b)"),
        // Membership or format that changed: "FrobChar is now part of FrobType", "The .frob section is now DWARF version 9",
        // "A zero Frob is now equivalent to NewFrob(nil)", "ErrFrob now implements net.Error".
        new("behavior-now-part-of", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) now (?:also )?(?:part of|included in|counted in|a member of|[A-Z][\w-]* version \d+)\b|(?<subject>)\bnow (?:also )?includes? " + InClause + @"{0,400}?\bin addition to\b|(?<subject>)\b(?:is|are) now (?:functionally )?(?:equivalent|identical) to\b|(?<subject>)\bnow (?:also )?(?:implements?|satisfies?) (?:the )?net\.Error\b"),
        // A new setting whose default applies to code that never sets it: "If unset, DefaultMaxFrobs is used."
        new("behavior-default-applies", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)^(?:If|When) (?:it is )?(?:unset|not set|zero|omitted|left unset), (?:the )?(?:value )?(?:of )?Default[A-Z]\w* (?:is used|applies)\b"),
        // What a thing does in every case from now on: "On Windows, the frob environment always inherits FROBROOT".
        new("behavior-always-does", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @"(?<!\b(?:can|could|may|might|should|must|would)) always (?!been\b)(?:" + ChangedVerb + "|" + ActsVerb + @")\b"),
        // A subject narrowed by a relative clause: "Requests that carry two Frob headers are now rejected", "Calls that pass
        // a nil reader now panic", "Names whose first rune is a digit are now quoted".
        new("behavior-relative-subject", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"^(?<subject>(?:[\w./*'()-]+ ){1,6}(?:that|which|whose|who) [^;,]+?)(?<!\b(?:can|could|may|might|should|must)) (?:(?:is|are) now (?:\w+ly )?(?:" + ActsParticiple + @"|read|encoded|collected|converted|processed|handled|decoded|formatted)|(?:will )?now (?:also )?(?:" + ChangedVerb + "|" + ActsVerb + @"|exit|cause|panic)|(?:will )?no longer (?!supported|available|included|provided|shipped|distributed|needed|necessary|required|in|part|there|present)\w+)\b"),
        // A check that go test runs on every test build: "This analyzer is among those run by go test".
        new("behavior-run-by-go-test", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:run|runs|enabled|executed) (?:by default )?(?:by|during|as part of|when running|when using|under) go test\b"),
        // A new flag or setting that existing uses now need: "go frob now has a -plain flag that must be given for hosts without TLS".
        new("behavior-flag-now-needed", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:flag|option|setting) that must be (?:enabled|set|given|passed|specified)\b"),
        // A constant's value that changed: "The value of the constant FrobMax has been updated."
        new("behavior-constant-updated", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b[Tt]he value of (?:the )?(?:constant |variable )?[\w.]+ (?:has been|was) (?:updated|changed|increased|decreased|raised|lowered)\b"),
        // A narrowing: "Only chains that pass the new check will be returned."
        new("behavior-only-will", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)^Only\b" + InClause + @"{0,400}\bwill (?:be )?\w+"),
        // "Now, X is rejected": a sentence that opens on the contrast with how things were.
        new("behavior-now-contrast", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)^(?:Now, |Now (?:it|they) (?:also )?(?!(?:is|has|was|does)\b)(?=\w+s\b)|(?:From now on|Henceforth|After this change|Going forward|From this (?:release|version) (?:on|onward)|Unlike (?:before|previously|in (?:earlier|previous|prior) releases|(?:earlier|previous|prior|older) (?:releases|versions))|Effective immediately|After upgrading|Post-upgrade|(?:Beginning|Starting) (?:with|in) (?:this release|version \d+(?:\.\d+)*)),? )"),
        // The same API on another implementation: "X is now backed by Y", "the flags argument is now implemented as in libc".
        new("behavior-reimplemented", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:is|are) now (?:implemented|backed) (?:just )?(?:as in|by)\b"),
        // A contrast with before in the middle of the sentence: "…, which it previously did not", "unlike in earlier releases".
        new("behavior-unlike-before", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:which|as) (?:it|they) (?:previously|formerly|used to) (?:did|didn't|do)\b|, (?:which|that) (?:previously|formerly|used to) \w+[^,;]*, (?:now )?\w+s\b|, (?:which|where) (?:it |they )?(?:previously|formerly|used to) \w+|\b(?:was|were) previously (?:\w+ly )?(?:displayed|printed|shown|reported|returned|formatted|treated|rejected|accepted|ignored|undefined)\b|\bunlike (?:before|previously|in (?:earlier|previous|prior) releases)\b|\b(?:earlier|previous|prior|older) (?:Go )?(?:releases|versions) (?:instead |always |silently |\w+ly )?(?:\w+ed|would|did|used to|left)\b|\bwhich was not the case (?:before|previously)\b|\b(?:whereas|where) (?:it|they) (?:previously|formerly)\b(?: \w+ed\b)?|\b(?:it|they) used to (?:skip|ignore|omit|accept|allow|return|report|print|treat)\b|\b(?:matching|to match) (?:its|their|the) (?:existing )?behaviou?r (?:on|in) [A-Z]\w+\b|\bbefore (?:may|might|will|can) now\b|\b(?:whereas|while|where) (?:earlier|previous|prior|older) (?:releases|versions)\b|\b(?:it|they) formerly \w+ed\b|\b(?:that|which) (?:was|were) (?:\w+ly )?(?:accepted|allowed|ignored|permitted) before\b|\breversing the (?:previous|old|former|earlier)\b|\bcompared (?:with|to) the (?:previous|prior|earlier) (?:release|version)\b|\bsince this release\b|\b(?:where|whereas|while) (?:it|they) used to\b|[;,] (?:it|they) used to\b|\bthat (?:it|they) used to (?:accept|decode|read|parse|handle|support|allow)\b|\bwhich (?:earlier|previous|older|prior) (?:versions|releases) (?:\w+ed|did)\b|[;,] previously,? (?:it|they|this|these|those|the \w+|\w+) (?:was|were|would|did|had)\b"),
        // A check that now stops a program: "If the runtime finds X, it prints a diagnosis and crashes the program."
        new("behavior-crashes-program", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:detects?|finds?|notices?|sees?) " + InClause + @"{0,400}?\b(?:crash(?:es)?|aborts?|terminates?|kills?) the (?:program|process)\b|\b(?:is|are) detected at run ?time and (?:aborts?|crash(?:es)?|terminates?|panics?)\b"),
        // The informal "no longer": "Setting FROBFLAGS has no effect any more", "X can't be turned off anymore".
        new("behavior-not-anymore", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\b(?:not|no|never)\b|n't\b)" + InClause + @"{0,400}?\bany ?more\b")
        {
            RestatesARemoval = true,
        },
        // What a thing does without saying so: "The decoder silently drops a trailing frob marker."
        new("behavior-silently", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?<!\b(?:instead of|no longer|not|never|rather than) )\bsilently (?:ignores|drops|discards|truncates|skips|accepts|succeeds|fails|returns|replaces|rewrites|overwrites)\b"),
        // A check of programs that got better, so code that passed it may now be caught: "This release improves that
        // detector", "a better detector for this mistake".
        new("behavior-better-detector", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:improves|extends|strengthens|sharpens) (?:the|that|this|its) (?:[\w-]+ )?detector\b|\b(?:better|improved|stricter|more thorough) (?:[\w-]+ )?detector for\b"),
        // Something moved to the list of what is not recommended: "The frob suites have been moved to InsecureFrobSuites."
        new("behavior-demoted", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:moved|demoted|relegated) to (?:the )?(?:list of )?(?:[Ii]nsecure|[Ll]egacy|[Dd]iscouraged|[Uu]nsafe|[Ww]eak)\w*"),
        // Lenient reading of input that used to fail: "It accepts a lone percent sign as a literal percent sign."
        new("behavior-accepts-as-literal", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:accepts?|treats?|interprets?|keeps?|reads?) " + InClause + @"{0,200}? as (?:a |an )?literal\b"),
        // The release named as the point after which something holds: "Timer.Reset returns false for stopped frobs from
        // this version onward", "The frob tool switches to uppercase digits in this release", "We have switched the linker to …".
        new("behavior-from-this-release-on", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:from now on|from this (?:release|version) (?:on|onward)|as of this release)\b(?<!\b(?:new|adds?|can|may)\b[^.;]{0,240})|\bswitch(?:es|ed)? (?:over )?to\b[^.;]{0,200}?\bin this release\b|^In this release,? [^.;]{0,200}?\bswitch(?:es)? (?:over )?to\b|\b(?:[Ww]e|Go) (?:have |has )?switched (?:the |its )?[\w.-]+(?: [\w.-]+)? (?:over )?to\b"),
        // "Frob.Compare changes its treatment of build tags", "Keys are case-insensitive now".
        new("behavior-changes-its-handling", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bchanges (?:its|the) (?:treatment|handling|interpretation|processing|parsing|meaning) of\b|\b(?:is|are) (?!(?:supported|available|allowed|possible|permitted|provided|included|implemented|added|exported|released|out|here|ready)\b)(?:case-(?:in)?sensitive|[\w-]+ed|required|optional|mandatory|stricter|lenient) now\b"),
        // An opt-out named for what now happens on its own: "Set FROBWORK=off to disable the automatic frob discovery",
        // "FROBCHAIN=local prevents the automatic switch", "Frob lists omit private names unless -all is given".
        new("behavior-opt-out-named", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?<!\bGODEBUG (?:variable |setting |option )?)\b[A-Za-z][A-Za-z0-9_]*=\w+ (?:to )?(?:disables?|prevents?|turns? off|opts? out of|stops?) (?:the |this |these |it\b)(?!new\b)(?![^.;]{0,80}\bas a workaround\b)|\bunless (?:-[\w.=-]+|[A-Z][A-Z0-9_]{2,}(?:=\w+)?) (?:is|are) (?:given|set|passed|specified|raised)\b"),
        // A second verb of a "now" clause: "X now works on Y and also forces Z".
        new("behavior-now-and-also", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\bnow \w+ " + InClause + @"{0,400}?\b(?:and|but) (?:also )?(?:forces|rejects|requires|refuses|ignores|disallows|panics|fails)\b"),
        // What existing output or data now also carries or looks like: "Panic messages now include the index", "The frob
        // profile now includes waits on locks", "Frob dumps, such as those written on a crash, now include …", "The frob
        // output now has one line per call", "The encoder creates smaller output". Not a new API or extra metadata ("now includes a function …", "… symbol information").
        new("behavior-now-includes", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?:" + Subject + @"(?<!\b(?:can|could|may|might|should|must)) (?:also )?|(?<subject>)(?<=, ))now (?:also )?(?:includes?|contains?) (?!(?:a |an |the )?(?:new |convenience |[\w-]+ ){0,5}(?:functions?|methods?|types?|mechanism|support|helpers?|flags?|options?|fields?)\b)(?!" + InClause + @"{0,400}\b(?:information|labels|events|durations|memory map\w*|stack traces|symbols|metadata|annotations)\b)|(?<subject>)\b(?:output|messages) now (?:has|have) (?!(?:a |an )?(?:new |optional )?(?:fields?|options?|flags?)\b)|(?<subject>)\b" + OutputOfAnotherSize),
        // Input that used to be refused and now gets a result: "ParseFrob now accepts empty labels", "The reader now
        // permits a trailing newline". Not a new flag, option or interface (those are features).
        new("behavior-accepts-irregular-input", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            Subject + @" (?:also )?" + AcceptsIrregularInput),
        new("behavior-environment-read-differently", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)(?:\b" + EnvironmentVariableReadDifferently + ")"),
        // How the notes date an improvement that shows: "This is improved in Go 1.40 by printing a marker after …".
        new("behavior-improved-by-doing", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"(?<subject>)\b(?:is|was|are|were) (?:improved|changed|fixed|addressed) in Go 1\.\d+ by \w+ing\b"),
        new("behavior-instead-of-before", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            LooseSubject + @"(?<!\b(?:can|could|may|might|should|to)) (?:(?:is|are) (?:\w+ly )?(?:written|sent|kept|put|set|run|made|read|built|shown|given|done|taken|held|\w+ed)|\w+s|\w+ed) (?!(?:[^.;]{0,400}?)\b(?:new|future)\b)(?:[^.;]{0,400}?) (?:instead of|rather than)[ ,] ?(?!(?:using|calling|writing|having to)\b)"),
        // A change gated by the go line of a module ("In modules that declare go 1.40 or later, frob fmt rewrites …"); the body's
        // dated changes ("As of Go 1.40, …") are behavior-release-changes.
        new("behavior-gated-by-go-version", FactKind.BehaviorChange, Timing.InRelease, Target.Subject,
            @"^(?<subject>)(?:In|For) (?:modules?|main modules?|packages?|go\.mod files?) (?:that declare|declaring|whose go\.mod (?:file )?declares|with) (?:a )?go 1\.\d+ (?:or (?:later|higher|newer)|and (?:later|above))\b"),
    ];

    // After the table: static fields are initialised in the order they are written.
    private static readonly HashSet<string> Restating = [.. Table.Where(r => r.RestatesARemoval).Select(r => r.Name)];
}
