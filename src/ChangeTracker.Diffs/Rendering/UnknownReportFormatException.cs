namespace ChangeTracker.Diffs.Rendering;

/// <summary>A report format no renderer provides; the message lists the valid ones.</summary>
public sealed class UnknownReportFormatException(string? format, IReadOnlyList<string> validFormats)
    : ArgumentException($"Unknown report format '{format}'. Valid formats: {string.Join(", ", validFormats)}.", nameof(format))
{
    public string? Format { get; } = format;
    public IReadOnlyList<string> ValidFormats { get; } = validFormats;
}
