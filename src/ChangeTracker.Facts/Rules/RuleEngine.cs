using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>Applies the rule tables to the sentences of one item and builds the facts they describe.</summary>
public static partial class RuleEngine
{
    /// <summary>Platform rules (ports, then OS levels) run on every clause; removal rules only where no platform rule fired.</summary>
    public static IEnumerable<Fact> Apply(GoVersion page, NotesSection section, NotesItem item, string source)
    {
        if (item.Category == NotesCategory.Introduction || IsCode(item)) yield break;
        var removalsApply = item.Category != NotesCategory.Language;
        if (removalsApply && item == section.Items[0])
        {
            var title = Sentences.Normalize(section.Title);
            var heading = new RuleInput(page, section, item, title, title, null, null);
            foreach (var fact in FirstFiring(HeadingRules.Table, heading, source)) yield return fact;
        }

        var sentences = Sentences.Split(item.Text);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var clauses = ClauseBreak().Split(sentence).Where(c => c.Length > 0).ToList();
            var following = sentences.Skip(i + 1).ToList();
            RuleInput Input(string clause) => new(page, section, item, sentence, clause,
                i > 0 ? sentences[i - 1] : null, following.FirstOrDefault()) { Following = following };

            var platform = clauses.SelectMany(c => FirstFiring(PortRules.Table, Input(c), source)
                .Concat(FirstFiring(OsSupportRules.Table, Input(c), source))).ToList();
            var facts = platform.Count > 0 || !removalsApply || sentence.StartsWith('(') ? platform
                : clauses.Select(c => RelativeClause().Replace(c, ",")).SelectMany(c => FirstFiring(RemovalRules.Table, Input(c), source)).ToList();
            foreach (var fact in facts) yield return fact;
        }
    }

    private static IReadOnlyList<Fact> FirstFiring(IReadOnlyList<SentenceRule> table, RuleInput input, string source)
    {
        foreach (var rule in table)
        {
            var match = rule.Pattern.Match(input.Clause);
            if (!match.Success) continue;
            var facts = Build(rule, match, input, source).ToList();
            if (facts.Count > 0) return facts;
        }
        return [];
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
            LastVersion = rule.Kind is FactKind.PortAdded or FactKind.Deprecation ? null : last,
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
                foreach (var port in PortResolver.Ports(rule, match, input))
                    yield return Make(port) with { Port = port, Experimental = experimental, Component = null };
                break;
            case Target.LevelsNamed:
            case Target.LevelsRequired:
                foreach (var level in LevelResolver.Levels(rule, match, input))
                    yield return Make(level.Subject) with { Os = level.Os, OsVersion = level.Version, Component = null };
                break;
            default:
                var component = input.Item.Category is NotesCategory.Library or NotesCategory.MinorLibraryChanges
                    ? input.Item.Component ?? input.Section.Component : null;
                foreach (var subject in SubjectText.Clean(match.Groups["subject"].Value, input.Sentence, input.PreviousSentence, component, input.Following))
                    yield return Make(subject);
                break;
        }
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
