using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;
using static Strait.Store.Tests.Samples;

namespace Strait.Store.Tests;

/// <summary>
/// What every backend of <see cref="IStraitStore"/> must do. A backend's test class derives from this one and
/// says how to open its store (SQLite: <see cref="SqliteStraitStoreTest"/>; PostgreSQL can follow).
/// </summary>
public abstract partial class StoreContract : IDisposable
{
    private readonly List<IStraitStore> _opened = [];

    /// <summary>Opens the test's database: the same one each time within a test, a fresh one for each test.</summary>
    protected abstract IStraitStore OpenStore();

    protected IStraitStore Open()
    {
        var store = OpenStore();
        _opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private static readonly Document Summit = Article(
        "Ministers from Tokyo and Seoul met in Busan on Tuesday.\r\nThey agreed to meet again — “soon”.", "2031-03-05");

    private static readonly Document Follow = Article(
        "A second made-up report says the Busan meeting of the two ministers took place this week.", "2031-03-07");

    [Fact]
    public void A_document_comes_back_as_it_went_in()
    {
        var store = Open();

        Assert.Equal(DocumentAdded.New, store.AddDocument(Summit));

        Assert.Equal(Summit, store.FindDocument(Summit.Id));
        Assert.True(store.HasDocument(Summit.Id));
    }

    [Fact]
    public void The_same_content_is_stored_once()
    {
        var store = Open();
        store.AddDocument(Summit);

        var again = store.AddDocument(Summit with { Source = "another-file.txt", Title = "Another title" });

        Assert.Equal(DocumentAdded.Duplicate, again);
        var stored = Assert.Single(store.Documents());
        Assert.Equal("made-up.txt", stored.Source);
    }

    [Fact]
    public void An_unknown_document_is_not_found()
    {
        var store = Open();

        Assert.Null(store.FindDocument("0000000000000000"));
        Assert.False(store.HasDocument("0000000000000000"));
    }

    [Fact]
    public void Events_and_indicators_round_trip_with_their_evidence()
    {
        var store = Open();
        var met = Event(Summit, "Ministers from Tokyo and Seoul met in Busan on Tuesday", when: "2031-03-04");
        var plan = Event(Summit, "agreed to meet again", type: EventType.AGREE, when: "2031-03", status: EventStatus.Planned, confidence: 0.6);
        var poll = Poll(Summit, "met in Busan", 41.5);

        store.AddDocument(Summit, new DocumentAnalysis([met, plan], [poll]));

        var events = store.Events(EventQuery.All);
        Assert.Equal(2, events.Count);
        Assert.Equal(plan, events[0].Event, new CodedEventComparer());
        Assert.Equal(met, events[1].Event, new CodedEventComparer());
        Assert.Equal([Summit.Id], events[0].DocumentIds);
        var stored = Assert.Single(store.Indicators());
        Assert.Equal(Summit.Id, stored.DocumentId);
        Assert.Equal(poll, stored.Indicator);
        Assert.Equal("met in Busan", Summit.Text[stored.Indicator.Evidence.Start..stored.Indicator.Evidence.End]);
    }

    [Fact]
    public void Documents_are_listed_by_date_with_undated_last_and_their_event_counts()
    {
        var store = Open();
        var undated = Article("An undated made-up note about fishing quotas.");
        store.AddDocument(undated);
        store.AddDocument(Follow);
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan")], []));

        var listed = store.Documents();

        Assert.Equal([Summit.Id, Follow.Id, undated.Id], listed.Select(d => d.Id));
        Assert.Equal([1, 0, 0], listed.Select(d => d.Events));
        Assert.Equal(Summit.Text.Length, listed[0].Characters);
        Assert.Equal(PublishedBasis.Unknown, listed[2].PublishedBasis);
        Assert.Null(listed[2].Published);
    }

    [Fact]
    public void A_second_report_of_the_same_event_adds_evidence_to_it()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", when: "2031-03-04")], []));

        // Week precision is not available, so the second report knows only the month; the dates overlap.
        store.AddDocument(Follow, new DocumentAnalysis([Event(Follow, "the Busan meeting", when: "2031-03", source: "KORGOV", target: "JPNGOV", confidence: 0.9)], []));

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(["met in Busan", "the Busan meeting"], stored.Event.Evidence.Select(e => e.Text));
        Assert.Equal([Summit.Id, Follow.Id], stored.DocumentIds);
        Assert.Equal(0.9, stored.Event.Confidence);
        Assert.Equal(PartialDate.ParseExact("2031-03-04"), stored.Event.When);
        Assert.Equal([1, 1], store.Documents().Select(d => d.Events));
    }

