using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Ingest.Formats;

namespace Strait.Ingest.Tests;

public sealed class JsonLinesFormatTest
{
    private static List<Outcome<Document>> Read(string text) => new JsonLinesFormat().Read("news.jsonl", text).ToList();

    [Fact]
    public void Each_line_is_a_document_with_its_text_unchanged()
    {
        var lines = Read("""
            {"url": "https://made-up.example/1", "title": "Envoys meet", "published": "2031-03-05", "text": "The envoys met.\n\nThey smiled."}

            {"text": "An undated note on squid quotas."}
            """);

        Assert.Equal(2, lines.Count);
        var first = lines[0].Value;
        Assert.Equal("The envoys met.\n\nThey smiled.", first.Text);
        Assert.Equal("Envoys meet", first.Title);
        Assert.Equal("https://made-up.example/1", first.Source);
        Assert.Equal(PartialDate.Day(2031, 3, 5), first.Published);
        Assert.Equal(PublishedBasis.Metadata, first.PublishedBasis);
        var second = lines[1].Value;
        Assert.Equal("news.jsonl:3", second.Source);
        Assert.Equal(PublishedBasis.Unknown, second.PublishedBasis);
    }

    [Theory]
    [InlineData("{\"text\": \"unterminated", "not JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"title\": \"No text\"}", "no \"text\"")]
    [InlineData("{\"text\": \"Envoys met.\", \"published\": \"last week\"}", "not a date")]
    [InlineData("{\"text\": 42}", "must be a string")]
    public void A_bad_line_is_reported_with_its_number_and_the_others_go_on(string bad, string reason)
    {
        var lines = Read("{\"text\": \"The envoys met.\"}\n" + bad + "\n{\"text\": \"The envoys left.\"}\n");

        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].Success && lines[2].Success);
        Assert.Equal(ErrorCodes.MalformedFile, lines[1].Error?.Code);
        Assert.Equal("news.jsonl:2", lines[1].Error!.Where);
        Assert.Contains(reason, lines[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_is_read_as_its_day() =>
        Assert.Equal(PartialDate.Day(2031, 3, 5),
            Read("{\"text\": \"The envoys met.\", \"published\": \"2031-03-05T23:10:00+09:00\"}")[0].Value.Published);
}
