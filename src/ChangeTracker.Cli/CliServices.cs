using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Cli;

/// <summary>What a one-shot command runs on: the shared services, disposed when the command ends.</summary>
public sealed class CliServices(ServiceProvider services) : IDisposable
{
    public IServiceProvider Services => services;

    /// <summary>Disposed as the generic host disposes its services: asynchronously, so an async-only disposable is disposed too.</summary>
    public void Dispose() => services.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
