using System.Globalization;
using System.Text;

namespace ChangeTracker.Modules.Source;

/// <summary>The value of a Go string literal: a raw string as written, an interpreted one with its escapes decoded.</summary>
public static class GoStringLiteral
{
    public static string Value(string source, GoToken token)
    {
        var text = source.AsSpan(token.Start, token.Length);
        if (token.Kind == GoTokenKind.RawString) return Inner(text, '`').ToString().Replace("\r", "", StringComparison.Ordinal);
        var inner = Inner(text, '"');
        if (!inner.Contains('\\')) return inner.ToString();
        var value = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length)
            {
                value.Append(inner[i]);
                continue;
            }
            i += Escape(inner, i + 1, value);
        }
        return value.ToString();
    }

    private static ReadOnlySpan<char> Inner(ReadOnlySpan<char> text, char quote)
    {
        var body = text[1..];
        return body.Length > 0 && body[^1] == quote ? body[..^1] : body;
    }

    /// <summary>Decodes the escape starting at <paramref name="at"/> (after the backslash); returns how many characters it used.</summary>
    private static int Escape(ReadOnlySpan<char> s, int at, StringBuilder value)
    {
        switch (s[at])
        {
            case 'a': value.Append('\a'); return 1;
            case 'b': value.Append('\b'); return 1;
            case 'f': value.Append('\f'); return 1;
            case 'n': value.Append('\n'); return 1;
            case 'r': value.Append('\r'); return 1;
            case 't': value.Append('\t'); return 1;
            case 'v': value.Append('\v'); return 1;
            case 'x': return Code(s, at + 1, 2, 16, value) + 1;
            case 'u': return Code(s, at + 1, 4, 16, value) + 1;
            case 'U': return Code(s, at + 1, 8, 16, value) + 1;
            case >= '0' and <= '7': return Code(s, at, 3, 8, value);
            default: value.Append(s[at]); return 1;
        }
    }

    private static int Code(ReadOnlySpan<char> s, int at, int digits, int radix, StringBuilder value)
    {
        var n = Math.Min(digits, s.Length - at);
        var part = s.Slice(at, n);
        var ok = radix == 16
            ? int.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : TryOctal(part, out code);
        if (ok && code is >= 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF) value.Append(char.ConvertFromUtf32(code));
        return n;
    }

    private static bool TryOctal(ReadOnlySpan<char> digits, out int code)
    {
        code = 0;
        foreach (var d in digits)
        {
            if (d is < '0' or > '7') return false;
            code = code * 8 + (d - '0');
        }
        return true;
    }
}
