using ChangeTracker.Parsing;

namespace ChangeTracker.Application.Hosting;

/// <summary>How much markup a fetched page may hold (ChangeTracker:Parsing); a page past it is recorded as failed, naming the limit.</summary>
public sealed class ParsingOptions
{
    public const string SectionName = "ChangeTracker:Parsing";

    public int MaxElements { get; set; } = MarkupBudget.Default.MaxElements;

    public int MaxDepth { get; set; } = MarkupBudget.Default.MaxDepth;

    public MarkupBudget ToBudget() => new(MaxElements, MaxDepth);
}
