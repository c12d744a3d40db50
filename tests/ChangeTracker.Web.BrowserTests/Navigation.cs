using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChangeTracker.Web.BrowserTests;

/// <summary>Waits for a page a form or link led to.</summary>
internal static class Navigation
{
    /// <summary>
    /// Polls the address until it matches, then waits until the new page is parsed to its footer.
    /// It never waits for the load event: in CI, after a form was submitted, Playwright twice saw
    /// the network go idle but never the load event, and the test hung for the whole timeout.
    /// <c>WaitForURLAsync</c> is not used because, when the address already matches, it waits for
    /// the load event whatever <c>WaitUntil</c> says.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
