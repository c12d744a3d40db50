using ChangeTracker.Diffs.Narrowing;
using Xunit;

namespace ChangeTracker.Diffs.Tests.Narrowing;

public sealed class DiffTargetTests
{
    [Theory]
    [InlineData("linux/amd64", "linux/amd64", "linux")]
    [InlineData("Windows/386", "windows/386", "windows")]
    [InlineData("macos-12", "macOS 12", "darwin")]
    [InlineData("Win7", "Windows 7", "windows")]
    [InlineData("macOS Sierra", "macOS 10.12", "darwin")]
    public void Reads_ports_and_os_levels(string text, string shown, string goos)
    {
        var target = DiffTarget.Parse(text);
        Assert.Equal(shown, target.ToString());
        Assert.Equal(goos, target.Goos);
    }

    [Theory]
    [InlineData("")]
    [InlineData("amd64")]
    [InlineData("<script>alert(1)</script>")]
    public void Text_that_names_no_target_is_a_clear_error(string text)
    {
        var error = Assert.Throws<FormatException>(() => DiffTarget.Parse(text));
        Assert.Contains("linux/amd64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_splits_on_commas_and_drops_repeats()
    {
        var targets = DiffTarget.ParseList(["linux/amd64, macos-12", "linux/amd64", null]);
        Assert.Equal(["linux/amd64", "macOS 12"], targets.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData("macOS 10.12", "10.12", true)]
    [InlineData("macOS 10.12", "10.13", true)]
    [InlineData("macOS 12", "10.13", false)]
    [InlineData("Windows 7", "XP", false)]
    public void An_os_level_loses_support_with_an_end_at_or_above_it(string target, string ended, bool loses)
    {
        var t = DiffTarget.Parse(target);
        Assert.Equal(loses, t.LosesSupportWith(t.Os!, ended));
    }
}
