namespace ChangeTracker.Modules.Source;

/// <summary>What a token of Go source is; enough to find imports, selectors and directives, not to compile.</summary>
public enum GoTokenKind
{
    End,
    Identifier,
    Keyword,
    String,
    RawString,
    Rune,
    Number,
    Operator,
    LineComment,
    BlockComment,
}

/// <summary>One token: where it starts in the text, how long it is and on which line (1-based).</summary>
public readonly record struct GoToken(GoTokenKind Kind, int Start, int Length, int Line)
{
    public bool Is(GoTokenKind kind, string text, string source) =>
        Kind == kind && source.AsSpan(Start, Length).SequenceEqual(text);
}
