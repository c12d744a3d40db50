namespace ChangeTracker.Domain.Facts;

/// <summary>What later notes decided about a forward announcement (DESIGN.md: pending, done, withdrawn).</summary>
public enum AnnouncementStatus
{
    Pending,
    Done,
    Withdrawn,
}

public static class AnnouncementStatusNames
{
    public static string ToName(this AnnouncementStatus status) => status switch
    {
        AnnouncementStatus.Pending => "pending",
        AnnouncementStatus.Done => "done",
        AnnouncementStatus.Withdrawn => "withdrawn",
        _ => throw new InvalidOperationException($"announcement status {status} has no name"),
    };

    public static AnnouncementStatus? Parse(string? name) => name switch
    {
        null or "" => null,
        "pending" => AnnouncementStatus.Pending,
        "done" => AnnouncementStatus.Done,
        "withdrawn" => AnnouncementStatus.Withdrawn,
        _ => throw new FormatException($"'{name}' is not an announcement status (pending, done, withdrawn)"),
    };
}
