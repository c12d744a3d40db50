using System.Net;
using AngleSharp.Dom;
using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Parsing;

/// <summary>Turns the flattened blocks of an article into sections and items (rules in ReleaseNotesParser).</summary>
internal sealed class NotesBuilder(string pageUrl, List<string> warnings)
{
    private const int MaxLevel = 6;

    private readonly List<NotesSection> _sections = [];
    private readonly string?[] _titles = new string?[MaxLevel + 1];
    private readonly NotesCategory?[] _categories = new NotesCategory?[MaxLevel + 1];
    private readonly string?[] _components = new string?[MaxLevel + 1];
    private SectionDraft? _current;
    private int _itemOrdinal;

    /// <summary>The sections with their items; item HTML is sanitized here, all at once (one parse, not one per item).</summary>
    public IReadOnlyList<NotesSection> Build()
    {
        Close();
        var clean = NotesHtmlSanitizer.SanitizeMany(_sections.SelectMany(s => s.Items).Select(i => i.Html).ToList(), pageUrl);
        var next = 0;
        return _sections.Select(s => s with { Items = s.Items.Select(i => i with { Html = clean[next++] }).ToList() }).ToList();
    }

    public void Add(NotesBlock block)
    {
        if (block is HeadingBlock heading)
        {
            OpenSection(heading.Element, heading.Level);
            return;
        }
        _current ??= IntroductionDraft();
        if (_current.IsPackageEntry)
        {
            CollectEntryPart(block);
            return;
        }
        switch (block)
        {
            case DefinitionListBlock dl: AddDefinitionList(dl.Element); break;
            case ElementBlock e: AddItem(e.Element, PlainText.Normalize(NodeText.Of(e.Element)), e.Element.OuterHtml); break;
            case LooseBlock loose: AddLoose(loose.Nodes); break;
        }
    }

    private void OpenSection(IElement heading, int level)
    {
        Close();
        var title = PlainText.Normalize(NodeText.Of(heading));
        var anchor = IdOf(heading) ?? "";
        if (anchor.Length == 0) warnings.Add($"heading '{title}' has no id; its items use an empty anchor");
        for (var l = level; l <= MaxLevel; l++)
        {
            _titles[l] = null;
            _categories[l] = null;
            _components[l] = null;
        }
        var parent = Enumerable.Range(2, Math.Max(0, level - 2)).LastOrDefault(l => _titles[l] is not null, -1);
        var parentCategory = parent >= 0 ? _categories[parent] : null;
        var parentComponent = parent >= 0 ? _components[parent] : null;
        var category = parentCategory is { } pc ? NotesCategories.Refine(pc, title) : NotesCategories.FromH2(title);
        var isEntry = category == NotesCategory.MinorLibraryChanges && !NotesCategories.IsMinorLibraryHeading(title);
        var toolsRoot = (parent >= 0 ? _categories[FirstLevel()] : category) == NotesCategory.Tools;

        string? component;
        if (isEntry)
            component = PackageNames.FromElement(heading, title) ?? parentComponent;
        else if (toolsRoot && parent < 0)
            component = title.Contains("tools", StringComparison.OrdinalIgnoreCase)
                || title.Contains("implementation", StringComparison.OrdinalIgnoreCase) ? null : ToolNames.Normalize(title);
        else if (toolsRoot)
            component = parentComponent is not null && level > 3 ? parentComponent : ToolNames.Normalize(title);
        else
            component = level >= 3 ? PackageNames.FromLinks(heading) ?? parentComponent : null;

        var path = string.Join(" > ", Enumerable.Range(2, MaxLevel - 1).Select(l => _titles[l]).OfType<string>().Append(title));
        _titles[level] = title;
        _categories[level] = category;
        _components[level] = component;
        _current = new SectionDraft(_sections.Count + 1, anchor, title, path, level, category, component, isEntry);
    }

    private int FirstLevel() => Enumerable.Range(2, MaxLevel - 1).First(l => _titles[l] is not null);

    private SectionDraft IntroductionDraft() =>
        new(_sections.Count + 1, "", "Introduction", "Introduction", 2, NotesCategory.Introduction, null, false);

    private void Close()
    {
        if (_current is null) return;
        var s = _current;
        if (s.IsPackageEntry)
        {
            if (s.EntryTexts.Count == 0)
                warnings.Add($"package entry '{s.Title}' (#{s.Anchor}) has no text");
            else
                s.Items.Add(NewItem(s.Anchor, s.Category, s.Component,
                    string.Join(" ", s.EntryTexts), string.Join("\n", s.EntryHtml)));
        }
        _sections.Add(new NotesSection(s.Ordinal, s.Anchor, s.Title, s.HeadingPath, s.Level, s.Category, s.Component, s.Items));
        _current = null;
    }

