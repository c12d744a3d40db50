using System.Text.RegularExpressions;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>What is worded like a change but is none: a feature, a relaxation, background or advice.</summary>
public static partial class BehaviorRules
{
    /// <summary>
    /// Sentences that describe a feature, not a change existing code can notice — unless they also name an error, a
    /// default or a reverting setting (outside the words that say it got faster): only faster or leaner, only a different
    /// system call or implementation, only a new API, a check that runs under go vet alone, or advice on updating code.
    /// </summary>
    public static bool NotAChange(string clause) =>
        (Improvement().IsMatch(clause) || Implementation().IsMatch(clause) || UpdateAdvice().IsMatch(clause)) && !Breaks().IsMatch(Improvement().Replace(clause, "")) && !ReadsDifferently().IsMatch(clause)
        || (Addition().IsMatch(clause) || RunsOnANamedPort.IsMatch(clause)) && !Breaks().IsMatch(clause) && !ReadsDifferently().IsMatch(clause)
        || VetOnly().IsMatch(clause) && !clause.Contains("go test", StringComparison.Ordinal) && !VetChecks.RunByGoTest(clause) && !OnByDefault().IsMatch(clause)
        || OptIn().IsMatch(clause)
        || AdviceToImplementers().IsMatch(clause)
        || ApiShape().IsMatch(clause)
        || NothingChanges().IsMatch(clause)
        || Lifted().IsMatch(clause);

