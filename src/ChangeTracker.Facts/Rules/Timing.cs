namespace ChangeTracker.Facts.Rules;

/// <summary>How a rule's sentence places the fact in time.</summary>
public enum Timing
{
    /// <summary>True of the stated release (group "v") or of the page's release: "Go 1.15 now requires …", "X has been removed".</summary>
    InRelease,

    /// <summary>The stated release (group "v", else the page) is the last one with support: "Go 1.12 is the last release that …".</summary>
    LastRelease,

    /// <summary>A future release (group "v") is the first without support: "Go 1.13 will require …".</summary>
    FutureRelease,

    /// <summary>An announcement made on the page, taking effect in group "v" when given: "X is deprecated", "X will be removed in Go 1.14".</summary>
    Announcement,
}

/// <summary>What a rule reads the subject from.</summary>
public enum Target
{
    /// <summary>GOOS/GOARCH ports named in the sentence (falling back to the item and the section title).</summary>
    Ports,

    /// <summary>OS or CPU levels named in the sentence that lose support (the subject is the level named).</summary>
    LevelsNamed,

    /// <summary>New minimum OS or CPU levels (the subject is the level just below each, or "older than" it).</summary>
    LevelsRequired,

    /// <summary>The text captured by the rule's "subject" group.</summary>
    Subject,

    /// <summary>A new minimum: the rule's area, the "min" group as the minimum and the subject.</summary>
    Requirement,
}
