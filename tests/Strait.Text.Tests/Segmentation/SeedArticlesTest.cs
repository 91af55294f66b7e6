using System.Globalization;
using Strait.Core.Documents;
using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Text.Tests.Segmentation;

/// <summary>The first stages over the five seed articles (read at run time from ../shared/seeds, never copied).</summary>
public sealed class SeedArticlesTest
{
    private const string HeaderPrefix = " date ";

    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestText.SharedFolder(), "seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>The seed's text and its header date, when its first line is " date YYYY-MM-DD Title".</summary>
    private static (string Text, PartialDate? Published) Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestText.SharedFolder(), "seeds", file));
        if (!text.StartsWith(HeaderPrefix, StringComparison.Ordinal))
        {
            return (text, null);
        }

        var date = PartialDate.Day(NodaTime.LocalDate.FromDateTime(DateTime.ParseExact(text.Substring(HeaderPrefix.Length, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return (text[(HeaderPrefix.Length + 11)..], date);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void RunsTheFirstStagesOverASeedArticle(string file)
    {
        var (text, published) = Read(file);
        var pipeline = StraitPipeline.Load(DataDirectory.Locate().Value).Value;
        var document = Document.Create(null, file, published, published is null ? PublishedBasis.Unknown : PublishedBasis.Header, text);

        var result = pipeline.Run(document);

        Assert.True(result.Success, result.Error?.ToString());
        var annotated = result.Value;
        if (published is not null)
        {
            Assert.Equal((published, PublishedBasis.Header), (annotated.Published, annotated.PublishedBasis));
            Assert.Contains(annotated.Times, t => t.IsRelative && t.When is not null);
        }
        else
        {
            Assert.NotEqual(PublishedBasis.Header, annotated.PublishedBasis);
        }

        Assert.NotEmpty(annotated.Sentences);
        Assert.NotEmpty(annotated.Times);
        Assert.NotEmpty(annotated.Actors);
        Assert.All(annotated.Sentences, s => Assert.False(string.IsNullOrWhiteSpace(s.Of(text))));
    }
}
