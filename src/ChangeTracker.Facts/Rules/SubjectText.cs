using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// Turns the words a rule captured ("As part of this change, the experimental -shadow option") into a short
/// subject ("-shadow option"), resolves vague ones ("the opt-out") from the sentence before, and gives the key
/// two statements of the same subject share.
/// </summary>
public static partial class SubjectText
{
    private const int MaxLength = 100;

    /// <summary>
    /// The cleaned subjects (one, or one per GODEBUG setting of a list), or none when the words name nothing that
    /// can be resolved ("It", "They", "this option" with no setting in sight).
    /// </summary>
    public static IReadOnlyList<string> Clean(string raw, string sentence, string? previousSentence, string? component, IReadOnlyList<string>? following = null)
    {
        var s = Parenthetical().Replace(raw.Trim(), m => SettingToken().IsMatch(m.Value) ? m.Value : "");
        s = LeadingClause().Replace(s, "");
        s = LeadingConnective().Replace(s, "");
        s = Regex.Replace(s, @"\s+", " ").Trim().TrimEnd('.', ',', ':', ' ');
        if (s.StartsWith('(') || NotAThing().IsMatch(s)) return [];

        if (GodebugList().Match(LeadingFiller().Replace(s, "")) is { Success: true } list)
        {
            return Regex.Split(list.Groups["names"].Value, @",?\s+(?:and\s+)?|,\s*")
                .Where(n => n.Length > 0).Select(n => "GODEBUG " + n).ToList();
        }

        if (FollowingGodebugs().IsMatch(s))
        {
            return (following ?? []).Select(f => ListEntry().Match(f)).TakeWhile(m => m.Success)
                .Select(m => "GODEBUG " + m.Groups["name"].Value).ToList();
        }

        if (SettingToken().Match(s) is { Success: true, Index: 0 } leading) s = leading.Value;
        s = Cut().Split(s)[0];
        s = LastListPart(s);
        s = LeadingFiller().Replace(s, "");
        s = LeadingConnective().Replace(s, "");
        s = TrailingFiller().Replace(s, "").Trim().TrimEnd('.', ',', ':', ' ');

        if (Godebug().Match(s) is { Success: true } g) s = "GODEBUG " + g.Groups["name"].Value;
        else if (SettingToken().Match(s) is { Success: true } token
            && (s.Contains("environment variable", StringComparison.Ordinal) || s.Contains("setting", StringComparison.Ordinal)
                || s.StartsWith("GO", StringComparison.Ordinal) || s.Split(' ').Length > 8))
            s = token.Value.TrimEnd('.');

        if (s.Length == 0 || Pronoun().IsMatch(s) || NotAThing().IsMatch(s)) return [];
        if (Vague().IsMatch(s))
        {
            if (SettingNear(sentence, previousSentence) is not { } setting) return [];
            s = setting;
        }
        return [Qualify(s, component)];
    }

    /// <summary>The setting (GODEBUG name or GOxxx=value) the sentence, or else the one before it, names; null when neither does.</summary>
    public static string? SettingNear(string sentence, string? previousSentence)
    {
        var found = SettingToken().Match(sentence);
        if (!found.Success && previousSentence is not null) found = SettingToken().Match(previousSentence);
        if (!found.Success) return null;
        var value = found.Value.TrimEnd('.');
        return Godebug().Match(value) is { Success: true } named ? "GODEBUG " + named.Groups["name"].Value : value;
    }

    /// <summary>True when the words name the thing only by reference ("that syntax", "this support", "the feature").</summary>
    public static bool IsVague(string raw)
    {
        var s = LeadingConnective().Replace(LeadingClause().Replace(raw.Trim(), ""), "").Trim().TrimEnd('.');
        return VagueReference().IsMatch(s);
    }

    /// <summary>A subject for a change the sentence describes without naming a thing: its component and the sentence, shortened.</summary>
    public static string OfSentence(string sentence, string component) =>
        $"{component}: {Text.Sentences.Truncate(sentence, 90)}";

    /// <summary>Library subjects name their package ("crypto/tls: Config.Rand"); settings stand alone ("GODEBUG x509sha1").</summary>
    private static string Qualify(string subject, string? component) =>
        Text.Sentences.Truncate(
            component is not null && !subject.StartsWith("GO", StringComparison.Ordinal)
                && !subject.Contains(LastElement(component), StringComparison.OrdinalIgnoreCase) ? $"{component}: {subject}" : subject,
            MaxLength);

