using System.Text.RegularExpressions;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Evaluation;

/// <summary>
/// Runs the whole pipeline over the seed articles and scores it against the seed gold file, asserting the
/// figures reached so far (a floor that catches regressions; raise it as the coder improves).
/// </summary>
public sealed partial class SeedEvaluationTest
{
    [Fact]
    public void The_seed_articles_score_at_least_the_recorded_floor()
    {
        var shared = TestData.SharedDirectory();
        Assert.NotNull(shared);
        var gold = AnnotationReader.ReadFile(Path.Combine(shared, "eval", "seeds.gold.jsonl")).Value;
        var pipeline = Pipeline(TestData.DataDirectory());
        var extracted = gold.Select(article =>
        {
            var document = pipeline.Run(ReadPlainText(Path.Combine(shared, "seeds", article.Doc))).Value;
            return ExtractionAnnotation.From(document, article.Doc);
        }).ToList();

        var evaluation = CorpusEvaluation.Evaluate(gold, extracted);

        Assert.Equal(5, evaluation.Articles.Count);
        Assert.True(evaluation.Published.Correct >= 5, $"publication dates right: {evaluation.Published.Correct}");
        Assert.True(evaluation.Events.F1 >= 0.49, $"event F1 {evaluation.Events.F1:0.000}");
        Assert.True(evaluation.EventsLenient.F1 >= 0.58, $"lenient F1 {evaluation.EventsLenient.F1:0.000}");
        Assert.True(evaluation.EventsStrict.F1 >= 0.235, $"strict F1 {evaluation.EventsStrict.F1:0.000}");
        Assert.True(evaluation.Indicators.Matched >= 8, $"indicators matched {evaluation.Indicators.Matched}");
    }

    private static TextPipeline Pipeline(string data) => StraitPipeline.Load(data, CodingComponents.Load(data).Value).Value;

    /// <summary>The plain-text article format: an optional first line " date YYYY-MM-DD" before the text.</summary>
    private static Document ReadPlainText(string path)
    {
        var text = File.ReadAllText(path);
        var header = DateHeader().Match(text);
        PartialDate? published = header.Success ? PartialDate.ParseExact(header.Groups["date"].Value) : null;
        return Document.Create(null, path, published, published is null ? PublishedBasis.Unknown : PublishedBasis.Header,
            header.Success ? text[header.Length..] : text);
    }

    [GeneratedRegex(@"\A\uFEFF?[ \t]*date[ \t]+(?<date>\d{4}-\d{2}-\d{2})[ \t]*")]
    private static partial Regex DateHeader();
}
