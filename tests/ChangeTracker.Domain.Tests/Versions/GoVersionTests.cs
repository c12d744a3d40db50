using ChangeTracker.Domain.Versions;

namespace ChangeTracker.Domain.Tests.Versions;

public class GoVersionTests
{
    [Theory]
    [InlineData("go1", "1")]
    [InlineData("1", "1")]
    [InlineData("go1.12", "1.12")]
    [InlineData("1.12", "1.12")]
    [InlineData("1.12.0", "1.12")]
    [InlineData("go1.12.5", "1.12.5")]
    [InlineData("1.21", "1.21")]
    [InlineData("1.21.0", "1.21.0")]
    [InlineData("go1.21rc1", "1.21rc1")]
    [InlineData("1.5beta2", "1.5beta2")]
    [InlineData(" go1.9.7 ", "1.9.7")]
    public void Parses_to_canonical_text(string input, string canonical) =>
        Assert.Equal(canonical, GoVersion.Parse(input).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("go")]
    [InlineData("banana")]
    [InlineData("1.")]
    [InlineData("1.x")]
    [InlineData("1.12.")]
    [InlineData("1.12.5rc1")]
    [InlineData("1.21gamma1")]
    [InlineData("1.21rc")]
    [InlineData("1.012")]
    [InlineData("-1.2")]
    [InlineData("1.2.3.4")]
    [InlineData("1.99999999999")]
    public void Rejects_nonsense_with_a_message_naming_the_input(string input)
    {
        var ex = Assert.Throws<FormatException>(() => GoVersion.Parse(input));
        Assert.Contains($"'{input}'", ex.Message);
        Assert.False(GoVersion.TryParse(input, out _));
    }

    [Theory]
    [InlineData("1", "1.1")]
    [InlineData("1.1", "1.2")]
    [InlineData("1.9", "1.10")]
    [InlineData("1.9.7", "1.10")]
    [InlineData("1.12beta1", "1.12beta2")]
    [InlineData("1.12beta2", "1.12rc1")]
    [InlineData("1.12rc1", "1.12")]
    [InlineData("1.12", "1.12.1")]
    [InlineData("1.12.9", "1.12.10")]
    [InlineData("1.12.17", "1.13beta1")]
    [InlineData("1.21", "1.21rc1")]
    [InlineData("1.21rc1", "1.21rc2")]
    [InlineData("1.21rc2", "1.21.0")]
    [InlineData("1.21.0", "1.21.1")]
    [InlineData("1.21.13", "1.22rc1")]
    [InlineData("1.26.7", "1.27.0")]
    public void Orders_like_go(string lower, string higher)
    {
        var a = GoVersion.Parse(lower);
        var b = GoVersion.Parse(higher);
        Assert.True(a < b, $"{lower} < {higher}");
        Assert.True(b > a);
        Assert.True(a.SortKey < b.SortKey, $"sort key {lower} < {higher}");
    }

    [Theory]
    [InlineData("1.12", "1.12.0")]
    [InlineData("go1.12", "1.12")]
    [InlineData("1", "1.0")]
    [InlineData("1", "1.0.0")]
    public void Equal_spellings_are_equal(string a, string b)
    {
        Assert.Equal(GoVersion.Parse(a), GoVersion.Parse(b));
        Assert.Equal(GoVersion.Parse(a).GetHashCode(), GoVersion.Parse(b).GetHashCode());
    }

    [Theory]
    [InlineData("1.12.5", "1.12", "1.12")]
    [InlineData("1.21.3", "1.21", "1.21.0")]
    [InlineData("1.21rc1", "1.21", "1.21.0")]
    [InlineData("1", "1", "1")]
    public void Knows_its_line_and_first_release(string input, string line, string first)
    {
        var v = GoVersion.Parse(input);
        Assert.Equal(line, v.Line.ToString());
        Assert.Equal(first, v.FirstRelease.ToString());
    }

    [Theory]
    [InlineData("1.12", true)]
    [InlineData("1.21", true)]
    [InlineData("1.12.5", false)]
    [InlineData("1.21.0", false)]
    [InlineData("1.21rc1", false)]
    public void Tells_a_line_from_an_exact_release(string input, bool isLine) =>
        Assert.Equal(isLine, GoVersion.Parse(input).IsLine);

    [Fact]
    public void Sorting_a_shuffled_list_gives_go_order()
    {
        string[] expected = ["1", "1.1", "1.2.2", "1.9", "1.10", "1.12rc1", "1.12", "1.12.1", "1.21", "1.21rc1", "1.21.0", "1.21.1"];
        var shuffled = expected.Reverse().Select(GoVersion.Parse).ToList();
        shuffled.Sort();
        Assert.Equal(expected, shuffled.Select(v => v.ToString()));
    }
}
