using AngleSharp.Dom;

namespace ChangeTracker.Parsing;

/// <summary>One piece of the article in reading order, after flattening wrapper divs.</summary>
internal abstract record NotesBlock;

/// <summary>An h2…h6 heading.</summary>
internal sealed record HeadingBlock(IElement Element, int Level) : NotesBlock;

/// <summary>A paragraph, list entry, code block, table or similar element that becomes one item.</summary>
internal sealed record ElementBlock(IElement Element) : NotesBlock;

/// <summary>A definition list: package entries in the old rendering (&lt;dl id=pkg&gt;&lt;dt&gt;…&lt;dd&gt;).</summary>
internal sealed record DefinitionListBlock(IElement Element) : NotesBlock;

/// <summary>Text and inline elements that sit directly in a container, outside any paragraph.</summary>
internal sealed record LooseBlock(IReadOnlyList<INode> Nodes) : NotesBlock;

/// <summary>Walks an article and yields its blocks in document order, skipping chrome, comments and scripts.</summary>
internal static class NotesBlockWalker
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "button", "form", "input", "svg", "iframe", "hr", "link", "meta",
    };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "header", "footer", "aside", "center", "body",
    };

    public static List<NotesBlock> Walk(IElement article, out IElement? title)
    {
        var blocks = new List<NotesBlock>();
        title = null;
        Visit(article, blocks, ref title);
        return blocks;
    }

    private static void Visit(IElement container, List<NotesBlock> blocks, ref IElement? title)
    {
        var loose = new List<INode>();
        foreach (var node in container.ChildNodes)
        {
            if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data)) loose.Add(node);
                continue;
            }
            if (node is not IElement element) continue; // comments, doctype
            var name = element.LocalName;
            if (Inline.Contains(name))
            {
                loose.Add(element);
                continue;
            }
            Flush(loose, blocks);
            if (Skipped.Contains(name) || IsTableOfContents(element)) continue;
            switch (name)
            {
                case "h1":
                    title ??= element;
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    blocks.Add(new HeadingBlock(element, name[1] - '0'));
                    break;
                case "ul" or "ol":
                    foreach (var li in element.Children.Where(c => c.LocalName == "li"))
                        blocks.Add(new ElementBlock(li));
                    break;
                case "dl":
                    blocks.Add(new DefinitionListBlock(element));
                    break;
                default:
                    if (Containers.Contains(name)) Visit(element, blocks, ref title);
                    else blocks.Add(new ElementBlock(element));
                    break;
            }
        }
        Flush(loose, blocks);
    }

    private static void Flush(List<INode> loose, List<NotesBlock> blocks)
    {
        if (loose.Count == 0) return;
        if (loose.Any(n => !string.IsNullOrWhiteSpace(n.TextContent)))
            blocks.Add(new LooseBlock(loose.ToList()));
        loose.Clear();
    }

    private static bool IsTableOfContents(IElement element) =>
        element.Id == "nav" || element.ClassList.Contains("TOC");
}
