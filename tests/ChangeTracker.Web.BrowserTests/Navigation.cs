using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Waits for a page a form or link led to.</summary>
internal static class Navigation
{
    /// <summary>
    /// Waits until the address matches and the new page is parsed to its footer. It does not wait
    /// for the load event: once in CI, after a form was submitted with Enter, Playwright saw the
    /// network go idle but never the load event, and the test hung for the whole timeout.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await page.WaitForURLAsync(address, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
