using System.Text.RegularExpressions;

namespace ChangeTracker.Facts.Vocabulary;

/// <summary>
/// The go vet analyzers that go test runs on every test build: a change to one of them changes what go test does,
/// while a change to any other vet check only changes what an explicit go vet reports.
/// </summary>
public static partial class VetChecks
{
    public static bool RunByGoTest(string text) => GoTestSubset().IsMatch(text);

    [GeneratedRegex(@"\b(?:atomic|bool|buildtags?|directive|errorsas|ifaceassert|nilfunc|printf|stringintconv|tests)\b (?:analy[sz]er|check(?:er)?|vet check)")]
    private static partial Regex GoTestSubset();
}
