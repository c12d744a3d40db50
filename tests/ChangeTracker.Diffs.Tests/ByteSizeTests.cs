namespace ChangeTracker.Diffs.Tests;

public class ByteSizeTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(512, "512 B")]
    [InlineData(1536, "1.5 KiB")]
    [InlineData(127192678, "121.3 MiB")]
    [InlineData(53 * MiB, "53.0 MiB")]
    [InlineData(1288490188, "1.2 GiB")]
    [InlineData(-2 * MiB, "-2.0 MiB")]
    public void Sizes_use_binary_units(long bytes, string expected) => Assert.Equal(expected, ByteSize.Format(bytes));

    [Fact]
    public void Deltas_carry_a_sign_and_a_percentage()
    {
        Assert.Equal("+23.4 MiB (+24.1%)", ByteSize.FormatDelta((long)(23.4 * MiB), (long)(97.1 * MiB)));
        Assert.Equal("-1.0 MiB (-0.8%)", ByteSize.FormatDelta(-MiB, (long)(121.3 * MiB)));
        Assert.Equal("0 B (0.0%)", ByteSize.FormatDelta(0, MiB));
        Assert.Equal("+1.0 MiB", ByteSize.FormatDelta(MiB, null));
        Assert.Equal("+1.0 MiB", ByteSize.FormatDelta(MiB, 0));
    }

    [Fact]
    public void Unknown_sizes_use_the_placeholder() => Assert.Equal("?", ByteSize.Format(null, "?"));
}