    [Theory]
    [InlineData(EventType.CONSULT, "KORGOV", "JPNGOV", "2031-03-04", 1)]
    [InlineData(EventType.CONSULT, "JPNGOV", "KORGOV", "2031-03-05", 2)]
    [InlineData(EventType.CONSULT, "JPNGOV", "CHNGOV", "2031-03-04", 2)]
    [InlineData(EventType.ACCUSE, "JPNGOV", "KORGOV", "2031-03-04", 2)]
    [InlineData(EventType.CONSULT, "JPNGOV", "KORGOV", null, 2)]
    public void Reports_merge_only_when_type_actors_and_dates_agree(EventType type, string source, string target, string? when, int expectedEvents)
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", when: "2031-03-04")], []));

        store.AddDocument(Follow, new DocumentAnalysis([Event(Follow, "the Busan meeting", type, source, target, when)], []));

        Assert.Equal(expectedEvents, store.Events(EventQuery.All).Count);
    }

    [Fact]
    public void Reversed_actors_do_not_merge_for_a_directed_type()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan", EventType.ACCUSE)], []));

        store.AddDocument(Follow, new DocumentAnalysis([Event(Follow, "the Busan meeting", EventType.ACCUSE, "KORGOV", "JPNGOV")], []));

        Assert.Equal(2, store.Events(EventQuery.All).Count);
    }

    [Fact]
    public void Saving_an_analysis_replaces_the_documents_previous_one()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis(
            [Event(Summit, "met in Busan"), Event(Summit, "agreed to meet again", EventType.AGREE)],
            [Poll(Summit, "met in Busan", 10)]));

        store.SaveAnalysis(Summit.Id, new DocumentAnalysis([Event(Summit, "agreed to meet again", EventType.REQUEST)], [Poll(Summit, "met in Busan", 20)]));

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(EventType.REQUEST, stored.Event.Type);
        Assert.Equal(20, Assert.Single(store.Indicators(Summit.Id)).Indicator.Value);
    }

    [Fact]
    public void Replacing_one_documents_analysis_keeps_the_evidence_of_the_others()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan")], []));
        store.AddDocument(Follow, new DocumentAnalysis([Event(Follow, "the Busan meeting")], []));

        store.SaveAnalysis(Summit.Id, DocumentAnalysis.Empty);

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal([Follow.Id], stored.DocumentIds);
    }

    [Fact]
    public void A_failure_half_way_through_saving_an_analysis_leaves_the_previous_one()
    {
        var store = Open();
        store.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan")], [Poll(Summit, "met in Busan", 10)]));
        var citesUnknownDocument = CitingUnknownDocument(Event(Summit, "agreed to meet again", EventType.AGREE));

        // The first event is written, then the second one's evidence breaks a foreign key.
        Assert.ThrowsAny<Exception>(() => store.SaveAnalysis(Summit.Id,
            new DocumentAnalysis([Event(Summit, "agreed to meet again", EventType.REQUEST), citesUnknownDocument], [])));

        var stored = Assert.Single(store.Events(EventQuery.All));
        Assert.Equal(EventType.CONSULT, stored.Event.Type);
        Assert.Equal(10, Assert.Single(store.Indicators()).Indicator.Value);
    }

    [Fact]
    public void A_failure_while_adding_a_document_stores_nothing_of_it()
    {
        var store = Open();
        var citesUnknownDocument = CitingUnknownDocument(Event(Summit, "met in Busan"));

        Assert.ThrowsAny<Exception>(() => store.AddDocument(Summit,
            new DocumentAnalysis([Event(Summit, "agreed to meet again", EventType.AGREE), citesUnknownDocument], [])));

        Assert.Empty(store.Documents());
        Assert.Empty(store.Events(EventQuery.All));
        Assert.Equal(DocumentAdded.New, store.AddDocument(Summit));
    }

    [Fact]
    public void An_inferred_date_is_stored_for_an_undated_document_only()
    {
        var store = Open();
        var undated = Article("An undated made-up note about last month's fishing talks.");
        store.AddDocument(undated, new DocumentAnalysis([], [], PartialDate.ParseExact("2031-02")));
        store.AddDocument(Summit, new DocumentAnalysis([], [], PartialDate.ParseExact("1999")));

        Assert.Equal((PartialDate.ParseExact("2031-02"), PublishedBasis.Inferred),
            (store.FindDocument(undated.Id)!.Published, store.FindDocument(undated.Id)!.PublishedBasis));
        Assert.Equal((PartialDate.ParseExact("2031-03-05"), PublishedBasis.Header),
            (store.FindDocument(Summit.Id)!.Published, store.FindDocument(Summit.Id)!.PublishedBasis));
    }

    [Fact]
    public void Saving_an_analysis_for_an_unknown_document_fails()
    {
        var store = Open();

        Assert.Throws<InvalidOperationException>(() => store.SaveAnalysis(Summit.Id, DocumentAnalysis.Empty));
    }

    [Fact]
    public void What_was_stored_is_there_after_reopening()
    {
        using (var first = OpenStore())
        {
            first.AddDocument(Summit, new DocumentAnalysis([Event(Summit, "met in Busan")], []));
        }

        var store = Open();

        Assert.Single(store.Documents());
        Assert.Single(store.Events(EventQuery.All));
    }

    // The events query, over five made-up events.

    [Fact]
    public void The_events_query_lists_every_event_in_date_order_with_undated_last() =>
        Assert.Equal(["2029", "2030/2031", "2031-03", "2031-03-20", ""], Whens(EventQuery.All));

    [Theory]
    [InlineData("2031-03-15", null, "2030/2031 2031-03 2031-03-20")]
    [InlineData(null, "2029-12-31", "2029")]
    [InlineData("2031-03-21", "2031-12", "2030/2031 2031-03")]
    [InlineData("2031", "2031", "2030/2031 2031-03 2031-03-20")]
    [InlineData("2032", null, "")]
    public void The_events_query_keeps_events_whose_dates_overlap_the_range(string? from, string? to, string expected)
    {
        var query = new EventQuery(
            from is null ? null : PartialDate.ParseExact(from),
            to is null ? null : PartialDate.ParseExact(to));

        Assert.Equal(expected, string.Join(' ', Whens(query)));
    }

    [Theory]
    [InlineData("KOR", 5)]
    [InlineData("KORGOV", 4)]
    [InlineData("KORLEG", 1)]
    [InlineData("CHN", 1)]
    [InlineData("jpn", 4)]
    [InlineData("USA", 0)]
    public void The_events_query_matches_an_actor_code_prefix_on_either_side(string actor, int expected) =>
        Assert.Equal(expected, QueryStore().Events(new EventQuery(Actor: actor)).Count);

    [Fact]
    public void The_events_query_filters_by_issue() =>
        Assert.Equal(["2031-03", "2031-03-20"], Whens(new EventQuery(Issue: Issue.Diplomacy)));

    [Fact]
    public void The_events_query_filters_by_type() =>
        Assert.Equal(["2030/2031", "2031-03"], Whens(new EventQuery(Type: EventType.CONSULT)));

    [Fact]
    public void The_events_query_combines_filters() =>
        Assert.Equal(["2031-03"], Whens(new EventQuery(PartialDate.ParseExact("2031"), null, Issue.Diplomacy, EventType.CONSULT, "JPN")));

    /// <summary>The event with its evidence pointing at a document that is not stored: writing it breaks a foreign key.</summary>
    private static CodedEvent CitingUnknownDocument(CodedEvent e) =>
        e with { Evidence = [e.Evidence[0] with { DocumentId = "ffffffffffffffff" }] };

    private IEnumerable<string> Whens(EventQuery query) =>
        QueryStore().Events(query).Select(e => e.Event.When?.ToString() ?? "");

    private IStraitStore QueryStore()
    {
        var store = Open();
        var doc = Article(
            "In 2029 Seoul accused Tokyo. In March 2031 the ministers met. Lawmakers of both sides asked for talks. " +
            "Beijing's envoy visited Seoul. Nobody knows when the fishermen protested.", "2031-04-01");
        store.AddDocument(doc, new DocumentAnalysis(
        [
            Event(doc, "Seoul accused Tokyo", EventType.ACCUSE, "KORGOV", "JPNGOV", "2029", Issue.History),
            Event(doc, "the ministers met", EventType.CONSULT, "JPNGOV", "KORGOV", "2031-03", Issue.Diplomacy),
            Event(doc, "Lawmakers of both sides asked for talks", EventType.REQUEST, "KORLEG", "JPNLEG", "2031-03-20", Issue.Diplomacy),
            Event(doc, "Beijing's envoy visited Seoul", EventType.CONSULT, "CHNGOV", "KORGOV", "2030/2031", Issue.China),
            Event(doc, "the fishermen protested", EventType.PROTEST, "JPNCVL", "KORGOV", null, Issue.Territory),
        ], []));
        return store;
    }
}
