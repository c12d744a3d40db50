using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChangeTracker.Testing;

/// <summary>
/// Test discovery that knows about <see cref="IPostgreSqlTests"/>: in such a class every test is reported skipped,
/// with the reason, when there is no PostgreSQL server outside CI. Other classes are discovered as usual.
/// </summary>
internal static class ProviderDiscovery
{
    public static IXunitTestCase? SkippedForPostgreSql(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod method)
    {
        var type = method.TestClass.Class.ToRuntimeType();
        if (type is null || !typeof(IPostgreSqlTests).IsAssignableFrom(type) || TestPostgres.SkipReason is not { } reason) return null;
        return new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason);
    }
}

public sealed class ProviderFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderDiscovery.SkippedForPostgreSql(DiagnosticMessageSink, discoveryOptions, testMethod) is { } skipped
            ? [skipped]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ProviderTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ProviderDiscovery.SkippedForPostgreSql(DiagnosticMessageSink, discoveryOptions, testMethod) is { } skipped
            ? [skipped]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A fact that runs on the provider of its class (see <see cref="IPostgreSqlTests"/>).</summary>
[XunitTestCaseDiscoverer("ChangeTracker.Testing.ProviderFactDiscoverer", "ChangeTracker.Testing")]
public sealed class DatabaseFactAttribute : FactAttribute;