    /// <summary>"A, and the B function" → "the B function"; "old, unadvertised -test option" → "unadvertised -test option"; lists stay whole.</summary>
    private static string LastListPart(string s)
    {
        var and = s.LastIndexOf(", and ", StringComparison.Ordinal);
        if (and >= 0 && Regex.IsMatch(s[(and + 6)..], @"^(?:the|support|use|its)\b")) return s[(and + 6)..];
        var comma = s.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return s;
        var tail = s[(comma + 2)..];
        return Regex.IsMatch(tail, @"^(?:and|or)\b") || !tail.Contains(' ') ? s : tail;
    }

    /// <summary>The key two statements of one subject share: lower case, no articles or punctuation, "web server" as one word.</summary>
    public static string Key(string subject)
    {
        var s = subject.ToLowerInvariant().Replace("web server", "webserver").Replace("'s ", " ");
        s = Regex.Replace(s, @"[^a-z0-9=/\-.: ]", " ");
        s = Regex.Replace(s, @"\b(?:the|a|an|support|for|of|main|binary|distribution|go command|command)\b", " ");
        return Regex.Replace(s, @"\s+", " ").Trim(' ', '.', ':');
    }

    /// <summary>True when two subject keys name the same thing (equal, or one holds the other and is specific enough).</summary>
    public static bool SameThing(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == 0 || !longer.Contains(shorter, StringComparison.Ordinal)) return false;
        return shorter.Length >= 8 || shorter.Contains('=') || Regex.IsMatch(shorter, @"(?:^|\s)-\w");
    }

    private static string LastElement(string component) => component.Split('/', ' ')[^1];

    [GeneratedRegex(@"^(?:(?:As|In|On|For|Since|With|After|Because|Unless|Once|When|Like|Starting|Beginning|Due to)\b[^,]*,\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClause();

    [GeneratedRegex(@"^(?:(?:Additionally|Also|Similarly|However|Finally|First|Second|Third|Now|Instead|Consequently|Thus|Therefore|Note that|In addition|As a result|But|And|Or|So|As|Otherwise|Then)\b,?\s*|(?:A side-effect|A side effect|The result|One consequence|The effect) is that\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@";\s|\s+-\s+|,\s+(?:which|but|as|so|where|because|since|introduced|added|it|they|in favor)\b|\s+(?:to disable|in favor of|and (?:now|will|it|is|are|has|so)|but|which|so that|because|since|as it|as they|in order|introduced in|added in)\b")]
    private static partial Regex Cut();

    [GeneratedRegex(@"^(?:(?:support for|the use of|use of|setting|calls to|the|a|an|its|this|these|all of the|all|any|deprecated)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\s+(?:now|also|entirely|altogether|from the repository|in the main binary distribution|from the main binary distribution|is|are|was|were|has|have|had|will|can|does|do)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"(?<![\w-])(?:(?!GOOS|GOARCH)GO[A-Z0-9_]{2,}(?:=[\w.]+(?:=\w+)?)?|[a-z][a-z0-9]*=\d\w*)(?![\w])")]
    private static partial Regex SettingToken();

    [GeneratedRegex(@"(?:GODEBUG (?:option|setting|flag) (?:GODEBUG=)?(?![a-z]*following\b)(?<![a-z])(?<name>[a-z][A-Za-z0-9]+(?:=\w+)?)|(?![a-z]*following\b)(?<![a-z])(?<name>[a-z][A-Za-z0-9]+) GODEBUG (?:option|setting|flag)|GODEBUG=(?<name>[a-z][A-Za-z0-9]+(?:=\w+)?))")]
    private static partial Regex Godebug();

    [GeneratedRegex(@"^(?:the )?following GODEBUG settings\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingGodebugs();

    [GeneratedRegex(@"^(?<name>[a-z][a-z0-9]+): ")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"^(?<names>[a-z][a-z0-9]+(?:,? (?:and )?[a-z][a-z0-9]+)+) GODEBUG settings$")]
    private static partial Regex GodebugList();

    [GeneratedRegex(@"^(?:it|they|them|this|these|that|those|this one|there|following|support|old names?)$|^following\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>Things whose going away is a relaxation, not a removal: restrictions, limits, requirements.</summary>
    [GeneratedRegex(@"^(?:the )?(?:restriction|limit|limitation|requirement|need|check)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAThing();

    [GeneratedRegex(@"^(?:(?:this|that|these|those|the) )?(?:old |former )?(?:support|feature|syntax|notation|form|mechanism|code|files?)$", RegexOptions.IgnoreCase)]
    private static partial Regex VagueReference();

    [GeneratedRegex(@"^(?:(?:this|the|that|such an?|old|opt-out)\s*)*(?:opt-out(?: setting)?|option|setting|fallback|flag|environment variable|variable|mode|behavior|feature|old api|api|call|old syntax|syntax|workaround)$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();
}
