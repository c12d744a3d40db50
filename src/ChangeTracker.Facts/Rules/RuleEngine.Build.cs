using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Rules;

/// <summary>How a rule that fired becomes facts: its place in time, its subject, ports, levels or minimum.</summary>
public static partial class RuleEngine
{
    private static IEnumerable<Fact> Build(SentenceRule rule, Match match, RuleInput input, string source)
    {
        if (rule.CitesNeighbour && (BehaviorRules.IsRelaxation(WithNeighbour(input)) || NeighbourIsNoChange(input))) yield break;
        var when = Place(rule, match, input);
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
            Evidence = rule.CitesNeighbour ? WithNeighbour(input) : WithAntecedent(rule, input),
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
                var minimum = Sentences.Normalize(MinimumOf(match)).TrimEnd('.', ',');
                if (minimum.Length == 0) break;
                var required = Make(minimum) with { Area = rule.Area, Minimum = minimum, LastVersion = null, Component = null };
                yield return rule.Timing == Timing.InRelease && (IsFutureRequirement(input.Clause, input.Page, out var future) || ContinuesAnnouncement(input, out future))
                    ? required with { Version = future, AnnouncedIn = input.Page }
                    : required;
                break;
            default:
                var component = input.Item.Category is NotesCategory.Library or NotesCategory.MinorLibraryChanges
                    ? input.Item.Component ?? input.Section.Component : null;
                if (input.Listed.Count > 0 && rule.Kind is FactKind.Removal or FactKind.Deprecation)
                {
                    foreach (var entry in input.Listed)
                        yield return Make(component is null ? entry : $"{component}: {entry}") with { Evidence = $"{input.Sentence} {entry}" };
                    break;
                }
                var subjects = rule.SubjectIsGoverningSetting && SubjectText.SettingNear(input.Sentence, input.PreviousSentence) is { } setting ? [setting]
                    : SubjectText.Clean(match.Groups["subject"].Value, input.Sentence, input.PreviousSentence, component, input.Following);
                if (subjects.Count == 0 && ListedAfterColon(match, input) is { Count: > 0 } listed)
                    subjects = listed.Select(l => component is null ? l : $"{component}: {l}").ToList();
                if (subjects.Count == 0 && (rule.Kind == FactKind.BehaviorChange || rule.Kind == FactKind.Removal && SubjectText.IsVague(match.Groups["subject"].Value)))
                    subjects = [SubjectText.OfSentence(rule.CitesNeighbour ? input.PreviousSentence ?? input.Sentence : input.Sentence, input.Item.Component ?? input.Section.Component ?? Sentences.Normalize(input.Section.Title))];
                foreach (var subject in subjects)
                    yield return Make(subject) with
                    {
                        Godebug = rule.Kind == FactKind.BehaviorChange ? GodebugSetting.In(input.Sentence, input.Following) : null,
                    };
                break;
        }
    }

    /// <summary>
    /// "Previously, X took minutes." after "X is now faster.": how things were, next to a sentence that states no change
    /// (only faster, reimplemented, a new API), is background to that sentence, not a change of its own.
    /// </summary>
    private static bool NeighbourIsNoChange(RuleInput input) =>
        (input.PreviousSentence ?? input.NextSentence) is { } neighbour && BehaviorRules.NotAChange(neighbour);

    /// <summary>A sentence about how things were, with the one before it that states the change (or after it, when it comes first).</summary>
    private static string WithNeighbour(RuleInput input) =>
        input.PreviousSentence is { } before ? $"{before} {input.Sentence}"
        : input.NextSentence is { } after ? $"{input.Sentence} {after}"
        : input.Sentence;

    /// <summary>
    /// A behaviour change told in a sentence that leans on the one before ("It now …", "Attempting to close such a
    /// channel …", "This behavior can be reverted …") cites that sentence too, so the evidence names what changed.
    /// </summary>
    private static string WithAntecedent(SentenceRule rule, RuleInput input) =>
        rule.Kind == FactKind.BehaviorChange && input.PreviousSentence is { } before && LeansOnPrevious().IsMatch(input.Sentence)
            ? $"{before} {input.Sentence}"
            : input.Sentence;

    [GeneratedRegex(@"^(?:It|Its|They|Their|This|These|That|Those|Such|Now|Instead|As a result|Consequently|In (?:this|that|such) case)\b|\b(?:such an?|such|this|these|the same) (?:\w+ )?(?:change|case|cases|behaviou?r|value|values|channel|call|calls|function|functions|method|methods|type|types|file|files|code)\b")]
    private static partial Regex LeansOnPrevious();

    /// <summary>The "min" group, or a tool and its version stated apart ("Git versions older than 2.50" → "Git 2.50").</summary>
    private static string MinimumOf(Match match) =>
        match.Groups["min"].Success ? match.Groups["min"].Value
        : match.Groups["tool"].Success && match.Groups["ver"].Success ? $"{match.Groups["tool"].Value} {match.Groups["ver"].Value}"
        : "";

    /// <summary>"Go 1.9 will require …" (that release), "FreeBSD 13.0+ will require …", "Future releases will require …" (the next one).</summary>
    private static bool IsFutureRequirement(string clause, GoVersion page, out GoVersion release)
    {
        var m = FutureRequire().Match(clause);
        release = Releases.FromText(m.Groups["v"].Success ? m.Groups["v"].Value : null) ?? Releases.Next(page);
        return m.Success;
    }

    /// <summary>"Go 1.41 will require FreeBSD 14+. FreeBSD 15+ requires a kernel with …": the second sentence goes on about Go 1.41.</summary>
    private static bool ContinuesAnnouncement(RuleInput input, out GoVersion release)
    {
        release = input.Page;
        if (input.PreviousSentence is null || AnnouncedRequirement().Match(input.PreviousSentence) is not { Success: true } m) return false;
        release = Releases.FromText(m.Groups["v"].Value) ?? input.Page;
        return release > input.Page;
    }

    [GeneratedRegex(@"\bGo (?<v>1\.\d+) will (?:likely |probably )?(?:require|need)\b")]
    private static partial Regex AnnouncedRequirement();

    [GeneratedRegex(@"\bGo (?<v>1\.\d+) (?:will|to) (?:likely |probably )?(?:require|need)\b|\bwill (?:likely |probably )?(?:require|need)\b|\b[Ff]uture (?:Go )?releases?\b")]
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
    private static (GoVersion Version, GoVersion? Last, GoVersion Announced, GoVersion? Effective)? Place(SentenceRule rule, Match match, RuleInput input)
    {
        var page = input.Page;
        var stated = Releases.FromText(match.Groups["v"].Success ? match.Groups["v"].Value : null);
        var announcedEarlier = Releases.FromText(AnnouncedIn().Match(input.Sentence) is { Success: true } a ? a.Groups["v"].Value : null);
        switch (rule.Timing)
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
                var version = stated ?? (rule.Kind == FactKind.BehaviorChange ? FromPatchRelease(input.Sentence, page) ?? FromLaterRelease(input.Clause, page) : null) ?? page;
                var announced = announcedEarlier is { } e && e < version ? e : page;
                return (version, Releases.Previous(version), announced, null);
        }
    }

    private static bool IsExperimental(Match match, RuleInput input) =>
        match.Groups["experimental"].Success
        || input.Clause.Contains("experiment", StringComparison.OrdinalIgnoreCase)
        || input.Section.Title.Contains("experiment", StringComparison.OrdinalIgnoreCase)
        || ExperimentalPort().IsMatch(Sentences.Normalize(input.Item.Text));

    /// <summary>
    /// "In Go 1.19.8 and later, …" on the 1.20 page: a change that a patch release of an earlier line already made
    /// belongs to that line.
    /// </summary>
    private static GoVersion? FromPatchRelease(string sentence, GoVersion page) =>
        PatchRelease().Match(sentence) is { Success: true } m && Releases.FromText(m.Groups["v"].Value) is { } line && line < page ? line : null;

    [GeneratedRegex(@"\bGo (?<v>1\.\d+)\.\d+ and later\b")]
    private static partial Regex PatchRelease();

    /// <summary>
    /// "Beginning in the next release, Go 1.41, X will default to Y", "It will be enabled by default in Go 1.41", "In Go 1.41,
    /// X will …" or "Go 1.41 will …" on the 1.40 page: a change announced for that release, which a later page confirms.
    /// </summary>
    private static GoVersion? FromLaterRelease(string clause, GoVersion page)
    {
        if (LaterRelease().Match(clause) is not { Success: true } m) return null;
        var release = Releases.FromText(m.Groups["v"].Success ? m.Groups["v"].Value : null) ?? Releases.Next(page);
        return release > page ? release : null;
    }

    [GeneratedRegex(@"\b(?:[Bb]eginning|[Ss]tarting) (?:in|with) (?:the next (?:major )?release(?:, Go (?<v>1\.\d+))?|Go (?<v>1\.\d+))\b|\bwill\b[^.;]*?\bin Go (?<v>1\.\d+)\b|^In Go (?<v>1\.\d+), (?=[^.;]*\bwill\b)|\bGo (?<v>1\.\d+) will\b")]
    private static partial Regex LaterRelease();

    [GeneratedRegex(@"\bas (?:announced|mentioned) in (?:the )?Go (?<v>1\.\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncedIn();

    [GeneratedRegex(@"\bthe next (?:major )?(?:Go )?(?:major )?release\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextRelease();

    [GeneratedRegex(@"\bexperimental port\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperimentalPort();
}
