using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using static Strait.Store.Tests.Samples;

namespace Strait.Store.Tests;

/// <summary>The contract for sourced knowledge: almanac events without documents and indicator series.</summary>
public abstract partial class StoreContract
{
    private static readonly CodedEvent AlmanacMeeting = Sourced(EventType.CONSULT, "JPNGOV", "KORGOV", "2031-03-04",
        "Made-up: the foreign ministers met in Busan.", "Made-up Gazette, 2031-03-05");

    private static readonly CodedEvent AlmanacProtest = Sourced(EventType.ACCUSE, "KORGOV", "JPNGOV", "2030-11",
        "Made-up: Seoul protested a textbook decision.", "https://example.org/made-up/2030-11");

    private static readonly IndicatorObservation AffinityBefore = Value("affinity_made_up", "2030", 30.5, "face-to-face", seriesBreak: false);

    private static readonly IndicatorObservation AffinityAfter = Value("affinity_made_up", "2031", 40.0, "mail", seriesBreak: true);

    private static readonly IndicatorObservation Exports = Value("exports_made_up", "2030", 12.25, null, seriesBreak: false);

    [Fact]
    public void A_fresh_store_holds_no_knowledge()
    {
        var store = Open();

        Assert.True(store.Knowledge().IsEmpty);
        Assert.Empty(store.Series());
    }

    [Fact]
    public void Almanac_events_are_stored_without_a_document_with_their_sourced_evidence()
    {
        var store = Open();

        var saved = store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting, AlmanacProtest], []));

        Assert.Equal(new KnowledgeSaved(2, 2, 0, 0), saved);
        var events = store.Events(EventQuery.All);
        Assert.Equal([AlmanacProtest, AlmanacMeeting], events.Select(e => e.Event), new CodedEventComparer());
        Assert.All(events, e => Assert.Empty(e.DocumentIds));
        Assert.Empty(store.Documents());
        Assert.Equal(new KnowledgeCounts(2, 0), store.Knowledge());
    }

    [Fact]
    public void An_article_reporting_an_almanac_event_adds_its_evidence_to_it()
    {
        var store = Open();
        store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting], []));

        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", when: "2031-03")], []));

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(["Made-up: the foreign ministers met in Busan.", "met in Busan"], stored.Event.Evidence.Select(e => e.Text));
        Assert.Equal(["Made-up Gazette, 2031-03-05", null], stored.Event.Evidence.Select(e => e.Source));
        Assert.Equal([Summit.Id], stored.DocumentIds);
        Assert.Equal(PartialDate.ParseExact("2031-03-04"), stored.Event.When);
        Assert.Equal(1.0, stored.Event.Confidence);
    }

    [Fact]
    public void Knowledge_loaded_after_the_articles_merges_into_their_events()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", source: "KORGOV", target: "JPNGOV", when: "2031-03-04")], []));

        var saved = store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting, AlmanacProtest], []));

        Assert.Equal(new KnowledgeSaved(2, 2, 1, 0), saved);
        Assert.Equal(2, store.Events(EventQuery.All).Count);
        var meeting = Assert.Single(store.Events(new EventQuery(Type: EventType.CONSULT)));
        Assert.Equal(["met in Busan", "Made-up: the foreign ministers met in Busan."], meeting.Event.Evidence.Select(e => e.Text));
        Assert.Equal([1], store.Documents().Select(d => d.Events));
    }

    [Fact]
    public void Saving_knowledge_again_replaces_it_and_keeps_the_articles_evidence()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", when: "2031-03-04")], []));
        store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting, AlmanacProtest], [AffinityBefore, Exports]));

        var saved = store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting], [AffinityAfter]));

        Assert.Equal(new KnowledgeSaved(1, 1, 1, 1), saved);
        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(2, stored.Event.Evidence.Count);
        Assert.Equal([AffinityAfter], store.Series());
        Assert.Equal(new KnowledgeCounts(1, 1), store.Knowledge());
    }

    [Fact]
    public void Replacing_a_documents_analysis_keeps_the_almanacs_evidence_of_a_merged_event()
    {
        var store = Open();
        store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting], []));
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", when: "2031-03-04")], []));

        store.SaveAnalysis(Summit.Id, DocumentAnalysis.Empty);

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(AlmanacMeeting.Evidence, stored.Event.Evidence);
    }

    [Fact]
    public void Almanac_entries_that_are_the_same_event_become_one_event()
    {
        var store = Open();
        var sameMonth = Sourced(EventType.CONSULT, "KORGOV", "JPNGOV", "2031-03", "Made-up: talks in March.", "Made-up Weekly, 2031-03-30");

        var saved = store.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting, sameMonth], []));

        Assert.Equal(new KnowledgeSaved(2, 1, 0, 0), saved);
        Assert.Equal(2, Assert.Single(store.Events(EventQuery.All)).Event.Evidence.Count);
    }

    [Fact]
    public void Indicator_series_round_trip_by_series_and_date_apart_from_the_documents_indicators()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([], [Poll(Summit, "met in Busan", 41.5)]));

        store.SaveKnowledge(new SourcedKnowledge([], [AffinityAfter, Exports, AffinityBefore]));

        Assert.Equal([AffinityBefore, AffinityAfter, Exports], store.Series());
        Assert.Equal([Exports], store.Series("exports_made_up"));
        Assert.Equal([Summit.Id], store.Indicators().Select(i => i.DocumentId));
        Assert.Equal(new KnowledgeCounts(0, 3), store.Knowledge());
    }

    [Fact]
    public void Knowledge_is_there_after_reopening()
    {
        using (var first = OpenStore())
        {
            first.SaveKnowledge(new SourcedKnowledge([AlmanacMeeting], [Exports]));
        }

        var store = Open();

        Assert.Equal(new KnowledgeCounts(1, 1), store.Knowledge());
        Assert.Equal([Exports], store.Series());
    }

    [Fact]
    public void Knowledge_citing_a_document_is_refused_and_nothing_is_stored()
    {
        var store = Open();
        var fromArticle = Event(Summit, "met in Busan");

        var refused = Assert.Throws<ArgumentException>(() => store.SaveKnowledge(new SourcedKnowledge([AlmanacProtest, fromArticle], [])));

        Assert.Contains("Evidence.FromSource", refused.Message, StringComparison.Ordinal);
        Assert.True(store.Knowledge().IsEmpty);
        Assert.Empty(store.Events(EventQuery.All));
    }

    [Fact]
    public void A_series_value_without_a_source_is_refused()
    {
        var store = Open();
        var unsourced = Exports with { Indicator = Exports.Indicator with { Evidence = Evidence.FromSource("12.25", " ") } };

        Assert.Throws<ArgumentException>(() => store.SaveKnowledge(new SourcedKnowledge([], [unsourced])));
    }

    private static CodedEvent Sourced(EventType type, string source, string target, string when, string summary, string reference) =>
        new(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when),
            Issue.Diplomacy, [Evidence.FromSource(summary, reference)], 1.0);

    private static IndicatorObservation Value(string series, string when, double value, string? mode, bool seriesBreak) =>
        new(series,
            new Indicator("made-up measure", "JPN", value, "percent", PartialDate.ParseExact(when), "Made-up Office",
                Evidence.FromSource($"{value} percent", $"Made-up Office survey {when}")),
            mode, seriesBreak, seriesBreak ? "method changed" : null);
}
