using ChangeTracker.Domain.History;
using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Tests.History;

public sealed class SupportPolicyTests
{
    private static readonly Dictionary<GoVersion, DateOnly?> Released = new()
    {
        [GoVersion.Parse("1")] = new DateOnly(2012, 3, 28),
        [GoVersion.Parse("1.2")] = new DateOnly(2013, 12, 1),
        [GoVersion.Parse("1.20")] = new DateOnly(2023, 2, 1),
        [GoVersion.Parse("1.21.0")] = new DateOnly(2023, 8, 8),
        [GoVersion.Parse("1.22.0")] = new DateOnly(2024, 2, 6),
        [GoVersion.Parse("1.23.0")] = new DateOnly(2024, 8, 13),
    };

    [Theory]
    [InlineData("1", "2013-12-01")]
    [InlineData("1.20", "2024-02-06")]
    [InlineData("1.21", "2024-08-13")]
    [InlineData("1.21.5", "2024-08-13")]
    [InlineData("1.22", null)]
    [InlineData("1.23", null)]
    public void A_release_ends_the_day_the_second_newer_major_ships(string line, string? eol) =>
        Assert.Equal(eol is null ? null : DateOnly.Parse(eol, System.Globalization.CultureInfo.InvariantCulture),
            SupportPolicy.EndOfLife(GoVersion.Parse(line).Line, Released));
}
