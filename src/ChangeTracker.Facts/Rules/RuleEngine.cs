using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>Applies the rule tables to the sentences of one item and builds the facts they describe.</summary>
public static partial class RuleEngine
{
    /// <summary>The platform tables: each may fire on every clause.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<SentenceRule>> PlatformTables =
        [PortStatusRules.Table, PortRules.Table, OsSupportRules.Table, RequirementRules.Table];

    /// <summary>
    /// Removals, then announcements of a later change, then behaviour changes, then deprecations: the first that fires on
    /// a clause wins (the safer, breaking reading; a change announced for later is not one of this release).
    /// </summary>
    private static readonly IReadOnlyList<SentenceRule> ChangeRules =
    [
        .. RemovalRules.Table.Where(r => r.Kind == FactKind.Removal),
        .. RemovalRules.Table.Where(r => r.Name == RemovalRules.FutureChange),
        .. BehaviorRules.Table,
        .. RemovalRules.Table.Where(r => r.Kind != FactKind.Removal && r.Name != RemovalRules.FutureChange),
    ];

    /// <summary>
    /// The non-feature facts of one paragraph, each with the index of the sentence it came from. Platform rules run on
    /// every clause; the change rules (removal, behaviour, deprecation) only where no platform rule fired.
    /// </summary>
    public static IEnumerable<(int Sentence, Fact Fact)> Apply(GoVersion page, NotesSection section, NotesItem item, Text.Paragraph paragraph, string source)
    {
        if (item.Category == NotesCategory.Introduction || IsCode(item)) yield break;
        var changesApply = item.Category != NotesCategory.Language;
        if (changesApply && item == section.Items[0] && paragraph.Ordinal == 0)
        {
            var title = Sentences.Normalize(section.Title);
            var heading = new RuleInput(page, section, item, title, title, null, null);
            var lead = Sentences.Split(paragraph.Text).FirstOrDefault();
            foreach (var fact in FirstFiring(HeadingRules.Table, heading, source))
                yield return (-1, lead is null ? fact : fact with { Evidence = $"{title}: {lead}" });
        }

        var sentences = Sentences.Split(paragraph.Text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var clauses = ClauseBreak().Split(sentence).Where(c => c.Length > 0).ToList();
            var following = sentences.Skip(i + 1).ToList();
            RuleInput Input(string clause) => new(page, section, item, sentence, clause,
                i > 0 ? sentences[i - 1] : null, following.FirstOrDefault()) { Following = following };

            var platform = clauses.SelectMany(c => PlatformTables.SelectMany(t => FirstFiring(t, Input(c), source))).ToList();
            var facts = platform.Count > 0 || !changesApply || sentence.StartsWith('(') ? platform
                : clauses.Select(c => RelativeClause().Replace(c, ",")).SelectMany(c => WithDeprecation(FirstFiring(ChangeRules, Input(c), source), c, page)).ToList();
            foreach (var fact in facts) yield return (i, fact);
        }
    }

    private static IReadOnlyList<Fact> FirstFiring(IReadOnlyList<SentenceRule> table, RuleInput input, string source)
    {
        for (var r = 0; r < table.Count; r++)
        {
            var rule = table[r];
            var match = MatchOf(rule, input.Clause);
            if (!match.Success) continue;
            var facts = Build(rule, match, input, source).ToList();
            if (facts.Count == 0) continue;
            var contradicting = table.Skip(r + 1).Where(o => o.Kind != rule.Kind && MatchOf(o, input.Clause).Success).Select(o => o.Name).Distinct().ToList();
            return contradicting.Count == 0 ? facts
                : facts.Select(f => f with { Rule = $"{f.Rule} (also read as {string.Join(", ", contradicting)}; kept the breaking reading)" }).ToList();
        }
        return [];
    }

