using System.Text.RegularExpressions;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>Which ports a port rule's sentence is about: written out, or an OS named in prose with its architectures.</summary>
public static class PortResolver
{
    public static IReadOnlyList<string> Ports(SentenceRule rule, Match match, RuleInput input)
    {
        if (match.Groups["subject"].Success) return Mentions.ExplicitPorts(match.Groups["subject"].Value);
        if (match.Groups["only"].Success)
            return (Mentions.GoosNamed(input.Clause) ?? Mentions.GoosNamed(input.Section.Title)) is { } only
                ? Platforms.OtherX86(match.Groups["only"].Value).Select(a => $"{only}/{a}").ToList() : [];

        var explicitPorts = Mentions.ExplicitPorts(input.Clause);
        if (explicitPorts.Count > 0) return explicitPorts;

        var goos = Mentions.GoosNamed(input.Clause) ?? Mentions.GoosNamed(input.Section.Title)
            ?? (rule.Kind == Domain.Facts.FactKind.PortBroken ? Mentions.GoosNamed(input.Item.Text) : null);
        var arches = Mentions.ArchWords(input.Clause);
        if (arches.Count == 0 && input.NextSentence is not null) arches = Mentions.ArchWords(input.NextSentence);
        if (goos is null)
            return rule.Name == "port-available-as-experiment" ? arches.Select(a => $"linux/{a}").ToList() : [];
        if (arches.Count > 0) return arches.Select(a => $"{goos}/{a}").ToList();
        // An OS named with a release ("drops support for NetBSD 10 and earlier"): that release ends, not the OS's ports.
        return Platforms.OsLevel.IsMatch(input.Clause) ? [] : Platforms.PortsOf(goos);
    }
}
