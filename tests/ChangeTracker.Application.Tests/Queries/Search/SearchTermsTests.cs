using ChangeTracker.Application.Queries;

namespace ChangeTracker.Application.Tests.Queries.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("TLS 1.3", "\"TLS\" \"1.3\"", "\"TLS\" OR \"1.3\"")]
    [InlineData("  vet\t-shadow ", "\"vet\" \"-shadow\"", "\"vet\" OR \"-shadow\"")]
    [InlineData("\"quoted\" AND (x OR y)*", "\"quoted\" \"AND\" \"x\" \"OR\" \"y\"", "\"quoted\" OR \"AND\" OR \"x\" OR \"OR\" OR \"y\"")]
    [InlineData("tls TLS", "\"tls\"", "\"tls\"")]
    public void Every_word_becomes_a_quoted_term(string query, string allOf, string anyOf)
    {
        var terms = SearchTerms.Parse(query)!;
        Assert.Equal(allOf, terms.AllOf);
        Assert.Equal(anyOf, terms.AnyOf);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*** ( ) \"")]
    [InlineData("\u0001\u0002\u0003")]
    public void Nothing_searchable_gives_no_terms(string? query) => Assert.Null(SearchTerms.Parse(query));

    [Fact]
    public void Control_characters_are_dropped_before_words_are_split()
    {
        Assert.Equal("TLS 1.3", SearchTerms.Clean("T\u0002LS\u0000 1.3\u001b"));
        Assert.Equal("\"TLS\" \"1.3\"", SearchTerms.Parse("T\u0002LS\u0000 1.3\u001b")!.AllOf);
    }
}