    /// <summary>
    /// "X is deprecated and will be removed in Go 1.42" and "X is now ignored and deprecated" say two things: a removal
    /// or behaviour change (the breaking reading wins the clause) and a deprecation, added beside it.
    /// </summary>
    private static IEnumerable<Fact> WithDeprecation(IReadOnlyList<Fact> facts, string clause, GoVersion page)
    {
        foreach (var fact in facts)
        {
            yield return fact;
            if (fact.Kind is FactKind.Removal or FactKind.BehaviorChange && DeprecatedNow().IsMatch(clause))
                yield return fact with
                {
                    Kind = FactKind.Deprecation, Version = page, LastVersion = null, Godebug = null,
                    EffectiveVersion = fact.Version.Line > page.Line ? fact.Version : null,
                    Rule = fact.Rule + " (deprecated now)",
                };
        }
    }

    [GeneratedRegex(@"\b(?:is|are|has been|have been) (?:now |also )?(?:\w+ and )?deprecated\b")]
    private static partial Regex DeprecatedNow();

    private static Match MatchOf(SentenceRule rule, string clause)
    {
        try
        {
            return rule.Pattern.Match(clause);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new RegexMatchTimeoutException($"facts: rule {rule.Name} timed out on a clause of {clause.Length} characters", ex.Pattern, ex.MatchTimeout);
        }
    }

    private static IEnumerable<Fact> Build(SentenceRule rule, Match match, RuleInput input, string source)
    {
        var when = Place(rule.Timing, match, input);
        if (when is null) yield break;
        var (version, last, announced, effective) = when.Value;
        Fact Make(string subject) => new()
        {
            Kind = rule.Kind,
            Version = version,
            LastVersion = FactKinds.Of(rule.Kind).Fields.Contains("lastVersion") ? last : null,
            AnnouncedIn = announced,
            EffectiveVersion = effective,
            Subject = subject,
            Category = input.Item.Category.ToName(),
            Component = input.Item.Component ?? input.Section.Component,
            Summary = Sentences.Truncate(input.Sentence, 240),
            Source = source,
            Evidence = input.Sentence,
            Rule = rule.Name,
        };

        switch (rule.Target)
        {
            case Target.Ports:
                var experimental = rule.Kind == FactKind.PortAdded && IsExperimental(match, input);
                var renamed = match.Groups["renamed"].Success ? match.Groups["renamed"].Value : null;
                foreach (var port in PortResolver.Ports(rule, match, input).Where(p => p != renamed))
                    yield return Make(port) with { Port = port, RenamedTo = renamed, Experimental = experimental, Component = null };
                break;
            case Target.LevelsNamed:
            case Target.LevelsRequired:
                foreach (var level in LevelResolver.Levels(rule, match, input))
                {
                    if (level.IsCpu)
                    {
                        var named = rule.DerivesSubject ? LevelResolver.Named(match, input, level.Os) : null;
                        yield return Make(named ?? level.Subject) with
                        {
                            Kind = FactKind.RequirementRaised, Area = "cpu", Component = null, LastVersion = null, Minimum = named,
                        };
                    }
                    else yield return Make(level.Subject) with { Os = level.Os, OsVersion = level.Version, Component = null };
                }
                break;
            case Target.Requirement:
                var minimum = Sentences.Normalize(match.Groups["min"].Value).TrimEnd('.', ',');
                if (minimum.Length == 0) break;
                var required = Make(minimum) with { Area = rule.Area, Minimum = minimum, LastVersion = null, Component = null };
                yield return rule.Timing == Timing.InRelease && FutureRequirement(input.Clause) is { } future
                    ? required with { Version = future.Release ?? Releases.Next(input.Page), AnnouncedIn = input.Page }
                    : required;
                break;
            default:
                var component = input.Item.Category is NotesCategory.Library or NotesCategory.MinorLibraryChanges
                    ? input.Item.Component ?? input.Section.Component : null;
                var subjects = SubjectText.Clean(match.Groups["subject"].Value, input.Sentence, input.PreviousSentence, component, input.Following);
                if (subjects.Count == 0 && ListedAfterColon(match, input) is { Count: > 0 } listed)
                    subjects = listed.Select(l => component is null ? l : $"{component}: {l}").ToList();
                if (subjects.Count == 0 && rule.Kind == FactKind.BehaviorChange)
                    subjects = [SubjectText.OfSentence(input.Sentence, input.Item.Component ?? input.Section.Component ?? Sentences.Normalize(input.Section.Title))];
                foreach (var subject in subjects)
                    yield return Make(subject) with
                    {
                        Godebug = rule.Kind == FactKind.BehaviorChange ? GodebugSetting.In(input.Sentence, input.Following) : null,
                    };
                break;
        }
    }

