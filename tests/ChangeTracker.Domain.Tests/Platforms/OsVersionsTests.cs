using ChangeTracker.Domain.Platforms;
using Xunit;

namespace ChangeTracker.Domain.Tests.Platforms;

/// <summary>OS levels as people type them, named the way the facts name them.</summary>
public sealed class OsVersionsTests
{
    [Theory]
    [InlineData("macOS 12", "macOS", "12")]
    [InlineData("macos-12", "macOS", "12")]
    [InlineData("OS X 10.8", "macOS", "10.8")]
    [InlineData("macOS Sierra", "macOS", "10.12")]
    [InlineData("High Sierra", "macOS", "10.13")]
    [InlineData("El Capitan", "macOS", "10.11")]
    [InlineData("Windows 7", "Windows", "7")]
    [InlineData("Win7", "Windows", "7")]
    [InlineData("windows-xp", "Windows", "XP")]
    [InlineData("Windows Server 2008", "Windows", "Server 2008")]
    [InlineData("Linux 2.6.32", "Linux", "2.6.32")]
    [InlineData("FreeBSD 11.2", "FreeBSD", "11.2")]
    public void Reads_names_and_aliases(string text, string os, string version)
    {
        Assert.Equal((os, version), OsVersions.Split(text));
        Assert.True(OsVersions.IsOsLevel(text));
    }

    [Theory]
    [InlineData("linux/amd64")]
    [InlineData("macOS")]
    [InlineData("Plan 10 from outer space")]
    public void Text_without_a_known_os_level_is_none(string text) => Assert.False(OsVersions.IsOsLevel(text));

    [Theory]
    [InlineData("macOS", "10.9", "10.12")]
    [InlineData("Windows", "XP", "7")]
    [InlineData("Windows", "7", "10")]
    [InlineData("Linux", "2.6.23", "2.6.32")]
    public void Orders_versions_as_the_os_does(string os, string older, string newer) =>
        Assert.True(OsVersions.Key(os, older) < OsVersions.Key(os, newer));
}
