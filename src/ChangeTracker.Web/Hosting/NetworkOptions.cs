using System.Net;

namespace ChangeTracker.Web.Hosting;

/// <summary>
/// Who the app answers and whom it believes (ChangeTracker:Web). Host names are always the loopback ones plus
/// <c>AllowedHosts</c> (semicolon-separated, as ASP.NET Core reads it; "*" turns the filter off on purpose).
/// Forwarded headers are honoured only from <see cref="KnownProxies"/>.
/// </summary>
public sealed class NetworkOptions
{
    public const string SectionName = "ChangeTracker:Web";

    public static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. None by default.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>True when <paramref name="host"/> (a Host header's name, without port) names this machine's loopback.</summary>
    public static bool IsLoopbackHost(string host) =>
        LoopbackHosts.Contains(host, StringComparer.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
