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
    /// <summary>Streams far more than any limit, with no Content-Length.</summary>
    Oversized,
    /// <summary>Redirects to itself.</summary>
    RedirectLoop,
    /// <summary>A page whose article nests 100,000 elements.</summary>
    DeepNesting,
    /// <summary>Bytes that are no page at all.</summary>
    Garbage,
    /// <summary>200 with an empty body.</summary>
    Empty,
    /// <summary>The real page, a few bytes at a time, slower than any attempt time-out allows.</summary>
    SlowDrip,
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 that serves a folder laid out by URL path (like go.dev) and injects faults on
/// chosen paths: HTTP 500, a hang, a truncated body, two failures then success, an oversized body, a redirect loop,
/// deep nesting, garbage, an empty body, a slow drip.
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
                    await Task.Delay(300); // let the client read the headers, so it sees a short body rather than a reset (room for a loaded machine)
                    context.Abort();
                    return;
                case Fault.Oversized:
                    context.Response.ContentType = "text/html";
                    var junk = new byte[64 * 1024];
                    try
                    {
                        for (var sent = 0; sent < 512 * 1024 * 1024; sent += junk.Length)
                            await context.Response.Body.WriteAsync(junk, context.RequestAborted);
                    }
                    catch (Exception e) when (e is OperationCanceledException or IOException) { }
                    return;
                case Fault.RedirectLoop:
                    context.Response.Redirect(key);
                    return;
                case Fault.DeepNesting:
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync("<html><body><main id=\"main-content\"><article><h1>Deep</h1>"
                        + string.Concat(Enumerable.Repeat("<div>", 100_000)) + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</article></main></body></html>");
                    return;
                case Fault.Garbage:
                    context.Response.ContentType = "text/html";
                    await context.Response.Body.WriteAsync(Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251)).ToArray());
                    return;
                case Fault.Empty:
                    context.Response.ContentType = "text/html";
                    return;
                case Fault.SlowDrip:
                    context.Response.ContentType = "text/html";
                    try
                    {
                        foreach (var b in (await File.ReadAllBytesAsync(file)).Take(200))
                        {
                            await context.Response.Body.WriteAsync(new[] { b }, context.RequestAborted);
                            await context.Response.Body.FlushAsync(context.RequestAborted);
                            await Task.Delay(100, context.RequestAborted);
                        }
                    }
                    catch (Exception e) when (e is OperationCanceledException or IOException) { }
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
