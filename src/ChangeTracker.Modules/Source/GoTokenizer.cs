namespace ChangeTracker.Modules.Source;

/// <summary>
/// A small hand-written tokenizer for Go source: line and block comments, interpreted strings with escapes, raw strings,
/// runes, numbers, identifiers, keywords and operators. It never fails: malformed text (an unterminated string or
/// comment) ends at the end of its line or of the file, so a file that does not compile is still read.
/// </summary>
public struct GoTokenizer(string source)
{
    private static readonly HashSet<string> Keywords =
    [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto",
        "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
    ];

    private static readonly string[] Operators =
    [
        "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "<<", ">>", "&^", "~",
    ];

    private int _position;
    private int _line = 1;

    public readonly string Source => source;

    /// <summary>Every token of <paramref name="text"/>, comments included.</summary>
    public static List<GoToken> All(string text)
    {
        var tokenizer = new GoTokenizer(text);
        var tokens = new List<GoToken>();
        for (var t = tokenizer.Next(); t.Kind != GoTokenKind.End; t = tokenizer.Next()) tokens.Add(t);
        return tokens;
    }

    public GoToken Next()
    {
        SkipSpace();
        if (_position >= source.Length) return new GoToken(GoTokenKind.End, source.Length, 0, _line);
        var start = _position;
        var line = _line;
        var c = source[_position];
        var kind = c switch
        {
            '/' when Peek(1) == '/' => LineComment(),
            '/' when Peek(1) == '*' => BlockComment(),
            '"' => Interpreted(),
            '`' => Raw(),
            '\'' => RuneLiteral(),
            _ when char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))) => Number(),
            _ when IsLetter(c) => Word(start),
            _ => Operator(),
        };
        return new GoToken(kind, start, _position - start, line);
    }

    /// <summary>The text of a token.</summary>
    public static string Text(string source, GoToken token) => source.Substring(token.Start, token.Length);

    private readonly char Peek(int ahead) => _position + ahead < source.Length ? source[_position + ahead] : '\0';

    private void SkipSpace()
    {
        while (_position < source.Length && source[_position] is ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '\uFEFF')
        {
            if (source[_position] == '\n') _line++;
            _position++;
        }
    }

    private GoTokenKind LineComment()
    {
        var end = source.IndexOf('\n', _position);
        _position = end < 0 ? source.Length : end;
        return GoTokenKind.LineComment;
    }

    private GoTokenKind BlockComment()
    {
        var end = source.IndexOf("*/", _position + 2, StringComparison.Ordinal);
        var stop = end < 0 ? source.Length : end + 2;
        CountLines(_position, stop);
        _position = stop;
        return GoTokenKind.BlockComment;
    }

    private GoTokenKind Interpreted()
    {
        _position++;
        while (_position < source.Length && source[_position] is not '"' and not '\n')
            _position += source[_position] == '\\' && _position + 1 < source.Length && source[_position + 1] != '\n' ? 2 : 1;
        if (_position < source.Length && source[_position] == '"') _position++;
        return GoTokenKind.String;
    }

    private GoTokenKind Raw()
    {
        var end = source.IndexOf('`', _position + 1);
        var stop = end < 0 ? source.Length : end + 1;
        CountLines(_position, stop);
        _position = stop;
        return GoTokenKind.RawString;
    }

    private GoTokenKind RuneLiteral()
    {
        _position++;
        while (_position < source.Length && source[_position] is not '\'' and not '\n')
            _position += source[_position] == '\\' && _position + 1 < source.Length && source[_position + 1] != '\n' ? 2 : 1;
        if (_position < source.Length && source[_position] == '\'') _position++;
        return GoTokenKind.Rune;
    }

    private GoTokenKind Number()
    {
        while (_position < source.Length)
        {
            var c = source[_position];
            if (char.IsLetterOrDigit(c) || c is '_' or '.') _position++;
            else if (c is '+' or '-' && source[_position - 1] is 'e' or 'E' or 'p' or 'P' && !IsHex(_position)) _position++;
            else break;
        }
        return GoTokenKind.Number;
    }

    /// <summary>True when the number being read is hexadecimal, where 'e' is a digit, not an exponent.</summary>
    private readonly bool IsHex(int at)
    {
        var start = at - 1;
        while (start > 0 && (char.IsLetterOrDigit(source[start - 1]) || source[start - 1] is '_' or '.')) start--;
        return at - start > 2 && source[start] == '0' && source[start + 1] is 'x' or 'X' && source[at - 1] is 'e' or 'E';
    }

    private GoTokenKind Word(int start)
    {
        while (_position < source.Length && (IsLetter(source[_position]) || char.IsDigit(source[_position]))) _position++;
        return Keywords.Contains(source[start.._position]) ? GoTokenKind.Keyword : GoTokenKind.Identifier;
    }

    private GoTokenKind Operator()
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(source, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                return GoTokenKind.Operator;
            }
        }
        _position++;
        return GoTokenKind.Operator;
    }

    private void CountLines(int from, int to)
    {
        for (var i = from; i < to; i++)
            if (source[i] == '\n') _line++;
    }

    private static bool IsLetter(char c) => char.IsLetter(c) || c == '_';
}
