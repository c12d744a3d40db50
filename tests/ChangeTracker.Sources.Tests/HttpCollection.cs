namespace ChangeTracker.Sources.Tests;

/// <summary>Test classes that start Kestrel servers and measure time run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HttpCollection
{
    public const string Name = "http servers";
}
