using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ChangeTracker.Testing.Abuse;

/// <summary>
/// FsCheck generators of the text an attacker or a careless script sends: empty, huge, control characters, unicode
/// oddities, SQL and FTS5 syntax, path traversal, overflowing numbers, markup and broken cursors — alone, glued to a
/// plausible value, or mixed at random.
/// </summary>
public static class JunkText
{
    /// <summary>Values a parser trips over, written for these tests.</summary>
    public static readonly string[] Hostile =
    [
        "", " ", "\t", "\0", "%00", "\u0001\u0002\u0003", "\u007f", "\r\n", "\u001b[31m", "\u200b", "\u202e", "\ufeff", "\ud800", "\uffff",
        "\"", "'", "''", "'--", "\"; DROP TABLE Facts; --", "1' OR '1'='1", "*", "**", "\"*\"", "NEAR(", "NEAR(a b, -1)", "a OR", "AND",
        "NOT", "(", ")", "^", ":", "-", "+", "col:value", "{", "}", "[", "]", "\\", "\\\\", "%", "%%", "%s%s%n", "${jndi:x}", "{{7*7}}",
        "../../etc/passwd", "..\\..\\windows", "/etc/passwd", "....//", "%2e%2e%2f", "file:///etc/passwd", "C:\\", "~",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "&#x6A;avascript:", "&lt;b&gt;", "\"><svg onload=1>",
        "-1", "0", "-0", "00", "1e9", "1e309", "NaN", "Infinity", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999",
        "0x10", "1.5", "1,5", "٣", "１２", "true", "false", "null", "undefined", "[]", "{}",
        "go", "go1", "go1.", "1.", ".1", "1..2", "1.2.3.4", "1.21rc", "1.21rc0", "1.21beta", "go1.12.-1", "v1.12", "1.12 ", " 1.12", "1.12\n",
        "1.99", "1.0", "0.1", "2.0", "1.9999999999", "go1.21.0rc1", "1.-1", "GO1.12",
        "linux/amd64/x", "/", "//", "a/", "/b", "macOS", "macOS 99", "Windows 7,,", ",", ",,,,", "linux/amd64,macos-12,",
    ];

    /// <summary>Characters junk is built from: ASCII punctuation, controls, surrogates, RTL marks, CJK, emoji halves.</summary>
    private static readonly char[] Alphabet =
        "abcXYZ019 .,;:-_/\\'\"*()[]{}<>=&%#?!@^$~`|+\u0000\u0001\u0007\u0008\t\n\r\u000b\u000c\u001f\u007f\u0085\u00a0\u00ad\u200b\u200d\u202e\u2028\u2029\ufeff\ufffd\ud83d\ude00\ud800\u4e2d\u00e9"
            .ToCharArray();

    public static Gen<string> Random { get; } =
        Gen.Choose(1, 40).SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet), length)).Select(chars => new string(chars));

    public static Gen<string> Huge { get; } =
        Gen.Elements(1_000, 5_000, 20_000).SelectMany(n => Gen.Elements("a", "1", "'", "\u00e9", "%", "(").Select(s => new StringBuilder().Insert(0, s, n).ToString()));

    public static Gen<string> Number { get; } =
        Gen.Elements(int.MinValue, -1, 0, 1, 200, 201, 10_000, 10_001, int.MaxValue).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(n => Gen.Elements(n, n + "0", " " + n, n + "abc", "+" + n));

    /// <summary>Cursors: base64url of wrong prefixes, negative or huge offsets, other scopes, and plain garbage.</summary>
    public static Gen<string> Cursor { get; } =
        Gen.Elements("p1:-1:x", "p1:0:", "p1:99999999999:scope", "p2:0:x", "p1", "::", "p1:20:x:y", "p1:1e3:x", "p1:2147483647:x", "")
            .Select(raw => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(raw)))
            .SelectMany(encoded => Gen.Elements(encoded, encoded + "=", encoded + "!", "%%%", "AAAA", "====", "cDE6MDp4"));

    /// <summary>Any junk value, the hostile list weighted highest.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (6, Gen.Elements(Hostile)),
        (3, Random),
        (2, Number),
        (1, Cursor),
        (1, Huge),
        (2, Gen.Elements(Hostile).SelectMany(a => Random.Select(b => a + b))));

    /// <summary>A fixed-seed sample: the same cases on every run, so a failure can be replayed.</summary>
    public static List<T> Sample<T>(Gen<T> gen, int count, ulong seed) => gen.Sample(count, new Rnd(seed), 30).ToList();
}