    /// <summary>A port named by its OS and architecture: "Go now runs on FreeBSD 16 on riscv64".</summary>
    private static readonly Regex RunsOnANamedPort = new(
        @"\bnow (?:also )?runs? on (?:" + Platforms.OsName + @")(?: \d+(?:\.\d+)?)? on (?:" + Platforms.ArchNames + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A sentence about what a new API is for or how it behaves, whichever of its clauses is read.</summary>
    public static bool AboutANewApi(string sentence) => NewApi().IsMatch(sentence);

    /// <summary>
    /// A change whose next sentence gives only its benefit ("gofmt now reads files concurrently. It should now be much
    /// faster."; "… now uses X. This should make binaries more compatible."): an improvement, unless the clause itself
    /// names an error, a default or what it does instead.
    /// </summary>
    public static bool OnlyForABenefit(string clause, string? next) =>
        next is not null && Benefit().IsMatch(next) && !Breaks().IsMatch(clause) && !InsteadOrDefault().IsMatch(clause);

    /// <summary>
    /// "It also …", "These functions …" after a sentence that states no change (a new API, only faster): the sentence goes
    /// on about that, unless it names an error, a default or a reverting setting itself.
    /// </summary>
    public static bool GoesOnAboutNoChange(string clause, string? previous) =>
        previous is not null && GoesOn().IsMatch(clause) && !Breaks().IsMatch(clause) && !InsteadOrDefault().IsMatch(clause) && !clause.Contains("go test", StringComparison.Ordinal)
        && (AboutANewApi(previous) || NotAChange(previous));

    [GeneratedRegex(@"^(?:It|Its|They|Their|These|Those|This (?:method|function|type|field|option|flag|setting|package|mode))\b(?! (?:also|now also)\b)")]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"^(?:This|These|It|That|On [^,.]+, [\w.]+)\b[^.]*?\b(?:should (?:now )?be (?:\w+ )?faster|makes? [^.]*?\b(?:faster|more compatible|smaller)\b|leads? to (?:better|less|lower)|saves? memory|(?:has|have|should have) no semantic effect|prevents? \w+ from being re-?\w+|(?<!\bto )avoids? \w+ing\b)|\b(?:is|are) (?:deprecated but )?still (?:recognized|accepted|supported)\b|^This (?:may|might|will) cause [^.]*?\b(?:run|be) (?:\w+ )?(?:more slowly|slower)\b")]
    private static partial Regex Benefit();

    [GeneratedRegex(@"\bdefault\b|\b(?:instead of|rather than) (?:(?!calling\b|using\b|going\b)\w+ing\b|an? |the )")]
    private static partial Regex InsteadOrDefault();

    /// <summary>
    /// A sentence about what an earlier release did ("Go 1.38 implemented …", "pre-Go 1.39 messages were …", "As of
    /// Go 1.37 it was …", "In Go 1.38, the frob command gained …"): background to this page's change, not a change of its own.
    /// </summary>
    public static bool AboutAnEarlierRelease(string clause, Domain.Versions.GoVersion page) =>
        EarlierRelease().Match(clause) is { Success: true } match && int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture) < page.Minor;

    [GeneratedRegex(@"(?:^|\b)(?:Go|[Pp]re-Go|As of Go) 1\.(?<minor>\d+) (?:\w+ed|implements|introduced)\b|^(?:In|Since) Go 1\.(?<minor>\d+), ")]
    private static partial Regex EarlierRelease();

    [GeneratedRegex(@"\b(?:errors?|rejects?|(?<!\bcall(?:s|ing)? )panics?|fail(?:s|ures?)?|by default|no longer|GODEBUG|break|broken|incompatib\w+)\b")]
    private static partial Regex Breaks();

    // A setting or mode that turns something new on: "It can be enabled by setting GODEBUG=frob=1", "frob=1 enables the
    // strict mode", "Setting GODEBUG=frobtrace=1 now causes the runtime to print …".
    [GeneratedRegex(@"^(?:When|If) (?:the )?(?:GODEBUG|environment variable GODEBUG)\b|^(?:When|If) (?:the )?-[\w.=-]+ (?:build )?(?:flag|option) is (?:specified|given|set|used|passed|provided)\b|\bwhen (?:(?:run|invoked|called|used) with|given) (?:the )?-[\w.=-]+|\b(?:can|may) (?:now )?opt (?:in|into)\b|\bopt-in\b|\b(?:can|may) (?:also )?be (?:enabled|turned on|activated)\b|\benables (?:the )?\w+ mode\b|\bnow causes the runtime to (?:emit|print)\b|\bif (?:a|an|the) \w+ implements the new\b|^(?:Setting|Adding) (?:the )?(?:GODEBUG=)?[\w.=]+ (?:to the GODEBUG environment variable |environment variable )?now\b|^(?:GODEBUG=)?[A-Za-z][A-Za-z0-9_]*=\w+ now (?:prints|reports|logs|emits|traces)\b|^Setting (?:the )?(?:GODEBUG=)?[\w.]+=\w+ (?:enables|turns on|adds|prints|reports|logs)\b")]
    private static partial Regex OptIn();

    // "The change is strictly backwards compatible", "Nothing technical has changed", "The default is X, the directory used
    // before this change": the notes say no code notices. So is
    // debug information that is only added or more accurate ("now generates DWARF information for …"; not "… using DWARF 9"),
    // and an exported value in place of an unexported one ("now returns ErrFrobDone instead of the unexported errDone").
    [GeneratedRegex(@"\b(?:instead of|rather than|in place of) (?:the |an )?unexported\b|\b(?:generates?|produces?|emits?|records?) (?:(?:significantly|much|far) )?(?:more (?:accurate|complete) )?(?:DWARF|debug(?:ging)?) (?:debug )?information\b(?! using\b)|(?<!\bnot |\bin)\b(?:strictly |fully |completely )backwards? compatible\b|\b(?:in|to) (?:its|the|their) documentation\b|^(?:The )?[Dd]ocumentation\b|\bdocumentation (?:now )?(?:lists|includes|describes|mentions|explains|shows|covers)\b|\b(?:is|are) now (?:fully |properly |better )?documented\b|^(?:Updating: )?Nothing\b[^.;]*\bhas changed\b|\b(?:is|are|remains?) unchanged\b|, the (?:[\w.]+ ){1,5}(?:before|prior to) this change\b|\b(?:has|have|should have|with) no semantic effect\b|\bno longer (?:marked |considered )?(?:as )?deprecated\b|\bno longer (?:claims|documents|promises|states)\b|\b[Ee]xisting code (?:is|will be) unaffected\b|\ban error that is or wraps\b|\b(?:is|are) still (?:available|the default)\b|\bremains? (?:enabled|disabled|on|off|the default)\b")]
    private static partial Regex NothingChanges();

    // A requirement or limit lifted, something that failed now working: "X no longer requires a kernel with Y", "There
    // is no longer a limit on Z", "Go 1.40 removes the restriction that …", "rather than always returning an error", "X no
    // longer blocks while Y runs", "The minimum frob version has been lowered to 3"; a fault fixed: "X no longer prints its
    // warning twice", "X no longer leaves temporary files behind".
    [GeneratedRegex(@"\bno longer(?<!\bdefaults?\b[^.;]{0,300}no longer) (?:requires?|needs?) (?:an? |the )?(?:(?:Linux |\w+ )?(?:kernel|to be)|C (?:compiler|linker|toolchain)|cgo|GOPATH|makefiles?)\b|\bpreviously (?:unsupported|unavailable|impossible)\b|\bno longer confined\b|\b[Tt]here is no longer (?:a|any) (?:limit|need|requirement|restriction|ramp-up)\b|\bremoves? the (?:restriction|limitation|requirement)\b|\b(?:rather than|instead of) always (?:returning an error|failing)\b|\bmore permissive\b(?![^.;]*\bstricter\b)|\b(?:places?|puts?|imposes?|sets?) no (?:limit|restriction|cap)\b|\bno longer (?:potentially )?(?:deadlocks?|starves?|hangs?)\b|\bno longer (?:blocks?|waits?) (?:if|while|when|during)\b|\bno longer (?:holds?|takes?|acquires?) (?:a |the |any )?(?:global )?(?:lock|mutex)\b|\bno longer (?:returns?|reports?|produces?) spurious\b|\bnow only (?:requires?|needs?)\b|\brelax(?:es|ing|ed) the (?:earlier |previous |old |former )?(?:[\w.]+ )?(?:minimum|requirement)\b|\bno longer (?:leaks?|leaves? (?:\w+ )?(?:\w+ )?(?:files|directories|processes|goroutines) behind|crash(?:es)?(?: when| on| if| for)?)\b|\bno longer (?:\w+ )?(?:prints?|reports?|writes?|emits?|logs?|shows?|runs?|downloads?|fetch(?:es)?|builds?) [^.;]{0,80}\b(?:twice|more than once|repeatedly)\b|\b(?:minimum|required|oldest supported) [^.;]{0,60}\b(?:has been|have been|was|were|is|are) (?:now )?(?:lowered|relaxed|reduced|decreased)\b|\bno longer requires? (?:a |an )?(?:restart|reboot|rebuild|manual \w+|workaround)\b|\bno longer requires? (?:the )?(?:callers?|users?|programs?|code) to\b|\bno longer (?:requires?|needs?) (?:an? |the )?(?:(?:[\w.+-]+ ){0,3}(?:tools|SDK|headers|instructions?|extensions?)\b|(?:SSE\d*|AVX\w*|Xcode|GCC|clang|binutils|glibc|SWIG|Git)\b)")]
    private static partial Regex Lifted();

    // A changed signature, result type or type kind ("has changed signature", "now takes a context", "has been made an
    // interface", "returns an error as well as a Logger"): code written for the old shape stops compiling, which is an API
    // change of the feature, not code that keeps compiling and behaves differently.
    [GeneratedRegex(@"\b(?:changed|has changed) (?:its )?(?:signatures?|return types?)\b|\b[Tt]he signature of\b(?:[^.;]|\.(?=\w))*\bhas changed\b|\btakes? (?:a|an) (?:[\w.\[\]*]+ )+(?:as (?:an?|the) (?:\w+ )?)?(?:argument|parameter)\b|\b(?:altered|changed) to take\b|\binterface [\w.]+ has changed\b|\breturns? \(\*?\w|\btakes? a context\b|\b(?:made|from a struct to) an interface\b|\b(?:a|an) (?:function|struct|interface)(?: type)? rather than an? (?:function|struct|interface)\b|\breturns? an error as well as\b|\bto take a function value\b|\bchanged from (?:uintptr|int|string) to\b|\btake and return (?:a|an) \w+\b|\b(?:takes?|returns?) (?:an? )?[\w.\[\]*]+(?: \w+)?,? (?:instead of|rather than) (?:an? )?(?:uintptr|int|int64|string|bool|\[\]byte|rune)\b|\bnames? (?:of|for) [^.;]*\b(?:have|has) changed to\b|\b(?:types|fields|signatures) have been (?:adjusted|changed|updated) accordingly\b|\b(?:has|have) been (?:\w+ )?(?:brought closer in design|simplified|reworked|redesigned)\b|\b(?:rune|uintptr|int|int64|string|\[\]byte|error|bool) (?:rather than|instead of) (?:an? )?(?:rune|uintptr|int|int64|bool|\[\]byte)\b|\bnow (?:also )?returns? an? (?:uintptr|int64|int32|rune)\b|\b(?:will break|breaks) due to the new\b|\bnames? of [^.;]*\b(?:have|has) changed\b")]
    private static partial Regex ApiShape();

    [GeneratedRegex(@"\b(?:improv(?:es|ing|ed)? (?:the )?(?:CPU )?performance|which makes (?:[\w.]+ ){0,4}(?:faster|smaller|cheaper|more efficient)\b|improv(?:es?|ing) (?:the )?(?:latency|throughput|startup time)\b|(?:built|linked|compiled|fetched|downloaded|run|read|formatted) (?:\w+ )?(?:in parallel|concurrently)\b|(?:runs|time|works) in O\(|in the worst case|(?:up to )?(?:twice|\w+ times) as (?:fast|quickly)|\d+% faster|performance improvements?|(?:is|are|runs?|now) (?:[\w.]+ ){0,3}faster|more efficient(?:ly)?|(?:reduc|lower)(?:e|es|ing) (?:the |its )?(?:number of|cost|overhead|memory|latency|CPU|impact)|speeds? up|optimi[sz]ed?|(?:fewer|no longer|avoids?|without) (?:causes? |requires? )?(?:heap )?allocat\w*|allocat\w* less|(?:takes?|uses?|needs?) less|uses? (?:a )?(?:smaller|lower) (?:fraction|share|amount) of|(?:more (?:aggressive(?:ly)? )?|eligible for )inlin\w*(?: by default)?|(?:less|reduc\w+|lower|avoid\w*|without) (?:lock )?contention|contended|resulting in (?:many )?fewer|(?:no longer (?:increase|affect)s? )?(?:[\w-]+ )?pause times?)\b|now \w+s better|\b(?:reduc|shrink)(?:e|es|ing) (?:the )?(?:binary|code|file|object) sizes?\b|\buses? fewer\b|\bmore aggressively\b|\b(?:smaller|faster|better) (?:code|binaries|executables)\b|\b(?:runs?|reads?|builds?|links?|compiles?|formats?|downloads?|fetch(?:es)?) [^.;]*?\b(?:in parallel|concurrently)\b(?! with (?:the|a|an)\b)|(?:run|runs|be|is) (?:\w+ )?(?:more slowly|slower)\b|better track|more allocations|(?:linear|constant|logarithmic) time|escapes? to the heap|instead of allocating|[Bb]ounds check elimination|(?:release[sd]?|releasing|return(?:s|ed|ing)?) (?:\w+ )?memory to the (?:OS|operating system)|(?:minimum|initial|starting) size (?:of|for) (?:the |a )?(?:goroutine['’]s )?stack|(?:no longer forces? (?:its |the )?\w+ )?(?:to be|be) allocated on the (?:heap|stack)|collected (?:promptly|sooner|earlier)|in a single (?:GC |garbage collection )?cycle")]
    private static partial Regex Improvement();

    [GeneratedRegex(@"\b(?:uses?|generates?) (?:the )?(?:[\w./()-]+ ){0,3}(?:system calls?|syscalls?(?!\.\w)|instructions|algorithm|backend|parser|timers)\b|\b(?:splice|sendfile|getrandom|arc4random\w*)\b|\bvia vDSO\b|\bnow uses? (?:a |an |the )?(?:[\w.()*'-]+ ){0,4}(?:algorithm|implementation|layout|formulas)\b|\bnow uses? an? new (?:[\w-]+ ){0,2}(?:allocator|scheduler|collector|hash function|parser|linker|encoder|decoder|engine)\b|\b(?:made|done) through libc\b|^(?:Internally|Behind the scenes|Under the hood)\b|\bnow uses the new\b|\b(?:uses?|calls?) (?:the )?new [\w.()*]+ (?:internally|under the hood)\b|\b(?:was|were|is|are) (?:mostly |now )?written in (?:C|Go|assembly)\b|\b(?:translated|rewritten|converted) (?:in)?to Go\b|^The implementation of [\w ]+ (?:has|have) been (?:modified|changed|rewritten)\b|\bwrite barrier\b|\b(?:compiler|new|SSA|that) back ?end\b")]
    private static partial Regex Implementation();

    [GeneratedRegex(@"^(?:The|A|An) new\b|\b(?:the|a) new (?:-[\w.=-]+|[\w.]+) (?:field|method|option|flag|callback|setting|function|type|interface|variable|hook)\b|\b(?:the|an) optional [\w.]+ (?:method|callback|interface|field|hook)\b|\bnow (?:also )?runs? on [a-z0-9]+/[a-z0-9]+\b|\b(?:adds?|added|introduces?) (?:an? |the )?new\b|\badds? (?:an? |the )?(?:[\w.]+ )?(?:method|function|field|type|option|flag|constant|variable)s?\b|\bnow implements? (?:the |this |these )?(?:[\w.]+ )?interfaces?\b|\bnew [A-Z]\w* (?:field|method)\b|\bnow (?:also )?(?:supports?|accepts? (?:an?|the)|allows?|defines(?! that)|exports?)\b|\b(?:can|may) now be (?:written|used|declared|spelled|called|passed)\b|\b(?:handles?|supports?|accepts?|recognizes?|reads?) (?:a few |several |many )?(?:more|larger|longer|bigger)\b|\bhas been extended\b|\bnow included in the (?:standard )?distribution\b|\bnow runs on (?:the )?new\b|\bto (?:follow|support|match) the new\b|^This (?:allows|enables|lets|permits)\b")]
    private static partial Regex Addition();

    // What a new API is for or how it behaves: "The new Frob method returns an error when …", "These functions may only be
    // used …", "Programs can use this to …": the thing is new, so no existing code sees a difference.
    [GeneratedRegex(@"^(?:The|A|An|Two|Three|Several) new (?:[\w.=]+,? ){0,3}(?:methods?|functions?|types?|fields?|interfaces?|options?|constants?|variables?|packages?|GOEXPERIMENT (?:settings?|values?)|experiments?)\b|^These (?:new )?(?:functions|methods|types|interfaces) (?:are|may|will|can)\b|\b(?:can|may) (?:now )?use (?:this|these|it) to\b|^There (?:are|is) (?:also )?(?:a )?new\b|\bnow supported,? but (?:disabled|off) by default\b|\b(?:is|are) now supported \(?and (?:is |are )?(?:enabled|on) by default\b|\bby default (?:for|in|with) the new\b|\b(?:in|into|via) (?:the |its |a )?(?:[\w.'’]+ )?new [A-Z]\w* (?:field|method)\b|\b(?:that|which) implements? the new\b|\b(?:has|have|gains?|gets?) (?:a |two |several )?new (?:[\w.]+ )?(?:methods?|functions?|fields?|options?)\b")]
    private static partial Regex NewApi();

    // What implementers or tools should do ("Drivers that keep the buffer should ensure they no longer write to it", "Analysis
    // tools … should be updated to consider this").
    [GeneratedRegex(@"\bshould (?:ensure|make sure|take care)\b|\bshould be updated to (?:consider|handle|account for)\b")]
    private static partial Regex AdviceToImplementers();

    [GeneratedRegex(@"^Updating:?\s|\b(?:should|must) be updated (?:by hand|to use)\b|\bwill need to be (?:edited|updated|changed|fixed) by hand\b|^(?:This|The following) (?:program|example|code)\b[^.;]*:$|^For example, the following\b|\bwill still work\b")]
    private static partial Regex UpdateAdvice();

    /// <summary>"…, and this check is enabled by default": a vet check that runs without being asked.</summary>
    [GeneratedRegex(@"\b(?:is|are) (?:now )?(?:enabled|on|run) by default\b")]
    private static partial Regex OnByDefault();

    [GeneratedRegex(@"\b(?:[Vv]et(?: tool| command| checker| check)?|analy[sz]er) (?:now )?(?:also )?(?:reports|checks|warns|detects|flags|diagnoses)\b|\bnew vet check|\b[Vv]et (?:is|are) (?:now )?(?:stricter|looser)\b|\bbehaviou?r of (?:the )?vet\b|\bgo vet command now\b")]
    private static partial Regex VetOnly();

    /// <summary>"differently", "instead of returning …", "smaller output": a faster or reimplemented thing whose results also change.</summary>
    [GeneratedRegex(@"\b" + AcceptsIrregularInput + @"|\b" + EnvironmentVariableReadDifferently + @"|\b" + OutputOfAnotherSize + @"|\bdifferently\b|\bdifferent \w+ than (?:before|previously)\b|\bmore accurate\b|\b(?:instead of|rather than) (?:returning|reporting|panicking|failing|ignoring|accepting|rejecting|an? (?:\w+ )?error)\b")]
    private static partial Regex ReadsDifferently();

    /// <summary>
    /// A before-and-after that only lifts a limit ("X now works on Y. Previously it failed.", "The new Z … Previously
    /// the only way was …"): something that used to fail now succeeds, which no working program notices.
    /// </summary>
    public static bool IsRelaxation(string beforeAndAfter) =>
        NewCapability().IsMatch(beforeAndAfter) || (FailedBefore().IsMatch(beforeAndAfter) && !FailsNow().IsMatch(beforeAndAfter));

    [GeneratedRegex(@"\b(?:[Tt]he new|can now|(?:is|are) now (?:supported|allowed|permitted|possible|safe|implemented|functionally)|now allows?|now supports?|now works)\b")]
    private static partial Regex NewCapability();

    [GeneratedRegex(@"\b(?:[Pp]reviously|[Ee]arlier|[Pp]rior|[Bb]efore)\b(?:[^.]|\.(?=\d))*?\b(?:failed|panicked|returned an? (?:\w+ )?error|disallowed|not (?:possible|supported|allowed|permitted|valid|represented|discoverable)|only (?:way|shown|enabled|supported)|unofficially|(?:was|were) required|needed|sufficient|could not|couldn't|had to|only consider)\b")]
    private static partial Regex FailedBefore();

    [GeneratedRegex(@"\b(?:now|will) (?:\w+ )?(?:panics?|fails?|crash(?:es)?|rejects?|returns? an? (?:\w+ )?error|reports? an? (?:\w+ )?error)\b")]
    private static partial Regex FailsNow();
}
