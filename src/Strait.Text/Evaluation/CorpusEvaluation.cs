namespace Strait.Text.Evaluation;

/// <summary>Scores over all articles of a gold file: sums of the per-article counts.</summary>
public sealed record CorpusEvaluation(IReadOnlyList<ArticleEvaluation> Articles)
{
    public PublishedScore Published => new(Articles.Count(a => a.PublishedCorrect), Articles.Count);

    public Score Events => Sum(a => a.Events);

    public Score EventsLenient => Sum(a => a.EventsLenient);

    public Score EventsStrict => Sum(a => a.EventsStrict);

    public Score Indicators => Sum(a => a.Indicators);

    /// <summary>Scores each gold article against the extracted article of the same <c>doc</c> (none: nothing extracted, no date).</summary>
    public static CorpusEvaluation Evaluate(IReadOnlyList<ArticleAnnotation> gold, IReadOnlyList<ArticleAnnotation> extracted)
    {
        var byDoc = extracted.GroupBy(a => a.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new CorpusEvaluation(gold
            .Select(g => ArticleScorer.Score(g, byDoc.TryGetValue(g.Doc, out var e) ? e : new ArticleAnnotation(g.Doc, null, Core.Documents.PublishedBasis.Unknown, [], [])))
            .ToList());
    }

    private Score Sum(Func<ArticleEvaluation, Score> pick) => Articles.Aggregate(Score.Empty, (total, a) => total.Add(pick(a)));
}
