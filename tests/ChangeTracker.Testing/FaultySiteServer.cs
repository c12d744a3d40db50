using System.Collections.Concurrent;
using ChangeTracker.Domain.Sources;
using ChangeTracker.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChangeTracker.Testing;

public enum Fault
{
    Status500,
    Hang,
    Truncate,
    FailTwiceThenServe,
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 that serves a folder laid out by URL path (like go.dev) and
/// injects faults on chosen paths: HTTP 500, a hang, a truncated body, or two failures then success.
/// </summary>
public sealed class FaultySiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();

    private FaultySiteServer(WebApplication app, string baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    public int Hits(string pathAndQuery) => _hits.GetValueOrDefault(pathAndQuery);

    public static async Task<FaultySiteServer> StartAsync(string folder, IReadOnlyDictionary<string, Fault> faults)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        FaultySiteServer? server = null;
        app.Run(async context =>
        {
            var key = context.Request.Path.Value + context.Request.QueryString.Value;
            var hit = server!._hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            var file = FolderLayout.FullPath(folder, new SourcePath(key));
            switch (faults.TryGetValue(key, out var fault) ? fault : (Fault?)null)
            {
                case Fault.Status500:
                    context.Response.StatusCode = 500;
                    return;
                case Fault.FailTwiceThenServe when hit <= 2:
                    context.Response.StatusCode = 503;
                    return;
                case Fault.Hang:
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { });
                    return;
                case Fault.Truncate:
                    var bytes = await File.ReadAllBytesAsync(file);
                    context.Response.ContentLength = bytes.Length;
                    await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 3));
                    await context.Response.Body.FlushAsync();
                    await Task.Delay(100); // let the client read the headers, so it sees a short body rather than a reset
                    context.Abort();
                    return;
            }
            if (!File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentType = file.EndsWith(".json") ? "application/json" : "text/html; charset=utf-8";
            await context.Response.SendFileAsync(file);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FaultySiteServer(app, address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
