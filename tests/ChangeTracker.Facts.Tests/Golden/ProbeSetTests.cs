using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ChangeTracker.Facts.Tests.Golden;

/// <summary>
/// Sentences invented by helpers who read neither the notes nor the golden lists (made-up packages, tools and versions),
/// each with the reading it should get: behavior_change, removal, deprecation, requirement (a raised minimum of any kind,
/// OS levels included) or none (no breaking fact; a feature or a port is fine). They show how the rules generalise to
/// wordings the 28 pages do not use. Odd lines are the tuned half, which rules may be written from; even lines are the
/// held half, which nobody reads. The floors are the counts measured when the set was added, raised as the rules improve:
/// a change that reads fewer of them fails here.
/// </summary>
public sealed class ProbeSetTests(ITestOutputHelper output)
{
    public static string Folder => Path.Combine(GoSite.RepositoryRoot, "tests", "ChangeTracker.Facts.Tests", "Golden", "probes");

    public static TheoryData<string, NotesCategory, int, int> Sets => new()
    {
        // file, the section its sentences stand in, floor of right readings in the tuned half, in the held half
        { "behaviour-changes.tsv", NotesCategory.MinorLibraryChanges, 30, 32 },
        { "look-alikes.tsv", NotesCategory.MinorLibraryChanges, 74, 70 },
        { "removals-deprecations-requirements.tsv", NotesCategory.Ports, 57, 49 },
        // (written in the style of the notes, with their markers; 240 sentences of all five readings)
        { "mixed.tsv", NotesCategory.MinorLibraryChanges, 115, 97 },
        // (a fifth set in the same style, written apart from the fourth; 240 sentences)
        { "notes-style.tsv", NotesCategory.MinorLibraryChanges, 112, 97 },
        // (an older set: both of its halves were read while its rules were written, so its held half is not unseen)
        { "requirements.tsv", NotesCategory.Ports, 39, 39 },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_rules_read_at_least_as_many_probe_sentences_as_when_the_floor_was_set(string file, NotesCategory category, int tunedFloor, int heldFloor)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Trim().Length > 0).ToList();
        var right = new[] { 0, 0 };
        var total = new[] { 0, 0 };
        for (var i = 0; i < lines.Count; i++)
        {
            var (expected, sentence) = Split(lines[i]);
            var half = i % 2; // line 1, 3, … (index 0, 2, …): tuned; line 2, 4, …: held
            total[half]++;
            if (Reads(expected, Facts(category, sentence))) right[half]++;
            else if (half == 0) output.WriteLine($"tuned, not read as {expected}: {sentence}");
        }
        output.WriteLine($"{file}: tuned {right[0]}/{total[0]}, held {right[1]}/{total[1]}");
        Assert.True(right[0] >= tunedFloor && right[1] >= heldFloor,
            $"{file}: tuned {right[0]}/{total[0]} (floor {tunedFloor}), held {right[1]}/{total[1]} (floor {heldFloor})");
    }

    [Fact]
    public void Every_probe_line_names_a_known_reading_and_one_sentence()
    {
        foreach (var file in Directory.GetFiles(Folder, "*.tsv"))
            foreach (var line in File.ReadAllLines(file).Where(l => l.Trim().Length > 0))
            {
                var (expected, sentence) = Split(line);
                Assert.Contains(expected, Readings);
                Assert.False(string.IsNullOrWhiteSpace(sentence), $"{Path.GetFileName(file)}: an empty sentence");
            }
    }

    private static readonly string[] Readings = ["behavior_change", "removal", "deprecation", "requirement", "none"];

    private static readonly FactKind[] Breaking =
        [FactKind.BehaviorChange, FactKind.Removal, FactKind.Deprecation, FactKind.RequirementRaised, FactKind.OsSupportEnded];

    /// <summary>A library sentence stands in the net/frob section; a platform sentence in the Ports section.</summary>
    private static IReadOnlyList<Fact> Facts(NotesCategory category, string sentence) => category == NotesCategory.Ports
        ? TestNotes.Facts("1.40", "Ports", category, sentence)
        : TestNotes.Facts("1.40", "net/frob", category, sentence, "net/frob");

    private static (string Expected, string Sentence) Split(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab < 0 ? ("", line) : (line[..tab], line[(tab + 1)..]);
    }

    private static bool Reads(string expected, IReadOnlyList<Fact> facts) => expected switch
    {
        "behavior_change" => facts.Any(f => f.Kind == FactKind.BehaviorChange),
        "removal" => facts.Any(f => f.Kind == FactKind.Removal),
        "deprecation" => facts.Any(f => f.Kind == FactKind.Deprecation),
        "requirement" => facts.Any(f => f.Kind is FactKind.RequirementRaised or FactKind.OsSupportEnded),
        _ => !facts.Any(f => Breaking.Contains(f.Kind)),
    };
}
