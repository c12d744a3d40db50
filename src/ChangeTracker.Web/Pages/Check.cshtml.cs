using ChangeTracker.Application.Checks;
using ChangeTracker.Diffs;
using ChangeTracker.Modules.Checking;
using ChangeTracker.Web.Checks;
using Microsoft.AspNetCore.Mvc;

namespace ChangeTracker.Web.Pages;

/// <summary>
/// "Will my module survive the upgrade?": paste a go.mod (and files in the "-- path --" form) or upload a zip; the
/// module is read as text by <see cref="CheckUseCase"/>, never run, and nothing is stored.
/// </summary>
[RequestSizeLimit(CheckInput.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CheckInput.MaxRequestBytes)]
public sealed class CheckModel(CheckUseCase checks) : DashboardPageModel
{
    [BindProperty] public string? GoMod { get; set; }
    [BindProperty] public string? Files { get; set; }
    [BindProperty] public IFormFile? Zip { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Targets { get; set; }

    public CheckReport? Report { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await using var zip = Zip is { Length: > 0 } ? Zip.OpenReadStream() : null;
        var (request, problems) = new CheckInput(GoMod, null, null, Files, zip, From, To, [Targets]).ToRequest();
        if (request is null)
        {
            Problems = problems.Values.ToList();
            StatusWithPage(StatusCodes.Status400BadRequest);
            return;
        }
        try
        {
            Report = await checks.CheckAsync(request, cancellationToken);
        }
        catch (CheckInputException e)
        {
            Problems = [e.Message];
            StatusWithPage(StatusCodes.Status400BadRequest);
        }
        catch (UnknownVersionException e)
        {
            Problems = [e.Message];
            StatusWithPage(StatusCodes.Status404NotFound);
        }
    }
}
