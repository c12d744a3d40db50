using System.Text;
using AngleSharp.Dom;

namespace ChangeTracker.Parsing;

/// <summary>The text a reader sees in a node: like TextContent, but without scripts, styles and comments.</summary>
internal static class NodeText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript",
    };

    public static string Of(INode node)
    {
        var sb = new StringBuilder();
        Append(node, sb);
        return sb.ToString();
    }

    public static string Of(IEnumerable<INode> nodes, string separator = "")
    {
        var sb = new StringBuilder();
        foreach (var n in nodes)
        {
            Append(n, sb);
            sb.Append(separator);
        }
        return sb.ToString();
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element when Hidden.Contains(element.LocalName):
                break;
            case IElement element:
                if (element.LocalName is "br") sb.Append(' ');
                foreach (var child in element.ChildNodes) Append(child, sb);
                break;
        }
    }
}
