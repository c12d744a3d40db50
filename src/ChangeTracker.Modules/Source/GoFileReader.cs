namespace ChangeTracker.Modules.Source;

/// <summary>
/// Reads one .go file as text with <see cref="GoTokenizer"/>: the comments before the package clause (build constraints,
/// //go:debug), the package name, the import specs (grouped, aliased, dot, blank), then every selector whose left side
/// is an imported package's name, and the keys of composite literals of such types.
/// </summary>
public static class GoFileReader
{
    public static GoSourceFile Read(string path, string text)
    {
        var tokens = GoTokenizer.All(text);
        var header = new HeaderComments();
        var i = 0;
        for (; i < tokens.Count && !tokens[i].Is(GoTokenKind.Keyword, "package", text); i++)
            if (tokens[i].Kind == GoTokenKind.LineComment) header.Add(GoTokenizer.Text(text, tokens[i]));
        string? package = null;
        if (i + 1 < tokens.Count && tokens[i + 1].Kind == GoTokenKind.Identifier) package = GoTokenizer.Text(text, tokens[i + 1]);
        var imports = new List<GoImport>();
        i = ReadImports(tokens, text, i + 2, imports);
        var body = new BodyScan(text, imports);
        body.Run(tokens, i);
        var directives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
            if (t.Kind == GoTokenKind.LineComment && Directive(text, t) is { } d) directives.Add(d);
        return new GoSourceFile
        {
            Path = path,
            Package = package,
            IsTest = FileNameConstraint.IsTest(path),
            FileNamePlatform = FileNameConstraint.Of(path),
            Imports = imports,
            GoBuild = header.GoBuild,
            PlusBuild = header.PlusBuild,
            ConstraintPlatforms = header.Platforms(),
            Godebug = header.Godebug.Select(g => g with { Where = $"//go:debug in {path}" }).ToList(),
            Directives = directives,
            UsesCgo = imports.Any(imp => imp.Path == "C"),
            Selectors = body.Selectors,
            Members = body.Members,
        };
    }

