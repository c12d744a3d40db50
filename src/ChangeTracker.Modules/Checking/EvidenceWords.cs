using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChangeTracker.Domain.Facts;

namespace ChangeTracker.Modules.Checking;

/// <summary>
/// The words of a fact's evidence a module can be matched against, as a set: identifiers and dotted identifiers with
/// every run of their parts ("tls.Config.MinVersion" gives tls, Config, MinVersion, tls.Config, Config.MinVersion and
/// the whole), and slash paths ("crypto/tls"). Looked up by hash, so a check costs little per fact and per name.
/// </summary>
public static partial class EvidenceWords
{
    private static readonly ConditionalWeakTable<Fact, HashSet<string>> Cache = new();

    public static IReadOnlySet<string> Of(Fact fact) => Cache.GetValue(fact, f => Build(f.Evidence + " " + f.Subject));

    private static HashSet<string> Build(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Dotted().Matches(text))
        {
            var parts = m.Value.Split('.');
            for (var start = 0; start < parts.Length; start++)
                for (var end = start; end < parts.Length && end < start + 3; end++)
                    words.Add(string.Join('.', parts[start..(end + 1)]));
        }
        foreach (Match m in SlashPath().Matches(text)) words.Add(m.Value);
        return words;
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"(?<![A-Za-z0-9_./])[a-z0-9]+(?:/[a-z0-9]+)+")]
    private static partial Regex SlashPath();
}