    /// <summary>"Go 1.9 will require …" (that release), "FreeBSD 13.0+ will require …", "Future releases will require …" (the next one).</summary>
    private static (GoVersion? Release, bool Vague)? FutureRequirement(string clause)
    {
        var m = FutureRequire().Match(clause);
        if (!m.Success) return null;
        return (Releases.FromText(m.Groups["v"].Success ? m.Groups["v"].Value : null), m.Groups["vague"].Success);
    }

    [GeneratedRegex(@"\bGo (?<v>1\.\d+) (?:will|to) (?:likely |probably )?(?:require|need)\b|\bwill (?:likely |probably )?(?:require|need)\b|(?<vague>\b[Ff]uture (?:Go )?releases?\b)")]
    private static partial Regex FutureRequire();

    /// <summary>"The following declarations are now deprecated: A, B and C" → A, B, C.</summary>
    private static IReadOnlyList<string> ListedAfterColon(Match match, RuleInput input)
    {
        if (!match.Groups["subject"].Value.Contains("following", StringComparison.OrdinalIgnoreCase)) return [];
        var colon = input.Sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return [];
        return Regex.Split(input.Sentence[(colon + 2)..].TrimEnd('.'), @",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
            .Select(p => p.Trim()).Where(p => p.Length is > 0 and <= 60).ToList();
    }

    /// <summary>The fact's release, last release with support, announcing release and (for deprecations) effective release.</summary>
    private static (GoVersion Version, GoVersion? Last, GoVersion Announced, GoVersion? Effective)? Place(Timing timing, Match match, RuleInput input)
    {
        var page = input.Page;
        var stated = Releases.FromText(match.Groups["v"].Success ? match.Groups["v"].Value : null);
        var announcedEarlier = Releases.FromText(AnnouncedIn().Match(input.Sentence) is { Success: true } a ? a.Groups["v"].Value : null);
        switch (timing)
        {
            case Timing.LastRelease:
                var last = stated ?? page;
                return (Releases.Next(last), last, page, null);
            case Timing.FutureRelease:
                var first = stated ?? Releases.Next(page);
                return (first, Releases.Previous(first), page, null);
            case Timing.Announcement:
                var effective = stated ?? (NextRelease().IsMatch(input.Clause) ? Releases.Next(page) : null);
                return (page, null, page, effective);
            default:
                var version = stated ?? page;
                var announced = announcedEarlier is { } e && e < version ? e : page;
                return (version, Releases.Previous(version), announced, null);
        }
    }

    private static bool IsExperimental(Match match, RuleInput input) =>
        match.Groups["experimental"].Success
        || input.Clause.Contains("experiment", StringComparison.OrdinalIgnoreCase)
        || input.Section.Title.Contains("experiment", StringComparison.OrdinalIgnoreCase)
        || ExperimentalPort().IsMatch(Sentences.Normalize(input.Item.Text));

    public static bool IsCode(NotesItem item) => item.Html.TrimStart().StartsWith("<pre", StringComparison.OrdinalIgnoreCase);

    /// <summary>", all of which were obsolete," and ", which …," asides, dropped before reading a subject.</summary>
    [GeneratedRegex(@",\s+(?:all of |some of |none of )?which [^,;]+,")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@";\s+|:\s+(?=[A-Z])")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\bas (?:announced|mentioned) in (?:the )?Go (?<v>1\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedIn();

    [GeneratedRegex(@"\bthe next (?:major )?(?:Go )?(?:major )?release\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextRelease();

    [GeneratedRegex(@"\bexperimental port\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperimentalPort();
}
