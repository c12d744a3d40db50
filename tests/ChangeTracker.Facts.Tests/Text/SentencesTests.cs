using ChangeTracker.Facts.Text;

namespace ChangeTracker.Facts.Tests.Text;

public sealed class SentencesTests
{
    [Fact]
    public void Splits_at_sentence_ends_but_not_after_abbreviations()
    {
        Assert.Equal(["Frobs are faster, e.g. on arm64.", "Nothing else changed."],
            Sentences.Split("Frobs are faster, e.g. on arm64. Nothing else changed."));
    }

    [Theory]
    [InlineData("Since this release, ./... skips the frob folders. A second sentence follows.", "Since this release, ./... skips the frob folders.")]
    [InlineData("The pattern std/... now lists frob packages too.", "The pattern std/... now lists frob packages too.")]
    public void A_go_package_pattern_ends_no_sentence(string text, string first)
    {
        Assert.Equal(first, Sentences.Split(text)[0]);
    }

    [Fact]
    public void Three_dots_after_a_word_still_end_a_sentence()
    {
        Assert.Equal(2, Sentences.Split("The frob waited... Then it stopped.").Count);
    }
}
