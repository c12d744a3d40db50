using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// Rules for tools, commands, flags, settings, packages, APIs and build modes that are removed or deprecated.
/// Order matters: the first rule that matches a clause wins, so removals come before deprecations.
/// </summary>
public static class RemovalRules
{
    // Where a subject starts: the clause start, after "is that", or after an opener naming the release or a purpose
    // ("In Go 1.40, that syntax …", "To make the tree smaller, the old tools …"), a leading demonstrative set aside.
    private const string Opener =
        @"(?:^(?!(?:For (?:instance|example)|A few releases (?:back|ago)|Uses of|(?:Some|Others|Many) (?:have|were|are)|(?:In Go 1(?:\.\d+)?, )?(?:[Mm]uch|[Mm]ost) of)\b)|(?<=\b(?:is|means|[Nn]ote) that )|(?<=^(?:In|As of|Since|Starting (?:with|in)) Go 1(?:\.\d+)?, (?:therefore, )?)(?!(?:much|most|some) of\b)(?:(?:that|this|these|those) )?|(?<=^To [^,;]{3,80}, ))";

    // A move within the API ("moved to the frob.Params structure", "moved to InsecureFrobs") removes nothing.
    private const string NotWithinTheApi = @"(?! (?:in)?to (?:the |a )?(?:[\w.]+ )?(?:structure|struct|subtype|type)\b| to [A-Z][a-z]+[A-Z]\w*\b)";

    // A move into the main repository adds something to the release rather than taking it away.
    private const string NotIntoTheMainTree = @"(?! (?:in)?to the main (?:repository|tree)\b)";

    // A subject: text up to the verb, not running through a relative clause or another clause, and not something no user
    // could reach (an internal/ package, an unexported or private helper, dead or unused code, an assembly implementation)
    // or a fault taken away (a duplicate, redundant or spurious message, check or copy).
    // A character of a subject: not where another clause ("which …", "so …") or the next statement (";") begins.
    private const string NoClauseBreak = @"(?!\b(?:which|that|when|if|where|because|so)\b)[^;]";

    private const string SubjectText = @"(?<subject>(?!(?:[Tt]he |[Aa]n? |[Ii]ts )?(?:[\w-]+ )?(?:(?:[\w.-]+/)*[Ii]nternal(?:/|\b(?! link))|unexported\b|private\b|[Dd]ead code\b|unused\b|assembly (?:implementations?|code|versions?|routines)\b)|(?:[Tt]he |[Aa]n? |[Ii]ts )?(?:[Dd]uplicate|[Dd]uplicated|[Rr]edundant|[Ss]purious|[Ss]uperfluous|[Uu]nnecessary|[Mm]isleading|[Ss]tray)\b)(?:" + NoClauseBreak + ")+?)";

    private const string Subject = Opener + SubjectText;

    // Documentation, tests and examples that move are not part of what a program uses.
    private const string SubjectNotDocs = Opener + @"(?!(?:[Tt]he |[Ii]ts )?(?:[\w/.-]+ )?(?:documentation|docs|tests|test files|examples|web ?site|wiki)\b)" + SubjectText;

    // How a removal may be qualified: "was finally removed", "has now been removed", "has been completely removed".
    private const string RemovalAdverb = @"(?:now |also |all |finally |completely |entirely |permanently )?";

    // Removed from a place that is not an API ("from the fast path", "from the output", "from the sources"): nothing is taken away.
    private const string NotFromAPlace = @"(?! from the (?:[\w-]+ )?(?:default|file system|critical path|hot path|fast path|output|results?|list|sources?|source code|comments?)\b)";

    // The same, for subjects that run through "and so on" ("The old names A, B and so on are gone").
    private const string SubjectAndSoOn = Opener + @"(?<subject>(?:\band so on\b|" + NoClauseBreak + ")+?)";

    private const string LaterRelease =
        @"(?:in|for|by) (?:Go (?<v>1\.\d+)|the next (?:major )?(?:Go )?(?:major )?release(?: \(Go (?<v>1\.\d+)\))?|a (?:future|later) (?:Go )?(?:major )?(?:release|version))";

    /// <summary>The rule for a change announced for a later release ("may reject … by default in a future version").</summary>
    public const string FutureChange = "deprecation-future-change";

    /// <summary>"Go 1.40 deprecates X": the one wording read in an introduction.</summary>
    public const string Deprecates = "deprecation-deprecates";

