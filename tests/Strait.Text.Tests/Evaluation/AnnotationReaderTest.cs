using Strait.Core;
using Strait.Core.Events;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Evaluation;

public sealed class AnnotationReaderTest
{
    private const string Line =
        """{"doc": "x.txt", "published": "2031-02", "published_basis": "inferred", "events": [{"when": "2030/2031", "status": "planned", "source": "ABCGOV", "target": "IGOWTO", "type": "ACCUSE", "issue": "trade", "evidence": "Abcland filed a case"}], "indicators": [{"measure": "trust", "population": "ABC", "value": 12.5, "unit": "percent", "when": "2031", "by": "a pollster", "evidence": "12.5 percent"}]}""";

    [Fact]
    public void Reads_an_article_line()
    {
        var result = AnnotationReader.Read(new StringReader(Line + "\n\n"), "gold.jsonl");
        Assert.True(result.Success);
        var article = Assert.Single(result.Value);
        Assert.Equal("2031-02", article.Published!.ToString());
        var e = Assert.Single(article.Events);
        Assert.Equal(EventType.ACCUSE, e.Type);
        Assert.Equal(EventStatus.Planned, e.Status);
        Assert.Equal("IGOWTO", e.Target.ToString());
        Assert.Equal(12.5, Assert.Single(article.Indicators).Value);
    }

    [Fact]
    public void A_null_publication_date_reads_as_unknown()
    {
        var result = AnnotationReader.Read(new StringReader("""{"doc": "y.txt", "published": null, "published_basis": "unknown", "events": []}"""), "g");
        Assert.Null(Assert.Single(result.Value).Published);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"published": "2030"}""")]
    [InlineData("""{"doc": "z.txt", "events": [{"when": "2030", "source": "ABC", "target": "XYZ", "type": "HUG"}]}""")]
    [InlineData("""{"doc": "z.txt", "events": [{"when": "20301", "source": "ABC", "target": "XYZ", "type": "AID"}]}""")]
    public void A_bad_line_fails_naming_the_line(string line)
    {
        var result = AnnotationReader.Read(new StringReader(Line + "\n" + line), "gold.jsonl");
        Assert.False(result.Success);
        Assert.Equal(ErrorCodes.Gold, result.Error!.Code);
        Assert.Contains("gold.jsonl:2", result.Error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var article = AnnotationReader.Read(new StringReader(Line), "g").Value[0];
        var again = AnnotationReader.ParseLine(AnnotationWriter.ToJsonLine(article), "w").Value;
        Assert.Equal(article.Events, again.Events);
        Assert.Equal(article.Indicators, again.Indicators);
        Assert.Equal(article.Published, again.Published);
    }

    [Fact]
    public void The_writer_lists_the_triggers_the_coder_set_aside_and_the_reader_ignores_them()
    {
        var article = AnnotationReader.Read(new StringReader(Line), "g").Value[0] with
        {
            SetAside = [new SetAsideTrigger(4, 11, "accused", EventType.ACCUSE, SetAsideReason.NoSource)],
        };

        var line = AnnotationWriter.ToJsonLine(article);

        Assert.Contains("\"set_aside\":[{\"words\":\"accused\",\"type\":\"ACCUSE\",\"reason\":\"no_source\",\"start\":4,\"end\":11}]", line, StringComparison.Ordinal);
        Assert.Equal(article.Events, AnnotationReader.ParseLine(line, "w").Value.Events);
        Assert.DoesNotContain("set_aside", AnnotationWriter.ToJsonLine(article with { SetAside = [] }), StringComparison.Ordinal);
    }
}
