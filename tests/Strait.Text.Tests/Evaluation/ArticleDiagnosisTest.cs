using Strait.Core.Events;
using Strait.Text.Evaluation;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Evaluation;

public sealed class ArticleDiagnosisTest : IDisposable
{
    private const string Summoned = "The Ruritanian foreign ministry summoned the Freedonian ambassador on Tuesday";
    private const string Rejected = "Freedonia later rejected the protest note";
    private const string Tariffs = "Ruritania imposed tariffs on Freedonian steel";
    private const string Condemned = "Freedonia condemned the tariffs the same day";

    private readonly DiagnosisFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_gold_event_where_nothing_was_coded_says_so()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "REJECT", "XYZGOV", "ABCGOV", Rejected)],
            [DiagnosisFiles.Coded("2031-06-17", "ACCUSE", "ABCGOV", "XYZGOV", Summoned)]);

        var miss = Assert.Single(diagnosis.Misses);
        Assert.Equal(MissKind.NothingCoded, miss.Kind);
        Assert.Equal("nothing_coded", miss.Category);
        Assert.Equal("nothing coded at this span: no trigger phrase of the pattern file matches here", miss.Explain());
        Assert.Equal("no_trigger", miss.NothingCodedCategory);
        var wrong = Assert.Single(diagnosis.False);
        Assert.Equal(FalseKind.NoGoldHere, wrong.Kind);
        Assert.Equal("no gold event here", wrong.Explain());
    }

    [Fact]
    public void A_gold_event_where_the_coder_set_a_trigger_aside_names_the_trigger_and_the_reason()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "REJECT", "XYZGOV", "ABCGOV", Rejected), DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs)],
            [DiagnosisFiles.Coded("2031-06-17", "ACCUSE", "ABCGOV", "XYZGOV", Summoned)],
            [DiagnosisFiles.SetAsideAt("imposed tariffs", EventType.SANCTION, SetAsideReason.NoSource),
             DiagnosisFiles.SetAsideAt("Freedonia", EventType.SANCTION, SetAsideReason.Question)]);

        Assert.Equal(["no_trigger", "no_source"], diagnosis.Misses.Select(m => m.NothingCodedCategory));
        Assert.Equal("nothing coded at this span: trigger \"imposed tariffs\" (SANCTION) set aside: no source actor found", diagnosis.Misses[1].Explain());
        var summary = DiagnosisSummary.Of([diagnosis]);
        Assert.Equal(1, summary.NothingCodedWhy["no_source"]);
        Assert.Equal(1, summary.NothingCodedWhy["no_trigger"]);
        Assert.Equal(0, summary.NothingCodedWhy["question"]);
    }

    [Theory]
    [InlineData("2031-07", "SANCTION", "ABC", "XYZ", "when", "when 2031-07 vs gold 2031-06")]
    [InlineData("2031", "SANCTION", "ABC", "XYZ", "when", "date too coarse: year 2031 vs gold month 2031-06")]
    [InlineData(null, "SANCTION", "ABC", "XYZ", "when", "no date vs gold 2031-06")]
    [InlineData("2031-06", "ACCUSE", "ABC", "XYZ", "type", "type ACCUSE vs gold SANCTION")]
    [InlineData("2031-06", "SANCTION", "ABC", "QRS", "actors", "target QRS vs gold XYZ")]
    [InlineData("2031-06", "SANCTION", "XYZ", "ABC", "actors", "source and target swapped: XYZ→ABC vs gold ABC→XYZ")]
    [InlineData("2031-05", "ACCUSE", "ABC", "XYZ", "when_type", "when 2031-05 vs gold 2031-06; type ACCUSE vs gold SANCTION")]
    [InlineData("2030", "PROTEST", "QRS", "XYZ", "when_type_actors", "when 2030 vs gold 2031-06; type PROTEST vs gold SANCTION; source QRS vs gold ABC")]
    public void A_near_miss_names_the_fields_that_differ(string? when, string type, string source, string target, string category, string explained)
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs)],
            [DiagnosisFiles.Coded(when, type, source + "GOV", target + "GOV", Tariffs)]);

        var miss = Assert.Single(diagnosis.Misses);
        Assert.Equal(MissKind.FieldsDiffer, miss.Kind);
        Assert.Equal(category, miss.Category);
        Assert.StartsWith(explained + " (coded ", miss.Explain(), StringComparison.Ordinal);
        var wrong = Assert.Single(diagnosis.False);
        Assert.Equal(FalseKind.NearMiss, wrong.Kind);
        Assert.Same(miss.Gold, wrong.Gold);
    }

    [Fact]
    public void The_closest_coded_event_is_the_one_that_differs_in_fewest_fields()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs)],
            [
                DiagnosisFiles.Coded("2030", "ACCUSE", "ABCGOV", "XYZGOV", "Ruritania imposed tariffs"),
                DiagnosisFiles.Coded("2031-06", "SANCTION", "ABCGOV", "QRSGOV", Tariffs),
            ]);

        var miss = Assert.Single(diagnosis.Misses);
        Assert.Equal("actors", miss.Category);
        Assert.Equal("QRSGOV", miss.Closest!.Target.ToString());
        Assert.Equal([FalseKind.ExtraAtGoldSpan, FalseKind.NearMiss], diagnosis.False.Select(f => f.Kind));
    }

    [Fact]
    public void A_second_coded_event_at_a_matched_gold_span_is_an_extra()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs)],
            [
                DiagnosisFiles.Coded("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs),
                DiagnosisFiles.Coded("2031-06", "ACCUSE", "XYZGOV", "ABCGOV", "tariffs on Freedonian steel"),
            ]);

        Assert.Empty(diagnosis.Misses);
        var wrong = Assert.Single(diagnosis.False);
        Assert.Equal(FalseKind.ExtraAtGoldSpan, wrong.Kind);
        Assert.Equal("extra: the gold event here (2031-06 SANCTION ABCGOV→XYZGOV) went to another coded event", wrong.Explain());
    }

    [Fact]
    public void A_gold_event_whose_place_holds_only_another_gold_events_match_says_so()
    {
        // Two gold events in one sentence; the coder found only the first.
        var diagnosis = _files.Diagnose(
            [
                DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs + " and\nFreedonia condemned"),
                DiagnosisFiles.Gold("2031-06", "ACCUSE", "XYZGOV", "ABCGOV", Condemned),
            ],
            [DiagnosisFiles.Coded("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs + " and\nFreedonia condemned")]);

        var miss = Assert.Single(diagnosis.Misses);
        Assert.Equal(MissKind.CodedForOtherGold, miss.Kind);
        Assert.Equal("coded_for_other_gold", miss.Category);
        Assert.Equal("the event coded here (2031-06 SANCTION ABCGOV→XYZGOV) matched another gold event", miss.Explain());
        Assert.Empty(diagnosis.False);
    }

    [Fact]
    public void Gold_evidence_that_is_not_in_the_article_is_reported_as_such()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", "Ruritania banned Freedonian cheese")],
            [DiagnosisFiles.Coded("2031-06", "REJECT", "XYZGOV", "ABCGOV", Rejected)]);

        Assert.Equal(MissKind.EvidenceNotFound, Assert.Single(diagnosis.Misses).Kind);
        Assert.Equal(FalseKind.NoGoldHere, Assert.Single(diagnosis.False).Kind);
    }

    [Fact]
    public void Gold_evidence_is_found_across_a_line_break_written_as_a_space()
    {
        var diagnosis = _files.Diagnose(
            [DiagnosisFiles.Gold("2031-06", "ACCUSE", "XYZGOV", "ABCGOV", "Freedonian steel and Freedonia condemned the tariffs")],
            [DiagnosisFiles.Coded("2031-07", "ACCUSE", "XYZGOV", "ABCGOV", Condemned)]);

        Assert.Equal("when", Assert.Single(diagnosis.Misses).Category);
    }

    [Fact]
    public void With_nothing_extracted_every_miss_is_nothing_coded()
    {
        var diagnosis = _files.Diagnose(
            [
                DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs),
                DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", "words that are nowhere"),
            ],
            []);

        Assert.All(diagnosis.Misses, m => Assert.Equal(MissKind.NothingCoded, m.Kind));
        Assert.Empty(diagnosis.False);
    }

    [Fact]
    public void The_misses_and_false_events_are_exactly_those_of_the_score()
    {
        var diagnosis = _files.Diagnose(
            [
                DiagnosisFiles.Gold("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs),
                DiagnosisFiles.Gold("2031-06", "ACCUSE", "XYZGOV", "ABCGOV", Condemned),
                DiagnosisFiles.Gold("2031-06", "REJECT", "XYZGOV", "ABCGOV", Rejected),
            ],
            [
                DiagnosisFiles.Coded("2031-06", "SANCTION", "ABCGOV", "XYZGOV", Tariffs),
                DiagnosisFiles.Coded("2031", "ACCUSE", "XYZGOV", "ABCGOV", Condemned),
                DiagnosisFiles.Coded("2031-06-17", "CONSULT", "ABCGOV", "XYZGOV", "Envoys of both countries met in Geneva"),
            ],
            out var evaluation);

        Assert.Equal(evaluation.Missed, diagnosis.Misses.Select(m => m.Gold));
        Assert.Equal(evaluation.False, diagnosis.False.Select(f => f.Extracted));
        Assert.Equal(["when", "nothing_coded"], diagnosis.Misses.Select(m => m.Category));
        Assert.Equal([FalseKind.NearMiss, FalseKind.NoGoldHere], diagnosis.False.Select(f => f.Kind));
    }

    [Fact]
    public void A_coded_event_merged_from_two_statements_is_found_at_either()
    {
        var gold = new AnnotatedEvent(Core.Time.PartialDate.ParseExact("2031-06"), Core.Events.EventStatus.Occurred,
            Core.Actors.ActorCode.ParseExact("XYZGOV"), Core.Actors.ActorCode.ParseExact("ABCGOV"), Core.Events.EventType.REJECT,
            Core.Events.Issue.Trade, Rejected);
        var start = DiagnosisFiles.Article.IndexOf(Rejected, StringComparison.Ordinal);
        var coded = gold with
        {
            Type = Core.Events.EventType.ACCUSE, Evidence = "summoned", Start = 32, End = 40,
            OtherSpans = [new EvidenceRange(start, start + Rejected.Length)],
        };
        var article = new ArticleAnnotation("a.txt", null, Core.Documents.PublishedBasis.Unknown, [gold], []);

        var diagnosis = ArticleDiagnosis.Of(article, article with { Events = [coded] }, DiagnosisFiles.Article);

        Assert.Equal("type", Assert.Single(diagnosis.Misses).Category);
        var wrong = Assert.Single(diagnosis.False);
        Assert.Equal(FalseKind.NearMiss, wrong.Kind);
        Assert.Equal(new EvidenceRange(start, start + Rejected.Length), wrong.At);
    }
}
