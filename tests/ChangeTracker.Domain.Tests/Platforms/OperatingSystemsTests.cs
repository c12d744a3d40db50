using ChangeTracker.Domain.Platforms;

namespace ChangeTracker.Domain.Tests.Platforms;

public sealed class OperatingSystemsTests
{
    [Theory]
    [InlineData("macOS", "macOS", "darwin")]
    [InlineData("darwin", "macOS", "darwin")]
    [InlineData("OS X", "macOS", "darwin")]
    [InlineData(" mac os x ", "macOS", "darwin")]
    [InlineData("Linux kernel", "Linux", "linux")]
    [InlineData("windows", "Windows", "windows")]
    [InlineData("DragonFly", "DragonFly BSD", "dragonfly")]
    [InlineData("Plan 9", "Plan 9", "plan9")]
    public void A_name_an_alias_or_a_goos_finds_the_os(string text, string name, string goos)
    {
        var os = OperatingSystems.Find(text);
        Assert.NotNull(os);
        Assert.Equal((name, goos), (os.Name, os.Goos));
    }

    [Theory]
    [InlineData("BeOS")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_os(string? text) => Assert.Null(OperatingSystems.Find(text));

    [Fact]
    public void The_usual_systems_are_listed_first() =>
        Assert.Equal(["macOS", "Windows", "Linux", "BeOS"], new[] { "BeOS", "Linux", "Windows", "macOS" }.OrderBy(OperatingSystems.Rank));
}
