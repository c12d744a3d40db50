using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ChangeTracker.Web.Hosting;

/// <summary>Host filtering on by default (DNS rebinding), forwarded headers only from configured proxies.</summary>
public static class NetworkSetup
{
    public static IServiceCollection AddChangeTrackerNetwork(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.SectionName)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ChangeTracker:Web:KnownProxies must list IP addresses").ValidateOnStart();
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var configured = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            o.AllowedHosts = configured.Contains("*") ? ["*"] : [.. NetworkOptions.LoopbackHosts.Concat(configured).Distinct(StringComparer.OrdinalIgnoreCase)];
            o.IncludeFailureMessage = false;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<NetworkOptions>>((o, network) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear(); // ASP.NET Core trusts loopback proxies by default; here only the configured ones
            o.KnownProxies.Clear();
            foreach (var proxy in network.Value.KnownProxies)
                if (IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
        });
        return services;
    }
}
