using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.Tests.Source;

public sealed class GoTokenizerTests
{
    private static List<(GoTokenKind Kind, string Text)> Tokens(string source) =>
        GoTokenizer.All(source).Select(t => (t.Kind, GoTokenizer.Text(source, t))).ToList();

    [Fact]
    public void Comments_strings_raw_strings_and_runes_are_single_tokens()
    {
        const string source = "x := \"a // not a comment\" + `raw /* not */ \"q\"` // tail\n/* block\n \"no string\" */ r := '\\'' ";

        var tokens = Tokens(source);

        Assert.Equal(
        [
            (GoTokenKind.Identifier, "x"), (GoTokenKind.Operator, ":="), (GoTokenKind.String, "\"a // not a comment\""),
            (GoTokenKind.Operator, "+"), (GoTokenKind.RawString, "`raw /* not */ \"q\"`"), (GoTokenKind.LineComment, "// tail"),
            (GoTokenKind.BlockComment, "/* block\n \"no string\" */"), (GoTokenKind.Identifier, "r"), (GoTokenKind.Operator, ":="),
            (GoTokenKind.Rune, "'\\''"),
        ], tokens);
    }

    [Fact]
    public void Escaped_quotes_do_not_end_a_string_and_an_escaped_backslash_does()
    {
        const string source = "a := \"say \\\"hi\\\" \\\\\"; b";

        var tokens = Tokens(source);

        Assert.Equal((GoTokenKind.String, "\"say \\\"hi\\\" \\\\\""), tokens[2]);
        Assert.Equal((GoTokenKind.Identifier, "b"), tokens[^1]);
        Assert.Equal("say \"hi\" \\", GoStringLiteral.Value(source, GoTokenizer.All(source)[2]));
    }

    [Fact]
    public void Lines_are_counted_through_raw_strings_and_block_comments()
    {
        const string source = "a\n`x\ny`\n/*\n\n*/ b";

        var tokens = GoTokenizer.All(source);

        Assert.Equal([1, 2, 4, 6], tokens.Select(t => t.Line));
    }

    [Fact]
    public void Numbers_keywords_and_multi_character_operators()
    {
        var tokens = Tokens("for i := 0x1e+2; i <<= 1.5e-3 &^ 07 { go f(...) }");

        Assert.Contains((GoTokenKind.Keyword, "for"), tokens);
        Assert.Contains((GoTokenKind.Keyword, "go"), tokens);
        Assert.Contains((GoTokenKind.Number, "0x1e"), tokens);
        Assert.Contains((GoTokenKind.Number, "1.5e-3"), tokens);
        Assert.Contains((GoTokenKind.Operator, "<<="), tokens);
        Assert.Contains((GoTokenKind.Operator, "&^"), tokens);
        Assert.Contains((GoTokenKind.Operator, "..."), tokens);
    }

    [Theory]
    [InlineData("\"unterminated\nnext")]
    [InlineData("`never closed")]
    [InlineData("/* never closed")]
    [InlineData("'x")]
    public void Malformed_source_ends_its_token_without_failing(string source)
    {
        var tokens = GoTokenizer.All(source);

        Assert.NotEmpty(tokens);
        Assert.Equal(source.Length, tokens.Sum(t => t.Length) + source.Count(char.IsWhiteSpace) - WhitespaceInside(source, tokens));
    }

    private static int WhitespaceInside(string source, List<GoToken> tokens) =>
        tokens.Sum(t => source.AsSpan(t.Start, t.Length).ToString().Count(char.IsWhiteSpace));

    [Fact]
    public void Interpreted_escapes_decode_to_their_characters()
    {
        const string source = "\"\\x41\\u00e9\\101\\t\\U0001F600\"";

        Assert.Equal("Aé" + "A\t" + "\U0001F600", GoStringLiteral.Value(source, GoTokenizer.All(source)[0]));
    }
}
