using ChangeTracker.Testing;

namespace ChangeTracker.Cli.Tests.Commands;

/// <summary>One database filled by `changetracker ingest --source ../shared/go-site`, shared by a test class.</summary>
public sealed class CliFixture : IAsyncLifetime
{
    public string Database { get; } = CliRunner.TempDatabase();
    public CliRunner.Result Ingest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (GoSite.SkipReason is not null) return;
        Ingest = await CliRunner.RunAsync("ingest", "--source", GoSite.Require(), "--db", Database);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
