using Microsoft.Playwright;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Collects what a page must never produce: script errors, console errors (CSP violations among them) and dialogs.</summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];

    public PageProblems(IPage page)
    {
        page.PageError += (_, error) => Add($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                Add($"console error: {message.Text}");
        };
        page.Dialog += (_, dialog) =>
        {
            Add($"dialog ({dialog.Type}): {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    public IReadOnlyList<string> All
    {
        get { lock (_problems) return _problems.ToList(); }
    }

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }
}
