namespace ChangeTracker.Domain.Facts;

/// <summary>The kinds of fact of DESIGN.md. What each one is — name, titles, order, breaking — is its row in <see cref="FactKinds"/>.</summary>
public enum FactKind
{
    Feature,
    PortAdded,
    PortBroken,
    PortRenamed,
    PortBinariesDropped,
    PortRemoved,
    OsSupportEnded,
    RequirementRaised,
    Removal,
    BehaviorChange,
    Deprecation,
}
