using System.Text.RegularExpressions;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Evaluation;

/// <summary>Runs the whole pipeline with the built-in knowledge over the articles of a gold file and scores it.</summary>
internal static partial class GoldScoring
{
    /// <summary>Scores the pipeline on the gold file's articles; <paramref name="withoutDateLines"/> drops each file's date line, so publication dates must be inferred.</summary>
    public static CorpusEvaluation Score(string goldFile, string articles, bool withoutDateLines = false)
    {
        var gold = AnnotationReader.ReadFile(goldFile).Value;
        var data = TestData.DataDirectory();
        var pipeline = StraitPipeline.Load(data, CodingComponents.Load(data).Value).Value;
        var extracted = gold.Select(article =>
        {
            var read = ReadPlainText(Path.Combine(articles, article.Doc));
            var input = withoutDateLines ? read with { Published = null, PublishedBasis = PublishedBasis.Unknown } : read;
            var document = pipeline.Run(input).Value;
            return ExtractionAnnotation.From(document, article.Doc);
        }).ToList();
        return CorpusEvaluation.Evaluate(gold, extracted);
    }

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