    /// <summary>"a change we are considering for a future version: X instead of Y": also read in the language section.</summary>
    public const string LanguageChangeConsidered = "deprecation-language-change-considered";

    /// <summary>"…, since the old tools are intended to be removed in a future release": read beside a change the clause states.</summary>
    public const string IntendedToBeRemoved = "deprecation-intended-to-be-removed";

    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("removal-last-release", FactKind.Removal, Timing.LastRelease, Target.Subject,
            @"\bGo (?<v>1\.\d+) " + ForwardWordings.IsTheLast + @" release (?:that|to) (?:will )?(?:support|include|contain|allow)s? (?<subject>.+)"),
        new("removal-will-remove", FactKind.Removal, Timing.FutureRelease, Target.Subject,
            @"\bGo (?<v>1\.\d+) will remove (?:support for )?(?<subject>.+)"),
        new("removal-will-be-removed-in-release", FactKind.Removal, Timing.FutureRelease, Target.Subject,
            Subject + @"(?: (?:is|are) (?:now )?deprecated and)? (?:will|is expected to|are expected to|is scheduled to|are scheduled to) (?:likely )?be (?:removed|dropped|deleted) (?:in|for|by) Go (?<v>1\.\d+)\b"),
        new("removal-moved-or-renamed", FactKind.Removal, Timing.InRelease, Target.Subject,
            SubjectNotDocs + @" (?:has|have|had) (?:now )?been (?:moved\b" + NotWithinTheApi + NotIntoTheMainTree + @"|renamed\b|relocated\b" + NotIntoTheMainTree + @")|" + SubjectNotDocs + @" (?:was|were|is|are) (?:now )?(?:moved|renamed|relocated) (?:to|out|into|from)\b"),
        new("removal-replaced-by", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:was|were|has been|have been) (?:replaced|superseded|subsumed) (?:by|with)\b|" + Subject + @"(?<!\b(?:may|might|could|would|will|can|to|not)) (?:became|become|has become|have become) (?!more|less|an?\b|the default|necessary|possible|clear)\w+"),
        // A subject narrowed by a relative clause: "Flags that were deprecated in Go 1.38 have been removed".
        new("removal-relative-subject", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?<subject>(?:[\w./*'()-]+ ){1,10}(?:that|which|whose|when|where) [^;,]+?) (?:(?:has|have) (?:now )?been (?:removed|dropped|deleted|retired|eliminated|discontinued|withdrawn)|(?:is|are|has|have) (?:now )?gone|(?:was|were) (?:removed|dropped|deleted))\b"),
        new("removal-is-gone", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @"(?: (?:is|are|has|have) (?:now )?gone| (?:has|have) been (?:deleted|eliminated|retired|disabled|unexported|taken (?:out|away)|excised|stripped out|phased out|decommissioned|purged|scrapped)| (?:was|were) (?:deleted|eliminated|retired|taken out|excised|stripped out|phased out|decommissioned|purged|scrapped)| (?:is|are) not (?:available|provided|included|shipped) any ?(?:longer|more)|(?<!\b(?:previous|older|earlier|prior) (?:versions|releases)) (?:has|have) been (?:discontinued|withdrawn)| (?:is|are|was|were) (?:now )?withdrawn| (?:is|are) now unexported| (?:has |have )?disappeared| (?:is|are) now (?:simply )?absent| (?:(?:has|have) )?ceased to (?:exist|work|be (?:available|supported|shipped))| (?:has|have) stopped working| (?:is|are) (?:now )?disabled(?! (?:unless|until|by default|when|if)\b)(?<!^(?:If|When|Unless)\b[^;]*))\b|(?<subject>\b[\w./-]+), which (?:has|have) (?:now )?been (?:deleted|removed)\b"),
        new("removal-can-no-longer", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:can|may) no longer (?:be (?>\w+)(?! by\b)|(?!be\b)\w+)"),
        new("removal-no-longer-implements", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:will )?no longer (?:implements?\b(?![^.;]*? as an? )|ships?|contains?|provides?|stores?|imports?|emits|applies (?:fixes|rewrites)|(?:tries|try|attempts?) to (?:translate|import)|builds or installs|allows \S+ as)\b"),
        new("removal-setting-fails", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^Setting (?:the environment variable )?(?<subject>GO\w+=\w+) will cause\b.*\bto fail\b"),
        new("removal-has-been-removed", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @"(?: (?:is|are) (?:now )?deprecated and)? (?:has|have) " + RemovalAdverb + @"been (?:\w+ and )?" + RemovalAdverb + @"(?:removed|dropped|deleted)\b" + NotFromAPlace),
        new("removal-was-removed", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:was|were|is|are) " + RemovalAdverb + @"(?:removed|dropped)\b" + NotFromAPlace + @"(?<!\b(?:is|are) now removed(?= from\b))"),
        new("removal-no-longer-supported", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) no longer (?:supported|available|included|allowed|permitted|recognized|provided|shipped|distributed|offered|bundled|packaged|exported)\b(?! by (?!Go\b|[a-z]+/[\w/]+|the (?:go|gofmt|vet) (?:command|tool)|the (?:compiler|linker|assembler|toolchain|runtime)\b))|" + Subject + @" (?:(?:is|are) no longer|(?:has|have) ceased to be) (?:a )?part of (?:Go\b|the (?:\w+ )?(?:distribution|standard library|release|repository)\b)"),
        new("removal-support-dropped", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b(?:drops|dropped|removes|removed|has removed) (?:its |the )?support for (?<subject>[^,;]+)|^[Ss]upport for (?<subject>[^,;]+?) (?:has ended|ended)\b"),
        new("removal-no-longer-supports", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"(?<!\bwill )\bno longer (?:supports?|has support for|ships) (?<subject>[^,;]+)"),
        // The distribution as the one that stops: "We have stopped shipping the frob binary", "Go stops bundling X".
        new("removal-stopped-shipping", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b(?:stopped|stops|ceased|ceases) (?:shipping|distributing|publishing|providing|including|bundling|building) (?<subject>[^,;]+)"),
        new("removal-no-longer-accepts-flag", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"(?<!\bwill )\bno longer (?:accepts?|recognizes|allows?) (?<subject>(?:the )?(?:-[\w.=]+|\w+=\w+)[^,;]*)"),
        new("removal-no-longer-has-effect", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:no longer (?:has|have) (?:an?|any)|now (?:has|have) no) effect\b"),
        new("removal-no-longer-has", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\bno longer has (?:an? )?(?<subject>[\w-]+ interface)\b"),
        new("removal-is-deleted", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @"(?: GO[A-Z]+ (?:setting|option))? (?:is|are|was|were) (?:now )?deleted\b"),
        new("removal-also-gone", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are|has|have) (?:also |too )?gone\b|" + SubjectAndSoOn + @" (?:is|are) (?:now |also )?gone\b"),
        new("removal-has-moved", FactKind.Removal, Timing.InRelease, Target.Subject,
            SubjectNotDocs + @" (?:has|have) (?:also )?been (?:moved\b" + NotWithinTheApi + NotIntoTheMainTree + @"|renamed\b|relocated\b" + NotIntoTheMainTree + @")|" + SubjectNotDocs + @" (?:has|have) moved (?:to|into|out of|under)\b|" + SubjectNotDocs + @" (?:has|have) been (?:rewritten|reimplemented|ported) [^.;]*? and (?:has been |was )?moved (?:to|into) (?:the )?(?:golang\.org/x/|x/|a separate|its own|another)"),
        new("removal-is-replaced-by", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) (?:now )?replaced (?:by|with)\b"),
        new("removal-is-renamed", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:is|are) (?:now )?renamed\b|" + Subject + @" (?:is|are) now (?:named|called) (?=[A-Z])"),
        new("removal-folded-into", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:has|have) been (?:folded|merged|absorbed)\b[^.;]*?\binto\b"),
        new("removal-now-resides", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" now (?:resides|lives) in\b"),
        new("removal-replaces-old", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\breplaces (?:the (?:old|former) )?(?<subject>(?:the )?[A-Za-z]*[A-Z.\d][\w.]*(?: (?:function|method|type|field|package|command)s?)?)(?= with\b|,|\.?$| and\b)|\breplaces the (?:old|former) (?!behaviou?r)(?<subject>[^,;]+?)(?= with\b|,|\.?$)"),
        new("removal-no-longer-has-member", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" no longer (?:has|have) (?:an? |any )?(?:[\w.]+ )?(?:method|field|constant)s?\b"),
        new("removal-there-is-no-longer", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b[Tt]here are no longer (?:any )?(?<subject>[^,;]+?)(?= in\b| since\b|,|\.?$)"),
        new("removal-cannot-anymore", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:can't|cannot|can not) (?:be )?\w+[^.;]*?\banymore\b"),
        new("removal-not-in-distributions", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:will not|won't|is not|are not) (?:be )?(?:available|included|shipped) in (?:the )?(?:[\w-]+ ){0,4}(?:release |binary )?distributions?\b"),

        new("removal-release-removes", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"(?:\b(?:Go 1(?:\.\d+)?|[Tt]his release|[Tt]he release) (?:removes|deletes|drops|does away with|eliminates|retires|takes out)|\b(?:Go 1(?:\.\d+)?|[Tt]his release|[Tt]he release|[Tt]he (?:go command|toolchain|compiler|linker|runtime|distribution)) (?:has )?dispense[sd]? with|^We (?:have )?(?:removed|deleted|dropped|took out|taken out|eliminated|retired|dispensed with)|\bGo 1(?:\.\d+)? is the first release (?:to ship |that ships )?without) (?!the (?:restriction|need|limitation|requirement)s?\b|(?:the |its )?(?:[\w-]+ )?assembly (?:implementations?|code|versions?|routines)\b)(?<subject>[^,;:]+)"),
        // Changelog style and the tool as the one that removed: "Removed: the frob.Legacy function", "The frob tool has
        // dropped the old v0 reader", "Builds for the frob port are discontinued", "-old is not accepted any longer".
        new("removal-changelog-removed", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?:Removed|Dropped|Deleted):? (?:the )?(?<subject>[^,;]+)|\b(?:drops|retires|withdraws) (?:the |its )(?<subject>(?:[\w./-]+ ){0,4}(?:flag|option|setting|command|subcommand|function|method|mode|fallback|variable|API|format|syntax|path|reader|writer)s?)\b|\b(?<![Ww]e )(?:has|have) (?:now )?(?:removed|dropped|deleted) (?!support\b)(?:the |its )?(?<subject>[^,;]+?)(?= from\b| in this release\b|,|\.?$)|" + Subject + @" (?:is|are) (?:now )?discontinued\b|" + Subject + @" (?:is|are) not (?:supported|accepted|recognized|allowed|available) (?:any longer|from this release on|as of this release)\b"),
        // A lookup that no longer happens: "The frob command no longer looks for a frob.conf file in parent directories", "no
        // longer reads the FROBPROXY environment variable".
        new("removal-no-longer-looked-up", FactKind.Removal, Timing.InRelease, Target.Subject,
            Opener + "(?:" + NoClauseBreak + @")+? no longer (?:looks for|searches for|reads|consults|honou?rs|recognizes) (?:the |an? )?(?:(?<subject>[\w./$-]+ (?:environment variable|(?:configuration |config )?files?(?= (?:in|named|under)\b)))|(?:[\w-]+ )?(?:setting|option) (?<subject>[\w.-]+=[\w.-]+)|(?<subject>[\w./$-]+ (?:layout|syntax|notation|scheme|naming convention)\b))"),
        // A scheme narrowed by what it allowed: "The naming scheme that let files end in _old.go is no longer recognized".
        new("removal-scheme-no-longer-recognized", FactKind.Removal, Timing.InRelease, Target.Subject,
            Opener + @"(?<subject>(?:[Tt]he |[Aa]n? )?(?:[\w.-]+ ){0,3}(?:scheme|convention|layout|syntax|notation|spelling))\b (?:that|which) (?:[^.;]|\.(?=\w)){1,160}? (?:is|are) no longer (?:supported|recognized|honou?red|understood)\b"),
        // A form of writing something that stops being read: "The two-argument form of -frob is no longer accepted".
        new("removal-form-no-longer-accepted", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @"(?<=\b(?:form|forms|syntax|spelling|spellings|notation)\b(?:[^.;]|\.(?=\w)){0,80}) (?:is|are) no longer (?:accepted|allowed|permitted|recognized|valid)\b"),
        new("removal-no-replacement", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:has|have) no (?:direct )?replacement\b"),
        new("removal-reduced-to", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:has|have) been (?:reduced|cut|trimmed|narrowed) (?:down )?to\b"),
        new("removal-reworked", FactKind.Removal, Timing.InRelease, Target.Subject,
            Opener + @"(?![^;]*\bhow\b)(?<subject>[^;]+?) (?:has|have) been (?:significantly |substantially |extensively )?(?:reworked|rearranged|reorganized|restructured)\b(?! in this release|[^.;]*\bno (?:user-)?visible\b|[^.;]*\bno (?:user-visible |observable |visible )?effect\b)|\bhas an? (?:rearranged|reorganized|restructured) (?<subject>[^,;]+?)(?= that\b|,|\.?$)"),
        new("removal-code-should-move", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?:Updating: )?(?:Code|Projects|Programs) (?:using|that (?:uses?|depends? on|relies? on)) (?<subject>[^;]+?) should (?:now )?(?:use|switch to)\b"),
        new("removal-moved-several-into", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b(?:has|have) moved (?<subject>(?:a number of|several|some|many|most) [^,;]+?) (?:in)?to\b"),

        new("removal-consolidated-into-one", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?<subject>[^;]+?) (?:has|have) (?:each |all )?been (?:consolidated|combined|merged) into (?:a single|one)\b"),
        new("removal-still-present-until", FactKind.Removal, Timing.FutureRelease, Target.Subject,
            @"^(?<subject>[^,;]+?) (?:is|are) still (?:present|available|supported)\b[^.;]*?\bbut (?:will|is expected to|are expected to) be removed (?:in|for) Go (?<v>1\.\d+)\b"),
        new("removal-fewer-included", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b(?:will (?:now )?|now )?(?:includes?|ships?|contains?|provides?) fewer (?<subject>[^,;.]+)"),
        new("removal-used-to-be-possible", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b[Ii]t used to be possible to (?<subject>[^,;]+)"),
        new("removal-no-longer-exists", FactKind.Removal, Timing.InRelease, Target.Subject,
            Subject + @" (?:no longer exists?|exists? any ?longer)\b"),

        new("removal-refactored-into", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"\b(?:is|was|has been) (?:refactored|restructured|reorganized|split up)\b[^.;]*?\b(?:putting|moving|splitting) (?<subject>[^,;]+?) (?:in)?to\b"),
        new("removal-instead-of-calling", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?:Updating: )?Instead of (?:calling|using) (?<subject>[\w.]+)(?:\([^)]*\))?, [^.;]+? (?:is|are) (?:now )?(?:created|made|built|obtained|done) (?:with|by|using|through)\b"),
        new("removal-in-new-locations", FactKind.Removal, Timing.InRelease, Target.Subject,
            @"^(?:The )?(?<subject>packages|commands|functions|types) in their new locations? (?:are|is):$"),

        new("deprecation-will-be-removed", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @"(?: (?:is|are) (?:now )?deprecated and)? (?:will|may|is expected to|are expected to|is likely to|are likely to) (?:likely )?be (?:removed|dropped) " + LaterRelease),
        new("deprecation-is-deprecated", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:is|are|has been|have been) (?:now |also )?(?:(?:\w+ )?and )?(?:(?:documented|marked|considered) as |considered |marked )?deprecated\b(?! since (?:Go\b|\d|the\b|its\b|version\b)| in Go\b)"),
        new("deprecation-which-is-deprecated", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\b(?<subject>[A-Z]\w*(?:\.\w+)*), which (?:is|are) now (?:considered )?deprecated\b"),
        new(FutureChange, FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Opener + @"(?<subject>(?:(?!\b(?:which|that|when|if|where|because|so|but|will|may)\b)[^;])+?) (?:may|might|will|could|is expected to|are expected to|plans? to|intends? to)\b(?! (?:continue|improve|be (?:addressed|improved|extended))\b| lift\b)[^.;]*?\b(?:in (?:a |some |the next |an upcoming )?(?:future )?(?:major )?(?:Go )?(?:release|version)s?|in Go (?<v>1\.\d+)|(?:at|by) some point)\b"),
        new("deprecation-will-stop-accepting", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\bwill (?:stop|cease) (?:accepting|supporting|recognizing|honoring) (?<subject>[^,;]+)|^[Ss]upport for (?<subject>[^,;]+?) will end\b"),
        new(IntendedToBeRemoved, FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"(?:^|\b(?:since|because|as) )(?<subject>(?:(?!\b(?:which|that|when|if|since|because)\b)[^;,])+?) (?:is|are) (?:intended|planned|scheduled|going) to be removed\b[^.;]*?\bfuture\b"),
        new(Deprecates, FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\b(?:has|have) deprecated (?:its |the )?(?<subject>[^,;]+)|\bdeprecates (?:its |the )?(?<subject>[^,;]+)|\b(?:are|is) deprecating (?:its |the )?(?<subject>[^,;]+)"),
        new("deprecation-should-be-avoided", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"(?:^|(?<=, ))(?<subject>(?:(?!\b(?:and|which|that|when|if)\b)[^;,])+?)(?: (?:does|do) not and)? should (?:be avoided|no longer be (?:used|called)|not be used)\b|" + Subject + @" (?:is|are) (?:now )?discouraged\b"),
        new("deprecation-obsolete", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\bobsoletes (?:the )?(?<subject>[^,;]+)|" + Subject + @" (?:is|are) (?:now )?(?:considered )?obsolete\b|" + Subject + @" (?:is|are) (?:now )?(?:slated|scheduled|earmarked|marked) for (?:removal|deletion)\b"),
        new("deprecation-comment-added", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^(?<subject>[A-Z][\w.]*)\b[^.;]*?\b(?:been given|has|have|gets?|got|carr(?:y|ies)) an? (?:partial |formal )?[Dd]eprecat(?:ion|ed) (?:comment|notice)\b|" + Opener + @"(?:[Tt]he )?(?<subject>[\w./]+)(?: \w+)? (?:now )?carr(?:y|ies) an? (?:partial |formal )?[Dd]eprecat(?:ion|ed) (?:comment|notice)\b"),
        new("deprecation-all-deprecated", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:is|are) (?:all|both) (?:now )?deprecated\b"),
        new("deprecation-frozen", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:is|are) (?:now )?frozen\b"),
        new("deprecation-considering-for-future", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:are|is) (?:also )?considering\b[^.;]*?\b(?:in|for) (?:a |some )?future (?:Go )?(?:release|version)s?\b"),
        new(LanguageChangeConsidered, FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:are|is) considering\b[^.;]*?\bfuture (?:Go )?(?:release|version)s?\b[^.;]*?\b(?:instead of|rather than)\b"),
        new("deprecation-future-default", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^(?:A|Some) future (?:Go )?(?:version|release) (?:of Go )?(?:may|might|will|could|is expected to) (?<subject>(?:enable|disable|reject|require|turn (?:on|off)|change)\b[^.;]*?\bby default)\b")
        { SubjectIsGoverningSetting = true },
        new("deprecation-future-release-will-remove", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^(?:A|Some|The next) (?:future |later )?(?:Go )?(?:major )?(?:version|release) (?:of Go )?(?:will|may|might|is expected to|is likely to) (?:likely )?(?:remove|drop|delete|retire) (?:support for )?(?<subject>[^,;]+)"),
        new("deprecation-in-a-future-release", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"^In (?:a |some )?future (?:Go )?(?:release|version)s?(?: of Go)?,? (?:(?<subject>we) (?:may|might|plan to|intend to)|(?<subject>the default(?: \w+)?) (?:will|may|might) (?:be )?change[sd]?)\b"),
        new("deprecation-may-change-to", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\b(?:might|may|will|could) (?:change|become|turn) (?:in)?to (?<subject>[^.;]+?) in (?:a |some )?future (?:Go )?(?:release|version)s?\b"),
        new("deprecation-new-code-should-use", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\b(?:encourage|urge|recommend|advise)s? (?:that )?(?<subject>new code|users|clients|programs) (?:to |should )?(?:use|switch|migrate|move)\b|\b(?:should|must) (?:migrate|move|switch) away from (?<subject>[^,;]+)|\b(?:[Uu]sers|[Dd]evelopers|[Cc]allers|[Pp]rograms) of (?<subject>[^,;]+?) (?:are|is) (?:strongly )?(?:encouraged|urged|advised) to (?:migrate|switch|move)\b|\b(?:are|is) (?:strongly )?(?:encouraged|urged|advised) to (?:migrate|switch|move) (?:away )?from (?:the )?(?<subject>[^,;]+?)(?= to\b|,|\.?$)|(?<![\w.])(?:[Nn]ew (?:code|programs)|[Cc]allers|[Pp]rograms) should avoid (?:using )?(?:the )?(?!\w+ly\b|\w+ing\b)(?<subject>[^,;]+)"),
        new("deprecation-recommended-update", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            @"\b[Ii]t is (?:recommended|advised|suggested) that (?<subject>[^.;]+?) (?:be|are) (?:updated|changed|converted|migrated)\b"),
        new("deprecation-plan-for-release", FactKind.Deprecation, Timing.Announcement, Target.Subject,
            Subject + @" (?:plans?|intends?) to\b[^.;]*?\bfor Go (?<v>1\.\d+)\b|\b[Ww]e (?:expect|plan|intend) to (?:remove|drop|delete) (?:the )?(?<subject>[^,;]+?) in Go (?<v>1\.\d+)\b"),
    ];
}
