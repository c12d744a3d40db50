namespace ChangeTracker.Web.Hosting;

public static class WebAppOptions
{
    /// <summary>
    /// The builder's options: a published app carries its wwwroot beside its assemblies and serves it from there,
    /// whatever folder it is started from (the content root stays the working folder, where data/ lives). A build
    /// has no wwwroot beside it and serves the project's through the static web assets manifest instead.
    /// </summary>
    public static WebApplicationOptions From(string[] args)
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        return new WebApplicationOptions { Args = args, WebRootPath = Directory.Exists(published) ? published : null };
    }
}
