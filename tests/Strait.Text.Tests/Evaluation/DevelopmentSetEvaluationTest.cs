namespace Strait.Text.Tests.Evaluation;

/// <summary>
/// Runs the whole pipeline over each development set (the seed articles, eval/holdout, eval/dev2, eval/dev3, eval/dev4, eval/dev5, eval/dev6, eval/dev7 and
/// eval/sentences; the dated ones also with their date lines dropped, so that publication dates must be inferred;
/// never the sealed eval/holdout2, eval/holdout3 and eval/holdout4, nor the untouched eval/dev8) and asserts the figures reached so far: floors a little under the measured values that
/// catch regressions. Raise them as the coder improves (eval/README.md keeps the history).
/// </summary>
public sealed class DevelopmentSetEvaluationTest
{
    public static TheoryData<string, int, int, double, double, double, int> Sets => new()
    {
        // set, articles, publication dates right, event F1, lenient F1, strict F1, indicators matched
        { "seeds", 5, 5, 0.62, 0.68, 0.42, 9 },       // measured 0.625 / 0.688 / 0.425, 9 of 9 (0.617 at the start of the thirteenth session)
        { "holdout", 8, 8, 0.71, 0.77, 0.41, 11 },    // measured 0.713 / 0.779 / 0.418, 12 of 12 (0.705 before a court's dismissal was coded REJECT toward the plaintiffs)
        { "dev2", 10, 10, 0.63, 0.69, 0.30, 9 },      // measured 0.632 / 0.695 / 0.310, 10 of 11 (0.636 before "agreed to <act>" was coded COOPERATE, the seed gold's and newer sets' convention; dev2 codes it AGREE)
        { "sentences", 160, 160, 0.84, 0.85, 0.40, 1 }, // measured 0.841 / 0.854 / 0.408, 1 of 1 (0.844 before "set foot on" disputed islets was coded REJECT; this set codes it PROTEST)
        { "dev3", 10, 10, 0.61, 0.70, 0.31, 18 },     // measured 0.615 / 0.709 / 0.321, 19 of 21 (0.623 before "agreed to <act>" was coded COOPERATE, the seed gold's and newer sets' convention; dev3 codes it AGREE)
        { "dev4", 10, 10, 0.44, 0.52, 0.17, 20 },     // measured 0.447 / 0.523 / 0.171, 21 of 32 (0.357 untouched)
        { "dev5", 10, 10, 0.48, 0.56, 0.23, 18 },     // measured 0.488 / 0.565 / 0.240, 19 of 20 (0.375 / 0.500 / 0.191 and 11 of 20 untouched)
        { "dev6", 10, 10, 0.45, 0.52, 0.23, 16 },     // measured 0.454 / 0.531 / 0.240, 17 of 18 (0.375 / 0.484 / 0.208 untouched)
        { "dev7", 10, 9, 0.43, 0.51, 0.22, 11 },      // measured 0.436 / 0.521 / 0.232, 12 of 21 (0.378 / 0.487 / 0.193 untouched)
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_development_set_scores_at_least_its_recorded_floor(string set, int articles, int published, double f1, double lenient, double strict, int indicators)
    {
        var evaluation = set == "seeds" ? Seeds() : Repository(set);

        Assert.Equal(articles, evaluation.Articles.Count);
        Assert.True(evaluation.Published.Correct >= published, $"{set}: publication dates right {evaluation.Published.Correct}");
        Assert.True(evaluation.Events.F1 >= f1, $"{set}: event F1 {evaluation.Events.F1:0.000}");
        Assert.True(evaluation.EventsLenient.F1 >= lenient, $"{set}: lenient F1 {evaluation.EventsLenient.F1:0.000}");
        Assert.True(evaluation.EventsStrict.F1 >= strict, $"{set}: strict F1 {evaluation.EventsStrict.F1:0.000}");
        Assert.True(evaluation.Indicators.Matched >= indicators, $"{set}: indicators matched {evaluation.Indicators.Matched}");
    }

    public static TheoryData<string, int> SetsWithoutDateLines => new()
    {
        // set, publication dates right (at the gold's precision) when every article's date line is dropped
        { "seeds", 3 },    // measured 3 of 5 (4 of 5 to the month)
        { "holdout", 6 },  // measured 6 of 8 (8 of 8 to the month)
        { "dev2", 5 },     // measured 5 of 10 (9 of 10 to the month)
        { "dev3", 7 },     // measured 7 of 10 (9 of 10 to the month)
        { "dev4", 3 },     // measured 3 of 10 (2 of 10 before "who returns on <day>" was read as scheduled)
        { "dev5", 5 },     // measured 5 of 10
        { "dev6", 5 },     // measured 5 of 10
        { "dev7", 3 },     // measured 3 of 10
    };

    [Theory]
    [MemberData(nameof(SetsWithoutDateLines))]
    public void Without_their_date_lines_development_articles_are_dated_at_least_as_often_as_recorded(string set, int published)
    {
        var evaluation = set == "seeds" ? Seeds(withoutDateLines: true) : Repository(set, withoutDateLines: true);

        Assert.True(evaluation.Published.Correct >= published, $"{set} without date lines: publication dates right {evaluation.Published.Correct}");
    }

    private static Strait.Text.Evaluation.CorpusEvaluation Seeds(bool withoutDateLines = false)
    {
        var shared = TestData.SharedDirectory();
        Assert.NotNull(shared);
        return GoldScoring.Score(Path.Combine(shared, "eval", "seeds.gold.jsonl"), Path.Combine(shared, "seeds"), withoutDateLines);
    }

    private static Strait.Text.Evaluation.CorpusEvaluation Repository(string set, bool withoutDateLines = false)
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestData.DataDirectory())!, "eval", set);
        return GoldScoring.Score(Path.Combine(folder, "gold.jsonl"), folder, withoutDateLines);
    }
}
