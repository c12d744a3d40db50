namespace ChangeTracker.Modules.Source;

/// <summary>
/// Reads a build constraint line — //go:build with its boolean expression, or the old // +build form (spaces are or,
/// commas are and, ! negates) — into the platforms it asks for: each way the expression can be true (its disjunctive
/// form) names at most one GOOS and one GOARCH without negation. "!windows" names no platform.
/// </summary>
public static class BuildConstraint
{
    private const int MaxTerms = 64;

    public static bool IsGoBuild(string comment) => comment.StartsWith("//go:build", StringComparison.Ordinal) &&
        (comment.Length == 10 || char.IsWhiteSpace(comment[10]));

    public static bool IsPlusBuild(string comment)
    {
        if (!comment.StartsWith("//", StringComparison.Ordinal)) return false;
        var rest = comment.AsSpan(2).TrimStart();
        return rest.StartsWith("+build") && (rest.Length == 6 || char.IsWhiteSpace(rest[6]));
    }

    /// <summary>The platforms a //go:build line names.</summary>
    public static IReadOnlyList<PlatformName> PlatformsOfGoBuild(string line)
    {
        var parser = new ExpressionParser(line.Length > 10 ? line[10..] : "");
        return Platforms(parser.Parse());
    }

    /// <summary>The platforms a // +build line names.</summary>
    public static IReadOnlyList<PlatformName> PlatformsOfPlusBuild(string line)
    {
        var body = line.AsSpan(2).TrimStart()[6..].ToString();
        var terms = body.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(option => option.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Literal.Of).ToList())
            .ToList();
        return Platforms(terms);
    }

    private static List<PlatformName> Platforms(IEnumerable<List<Literal>> disjuncts) =>
        disjuncts.Select(Platform).OfType<PlatformName>().Distinct().ToList();

    private static PlatformName? Platform(List<Literal> conjunction)
    {
        var goos = conjunction.Where(l => !l.Negated && KnownPlatforms.Goos.Contains(l.Name)).Select(l => l.Name).Distinct().ToList();
        var goarch = conjunction.Where(l => !l.Negated && KnownPlatforms.Goarch.Contains(l.Name)).Select(l => l.Name).Distinct().ToList();
        if (goos.Count > 1 || goarch.Count > 1 || (goos.Count == 0 && goarch.Count == 0)) return null; // impossible or none
        return new PlatformName(goos.FirstOrDefault(), goarch.FirstOrDefault());
    }

    internal readonly record struct Literal(string Name, bool Negated)
    {
        public static Literal Of(string text) => text.StartsWith('!') ? new(text.TrimStart('!'), true) : new(text, false);

        public Literal Not() => this with { Negated = !Negated };
    }

    /// <summary>Recursive descent over ||, &amp;&amp;, ! and parentheses, straight into disjunctive form.</summary>
    private sealed class ExpressionParser(string text)
    {
        private int _at;

        public List<List<Literal>> Parse() => Or();

        private List<List<Literal>> Or()
        {
            var result = And();
            while (Accept("||")) result = Cap([.. result, .. And()]);
            return result;
        }

        private List<List<Literal>> And()
        {
            var result = Not();
            while (Accept("&&"))
            {
                var right = Not();
                result = Cap(result.SelectMany(l => right.Select(r => l.Concat(r).ToList())).ToList());
            }
            return result;
        }

        private List<List<Literal>> Not()
        {
            if (!Accept("!")) return Primary();
            var inner = Not();
            // De Morgan: not (a or b) = not a and not b; not (a and b) = not a or not b.
            var result = new List<List<Literal>> { new() };
            foreach (var conjunction in inner)
                result = Cap(result.SelectMany(r => conjunction.Select(l => r.Append(l.Not()).ToList())).ToList());
            return result;
        }

        private List<List<Literal>> Primary()
        {
            if (Accept("("))
            {
                var inner = Or();
                Accept(")");
                return inner;
            }
            SkipSpace();
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '.')) _at++;
            if (_at == start)
            {
                if (_at < text.Length) _at++; // skip what cannot be read
                return [[]];
            }
            return [[new Literal(text[start.._at], false)]];
        }

        private bool Accept(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0) return false;
            _at += token.Length;
            return true;
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }

        private static List<List<Literal>> Cap(List<List<Literal>> terms) => terms.Count > MaxTerms ? terms[..MaxTerms] : terms;
    }
}
