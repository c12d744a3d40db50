namespace ChangeTracker.Cli.Output;

/// <summary>A column of a printed table or CSV: a header and how to read it from a row.</summary>
public sealed record Column<T>(string Header, Func<T, string?> Value, bool RightAligned = false);
