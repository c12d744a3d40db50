using System.Text;
using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Facts;

/// <summary>
/// What every fact of a page gets once its rules are done: the page it came from, whether it breaks (the kind's
/// default, or the text saying so), whether an announcement is hedged, and a stable id from the page, anchor, kind
/// and subject — the same text always gives the same id.
/// </summary>
public static partial class FactFinishing
{
    public static IReadOnlyList<Fact> Finish(GoVersion page, IReadOnlyList<Fact> facts)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var subjects = new HashSet<(FactKind, GoVersion, string)>();
        var finished = new List<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            var subject = fact.Kind == FactKind.Feature || subjects.Add((fact.Kind, fact.Version, fact.Subject)) ? fact.Subject
                : Distinct(fact, subjects);
            var f = fact with
            {
                Subject = subject,
                Page = page,
                Breaking = fact.Kind.BreaksByDefault() || SaysBreaking().IsMatch(fact.Evidence),
                Tentative = IsForward(fact, page) && Hedged().IsMatch(fact.Evidence),
            };
            var id = BaseId(page, f);
            used[id] = used.GetValueOrDefault(id) + 1;
            finished.Add(f with { Id = used[id] == 1 ? id : $"{id}-{used[id]}" });
        }
        return finished;
    }

    /// <summary>A second fact of one kind and release with the same subject names its sentence too ("compiler: The compiler now …").</summary>
    private static string Distinct(Fact fact, HashSet<(FactKind, GoVersion, string)> subjects)
    {
        var subject = Rules.SubjectText.OfSentence(Text.Sentences.Split(fact.Evidence).FirstOrDefault() ?? fact.Evidence, fact.Subject);
        for (var n = 2; !subjects.Add((fact.Kind, fact.Version, subject)); n++) subject = $"{subject} ({n})";
        return subject;
    }

    /// <summary>A statement about a later release: "Go 1.12 is the last release …", "will be removed in …".</summary>
    public static bool IsForward(Fact fact, GoVersion page) =>
        fact.Kind != FactKind.Feature && (fact.Version.Line > page.Line || fact.EffectiveVersion is not null || FutureWords().IsMatch(fact.Evidence));

    private static string BaseId(GoVersion page, Fact fact)
    {
        var hash = fact.Source.IndexOf('#');
        var anchor = hash >= 0 ? fact.Source[(hash + 1)..] : "";
        var about = fact.Kind == FactKind.Feature ? FirstWords(fact.Summary, 8) : fact.Subject;
        return string.Join('-', new[] { page.ToString(), Slug(anchor), fact.Kind.ToName(), Slug(about) }.Where(p => p.Length > 0));
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ').Take(count));

    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(c) || c == '.' ? c : '-');
        var slug = Dashes().Replace(sb.ToString(), "-").Trim('-', '.');
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-', '.');
    }

    [GeneratedRegex(@"-{2,}")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\b(?:will likely|likely|may|might|plans? to|plans? for|planning to|is expected to|are expected to|expects? to|expects? (?:that )?Go 1\.\d+ (?:to|will)|anticipates?|intends? to|intend to|intends? for|intend for|probably|possibly|could|consider(?:s|ing)? (?:removing|dropping)|hope to|aim(?:s)? to|tentatively|future releases)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedged();

    [GeneratedRegex(@"\b(?:will|future|next (?:major )?release|upcoming|later release)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"\b(?:breaking change|not backwards? compatible|incompatible change|(?:will|may|might|can) (?:now )?break|no longer compiles?|fail to compile)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysBreaking();
}