    private static int ReadImports(List<GoToken> tokens, string text, int i, List<GoImport> imports)
    {
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind is GoTokenKind.LineComment or GoTokenKind.BlockComment || t.Is(GoTokenKind.Operator, ";", text))
            {
                i++;
                continue;
            }
            if (!t.Is(GoTokenKind.Keyword, "import", text)) return i;
            i++;
            if (i < tokens.Count && tokens[i].Is(GoTokenKind.Operator, "(", text))
            {
                i++;
                while (i < tokens.Count && !tokens[i].Is(GoTokenKind.Operator, ")", text)) i = ReadSpec(tokens, text, i, imports);
                i++;
            }
            else
            {
                i = ReadSpec(tokens, text, i, imports);
            }
        }
        return i;
    }

    /// <summary>One spec: [name | . | _] "path"; anything else is skipped a token at a time.</summary>
    private static int ReadSpec(List<GoToken> tokens, string text, int i, List<GoImport> imports)
    {
        var t = tokens[i];
        if (t.Kind is GoTokenKind.String or GoTokenKind.RawString)
        {
            imports.Add(new GoImport(GoStringLiteral.Value(text, t), ImportForm.Plain, null, t.Line));
            return i + 1;
        }
        if (i + 1 < tokens.Count && tokens[i + 1].Kind is GoTokenKind.String or GoTokenKind.RawString)
        {
            var name = GoTokenizer.Text(text, t);
            var path = GoStringLiteral.Value(text, tokens[i + 1]);
            var form = name switch { "." => ImportForm.Dot, "_" => ImportForm.Blank, _ => ImportForm.Alias };
            if (t.Kind == GoTokenKind.Identifier || form != ImportForm.Alias)
                imports.Add(new GoImport(path, form, form == ImportForm.Alias ? name : null, t.Line));
            return i + 2;
        }
        return i + 1;
    }

    private static string? Directive(string text, GoToken comment)
    {
        if (comment.Length < 6 || string.CompareOrdinal(text, comment.Start, "//go:", 0, 5) != 0) return null;
        var end = comment.Start + 5;
        while (end < comment.Start + comment.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        var name = text[(comment.Start + 2)..end];
        return name is "go:build" or "go:debug" or "go:" ? null : name;
    }

    /// <summary>The line comments before the package clause.</summary>
    private sealed class HeaderComments
    {
        public string? GoBuild { get; private set; }
        public List<string> PlusBuild { get; } = [];
        public List<GodebugSetting> Godebug { get; } = [];

        public void Add(string comment)
        {
            var line = comment.TrimEnd();
            if (BuildConstraint.IsGoBuild(line)) GoBuild ??= line;
            else if (BuildConstraint.IsPlusBuild(line)) PlusBuild.Add(line);
            else if (line.StartsWith("//go:debug ", StringComparison.Ordinal) && GodebugText.Parse(line[11..]) is { } setting)
                Godebug.Add(setting with { Where = "//go:debug" });
        }

        public IReadOnlyList<PlatformName> Platforms() =>
            GoBuild is { } goBuild ? BuildConstraint.PlatformsOfGoBuild(goBuild)
                : PlusBuild.SelectMany(BuildConstraint.PlatformsOfPlusBuild).Distinct().ToList();
    }

    /// <summary>The scan after the imports: qualified identifiers, composite-literal keys and member names.</summary>
    private sealed class BodyScan(string text, IReadOnlyList<GoImport> imports)
    {
        private readonly Dictionary<string, string> _byName = imports
            .Where(i => i.LocalName is not null && i.Path != "C")
            .GroupBy(i => i.LocalName!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);

        public HashSet<string> Selectors { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);

        public void Run(List<GoToken> all, int start)
        {
            var code = all.Skip(start).Where(t => t.Kind is not GoTokenKind.LineComment and not GoTokenKind.BlockComment).ToList();
            for (var i = 0; i + 2 < code.Count; i++)
            {
                if (!code[i + 1].Is(GoTokenKind.Operator, ".", text) || code[i + 2].Kind != GoTokenKind.Identifier) continue;
                var right = GoTokenizer.Text(text, code[i + 2]);
                var afterDot = i > 0 && code[i - 1].Is(GoTokenKind.Operator, ".", text);
                if (code[i].Kind == GoTokenKind.Identifier && !afterDot && _byName.TryGetValue(GoTokenizer.Text(text, code[i]), out var path))
                {
                    Selectors.Add($"{path}.{right}");
                    if (i + 3 < code.Count && code[i + 3].Is(GoTokenKind.Operator, "{", text)) LiteralKeys(code, i + 3, $"{path}.{right}");
                }
                else
                {
                    Members.Add(right);
                }
            }
        }

        /// <summary>Keys of a composite literal ("DualStack" in net.Dialer{DualStack: true}): identifiers before a colon at depth one.</summary>
        private void LiteralKeys(List<GoToken> code, int open, string type)
        {
            var depth = 0;
            for (var j = open; j < code.Count; j++)
            {
                var t = code[j];
                if (t.Kind == GoTokenKind.Operator)
                {
                    var op = text[t.Start];
                    if (t.Length == 1 && op is '{' or '(' or '[') depth++;
                    else if (t.Length == 1 && op is '}' or ')' or ']' && --depth == 0) return;
                }
                else if (depth == 1 && t.Kind == GoTokenKind.Identifier && j + 1 < code.Count && code[j + 1].Is(GoTokenKind.Operator, ":", text)
                         && code[j - 1].Kind == GoTokenKind.Operator && text[code[j - 1].Start] is '{' or ',')
                {
                    Selectors.Add($"{type}.{GoTokenizer.Text(text, t)}");
                }
            }
        }
    }
}