    private void CollectEntryPart(NotesBlock block)
    {
        var (text, html) = block switch
        {
            ElementBlock e => (PlainText.Normalize(NodeText.Of(e.Element)), e.Element.OuterHtml),
            DefinitionListBlock d => (PlainText.Normalize(NodeText.Of(d.Element)), d.Element.OuterHtml),
            LooseBlock l => (PlainText.Normalize(NodeText.Of(l.Nodes)), LooseHtml(l.Nodes)),
            _ => ("", ""),
        };
        if (text.Length == 0) return;
        _current!.EntryTexts.Add(text);
        _current.EntryHtml.Add(html);
    }

    private void AddDefinitionList(IElement dl)
    {
        var s = _current!;
        var first = true;
        foreach (var (dt, dds) in SplitDefinitionList(dl))
        {
            var dtText = dt is null ? "" : PlainText.Normalize(NodeText.Of(dt));
            var pkg = dt is null ? null : PackageNames.FromLinks(dt) ?? PackageNames.FromText(dtText);
            var anchor = (first ? IdOf(dl) : null) ?? IdOf(dt) ?? s.Anchor;
            first = false;
            var ddText = PlainText.Normalize(NodeText.Of(dds, " "));
            if (s.Category == NotesCategory.MinorLibraryChanges && pkg is not null)
            {
                if (ddText.Length == 0)
                {
                    warnings.Add($"package entry {pkg} (#{anchor}) has no text");
                    continue;
                }
                s.Items.Add(NewItem(anchor, s.Category, pkg, ddText, string.Join("\n", dds.Select(d => d.InnerHtml))));
                continue;
            }
            var text = PlainText.Normalize(dtText + " " + ddText);
            if (text.Length == 0) continue;
            var html = (dt?.OuterHtml ?? "") + string.Concat(dds.Select(d => d.OuterHtml));
            s.Items.Add(NewItem(anchor, s.Category, pkg ?? s.Component, text, "<dl>" + html + "</dl>"));
        }
    }

    private static List<(IElement? Dt, List<IElement> Dds)> SplitDefinitionList(IElement dl)
    {
        var groups = new List<(IElement? Dt, List<IElement> Dds)>();
        foreach (var child in dl.Children)
        {
            if (child.LocalName == "dt" || groups.Count == 0)
                groups.Add((child.LocalName == "dt" ? child : null, []));
            if (child.LocalName != "dt") groups[^1].Dds.Add(child);
        }
        return groups;
    }

    private void AddItem(IElement element, string text, string html)
    {
        if (text.Length == 0) return;
        var s = _current!;
        var component = s.Component;
        if (component is null && s.Category == NotesCategory.MinorLibraryChanges)
            component = element.LocalName == "li" ? PackageNames.FromElement(element, text) : PackageNames.FromLinks(element);
        else if (component is null && s.Category == NotesCategory.Library)
            component = PackageNames.FromLinks(element);
        s.Items.Add(NewItem(IdOf(element) ?? s.Anchor, s.Category, component, text, html));
    }

    private void AddLoose(IReadOnlyList<INode> nodes)
    {
        var text = PlainText.Normalize(NodeText.Of(nodes));
        if (text.Length == 0) return;
        var s = _current!;
        s.Items.Add(NewItem(s.Anchor, s.Category, s.Component, text, "<p>" + LooseHtml(nodes) + "</p>"));
    }

    private static string? IdOf(IElement? element) =>
        string.IsNullOrWhiteSpace(element?.Id) ? null : element.Id;

    private static string LooseHtml(IEnumerable<INode> nodes) =>
        string.Concat(nodes.Select(n => n is IElement e ? e.OuterHtml : WebUtility.HtmlEncode(n.TextContent)));

    /// <summary>A new item; its HTML is still raw here and is sanitized in <see cref="Build"/>.</summary>
    private NotesItem NewItem(string anchor, NotesCategory category, string? component, string text, string html) =>
        new(++_itemOrdinal, anchor, category, component, text, html);

    private sealed record SectionDraft(
        int Ordinal, string Anchor, string Title, string HeadingPath, int Level,
        NotesCategory Category, string? Component, bool IsPackageEntry)
    {
        public List<NotesItem> Items { get; } = [];
        public List<string> EntryTexts { get; } = [];
        public List<string> EntryHtml { get; } = [];
    }
}
