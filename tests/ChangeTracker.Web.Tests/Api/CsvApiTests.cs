using System.Net;
using System.Text;
using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

[Collection(IngestedAppCollection.Name)]
public sealed class CsvApiTests(IngestedWebApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [GoSiteFact]
    public async Task The_csv_report_has_crlf_and_a_bom_only_when_asked()
    {
        var plain = await _client.GetByteArrayAsync("/api/diff?from=1.12&to=1.13&format=csv");
        var withBom = await _client.GetByteArrayAsync("/api/diff?from=1.12&to=1.13&format=csv&bom=true");

        Assert.NotEqual(0xEF, plain[0]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, withBom[..3]);
        Assert.Equal(plain, withBom[3..]);
        var text = Encoding.UTF8.GetString(plain);
        Assert.StartsWith("section,from,to,", text);
        Assert.EndsWith("\r\n", text);
        Assert.Contains("\r\n", text.Split('\n')[0] + "\n");
    }

    [GoSiteFact]
    public async Task A_bom_for_anything_but_csv_is_a_400() =>
        await _client.GetProblemAsync("/api/diff?from=1.12&to=1.13&format=md&bom=true", HttpStatusCode.BadRequest, "bom=true only applies to format=csv");
}
