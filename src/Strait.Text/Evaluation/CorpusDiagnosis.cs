namespace Strait.Text.Evaluation;

/// <summary>The diagnoses of every article of a gold file, with their counts (<see cref="DiagnosisSummary"/>).</summary>
public sealed record CorpusDiagnosis(IReadOnlyList<ArticleDiagnosis> Articles)
{
    public DiagnosisSummary Summary => DiagnosisSummary.Of(Articles);

    /// <summary>
    /// Diagnoses each gold article against the extracted article of the same <c>doc</c> (none: nothing extracted),
    /// reading its text from <paramref name="texts"/> by <c>doc</c> (none: an empty text).
    /// </summary>
    public static CorpusDiagnosis Diagnose(IReadOnlyList<ArticleAnnotation> gold, IReadOnlyList<ArticleAnnotation> extracted,
        IReadOnlyDictionary<string, string> texts)
    {
        var byDoc = extracted.GroupBy(a => a.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new CorpusDiagnosis(gold
            .Select(g => ArticleDiagnosis.Of(g,
                byDoc.TryGetValue(g.Doc, out var e) ? e : new ArticleAnnotation(g.Doc, null, Core.Documents.PublishedBasis.Unknown, [], []),
                texts.TryGetValue(g.Doc, out var text) ? text : ""))
            .ToList());
    }
}
