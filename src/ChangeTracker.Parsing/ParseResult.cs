using System.Diagnostics.CodeAnalysis;

namespace ChangeTracker.Parsing;

/// <summary>
/// The outcome of parsing one body: either a <see cref="Value"/> or an <see cref="Error"/> that names the
/// reason, plus warnings about things that were parsed but looked odd. Parsers never throw for bad input.
/// </summary>
public sealed record ParseResult<T>
{
    private ParseResult(T? value, string? error, IReadOnlyList<string> warnings)
    {
        Value = value;
        Error = error;
        Warnings = warnings;
    }

    public T? Value { get; }

    public string? Error { get; }

    public IReadOnlyList<string> Warnings { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static ParseResult<T> Success(T value, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ParseResult<T>(value, null, warnings ?? []);
    }

    public static ParseResult<T> Failure(string error, IReadOnlyList<string>? warnings = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new ParseResult<T>(default, error, warnings ?? []);
    }

    /// <summary>The value, or an <see cref="InvalidOperationException"/> carrying the error.</summary>
    public T GetValueOrThrow() =>
        IsSuccess ? Value : throw new InvalidOperationException(Error);

    public override string ToString() =>
        IsSuccess ? $"Success ({Warnings.Count} warnings)" : $"Failure: {Error}";
}
