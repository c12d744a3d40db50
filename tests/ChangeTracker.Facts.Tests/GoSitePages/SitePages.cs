using System.Collections.Concurrent;
using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Parsing;
using ChangeTracker.Testing;

namespace ChangeTracker.Facts.Tests.GoSitePages;

/// <summary>The release-notes pages of ../shared/go-site, parsed and extracted once per test run.</summary>
public static class SitePages
{
    public const string Current = "doc";
    public const string Historic = "historic/doc";

    /// <summary>go1 … go1.27 (current rendering); the historic rendering has go1 … go1.21.</summary>
    public static IReadOnlyList<GoVersion> Versions(string rendering) =>
        Enumerable.Range(0, rendering == Historic ? 22 : 28).Select(ChangeTracker.Facts.Rules.Releases.Line).ToList();

    private static readonly ConcurrentDictionary<(string, GoVersion), ReleaseNotes> Notes = new();
    private static readonly ConcurrentDictionary<(string, GoVersion), FactExtraction> Extractions = new();

    public static ReleaseNotes Parse(GoVersion version, string rendering = Current) =>
        Notes.GetOrAdd((rendering, version), key =>
        {
            var html = File.ReadAllText(GoSite.File(Path.Combine(key.Item1, key.Item2.ToTag() + ".html")));
            return ReleaseNotesParser.Parse(html, key.Item2).GetValueOrThrow();
        });

    public static Uri PageUrl(GoVersion version) => new($"https://go.dev/doc/{version.ToTag()}");

    public static FactExtraction Extract(GoVersion version, string rendering = Current) =>
        Extractions.GetOrAdd((rendering, version), key => FactExtractor.Extract(Parse(key.Item2, key.Item1), PageUrl(key.Item2)));

    /// <summary>Every page of one rendering, extracted and linked.</summary>
    public static IReadOnlyList<Fact> LinkedFacts(string rendering = Current) =>
        FactLinker.Link(Versions(rendering).SelectMany(v => Extract(v, rendering).Facts));

    public static GoVersion V(string text) => GoVersion.Parse(text);
}
