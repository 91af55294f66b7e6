using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The few references the coder resolves: "he"/"she" to the last named person of the paragraph (else of the one
/// before), "it" to the last state actor of the paragraph (opening a sentence, to the last sentence's subject first),
/// "they" acting alone to the last group, "the two leaders"/"both countries" to the two most recent actors of
/// different countries (people first; for "both countries" the pair last joined by "and", else the two main countries
/// named most nearby), "the trilateral summit" to three main countries, and the countries named nearby. State for one
/// document, fed mention by mention in reading order.
/// </summary>
public sealed class ReferenceTracker
{
    private readonly List<ActorMention> _people = [];
    private readonly List<ActorMention> _bodies = [];
    private readonly List<int> _personParagraphs = [];
    private readonly List<ActorMention> _states = [];
    private int _paragraph = -1;

    /// <summary>How many paragraphs, this one included, an object pronoun's person may be named in.</summary>
    public const int ObjectPersonParagraphs = 3;
    private int _previousParagraph = -1;
    private ActorMention? _lastPersonInParagraph;
    private ActorMention? _lastStateInParagraph;
    private ActorCode? _lastSourceInParagraph;
    private ActorMention? _lastPersonBefore;
    private ActorMention? _lastStateBefore;
    private (ActorCode Actor, int Paragraph)? _subject;
    private List<string>? _group;
    private (ActorCode Actor, int Paragraph)? _lastGroup;
    private readonly List<(string Country, int Paragraph)> _countries = [];
    private (ActorCode First, ActorCode Second, int Paragraph)? _coordinated;
    private (ActorCode First, ActorCode Second, int Paragraph)? _joint;
    private (IReadOnlyList<string> Countries, int Paragraph)? _jointGroup;
    private readonly List<(ActorCode Actor, EventType Type, int Paragraph)> _actors = [];

    public void EnterParagraph(int paragraph)
    {
        if (paragraph != _paragraph)
        {
            _previousParagraph = _paragraph;
            _paragraph = paragraph;
            _lastPersonBefore = _lastPersonInParagraph;
            _lastStateBefore = _lastStateInParagraph;
            _lastPersonInParagraph = null;
            _lastStateInParagraph = null;
            _lastSourceInParagraph = null;
        }
    }

    public void Saw(ActorMention mention)
    {
        if (!mention.Actor.IsInternationalBody)
        {
            _countries.Add((mention.Actor.CountryPart, _paragraph));
        }

        switch (mention.Kind)
        {
            case MentionKind.Person:
                _people.Add(mention);
                _personParagraphs.Add(_paragraph);
                _lastPersonInParagraph = mention;
                break;
            case MentionKind.Country or MentionKind.Metonym:
                _states.Add(mention);
                _lastStateInParagraph = mention;
                break;
            case MentionKind.Group or MentionKind.Demonym when !mention.Actor.IsInternationalBody:
                _lastGroup = (mention.Actor, _paragraph);
                _bodies.Add(mention);
                break;
            case MentionKind.Organisation:
                _bodies.Add(mention);
                break;
        }
    }

    /// <summary>Two actors of different countries joined by "and" ("Freedonia and Sylvania"): what "both" most likely refers to next.</summary>
    public void SawCoordinated(ActorCode first, ActorCode second) => _coordinated = (first, second, _paragraph);

    /// <summary>The parties of a coded joint act ("X met Y"): what "the two sides" most likely refers to next in the paragraph.</summary>
    public void SawJoint(ActorCode first, ActorCode second) => _joint = (first, second, _paragraph);

    /// <summary>The countries of a coded joint act of three or more ("the leaders of X, Y and Z met"): what "the three" most likely refers to next.</summary>
    public void SawJointGroup(IReadOnlyList<string> countries) => _jointGroup = (countries, _paragraph);

    /// <summary>The countries of the last joint act of three or more in this paragraph or the one before; null when none.</summary>
    public IReadOnlyList<string>? JointGroup() =>
        _jointGroup is var (countries, paragraph) && (paragraph == _paragraph || paragraph == _previousParagraph) ? countries : null;

    /// <summary>A coded event's source and type: "it" in the paragraph's next sentences most likely names it again.</summary>
    public void SawSource(ActorCode source, EventType type)
    {
        if (source.IsInternationalBody)
        {
            return;
        }

        _actors.Add((source, type, _paragraph));
        if (source.Role is ActorRole.None or ActorRole.GOV or ActorRole.MIL)
        {
            _lastSourceInParagraph = source;
        }
    }

    /// <summary>
    /// What "the decision" or "that move" most likely refers to: the source of the latest coded act of a country other
    /// than <paramref name="countries"/> of one of <paramref name="types"/> when it names some ("the launch", "the
    /// attack": anywhere earlier in the article), else of any type in this paragraph or the one before; null when none.
    /// </summary>
    public ActorCode? LastActorOtherThan(IReadOnlyCollection<string> countries, IReadOnlySet<EventType>? types = null) =>
        (types is { Count: > 0 } ? LastActor((actor, type) => !countries.Contains(actor.CountryPart) && types.Contains(type), anywhere: true) : null) ??
        LastActor((actor, _) => !countries.Contains(actor.CountryPart), anywhere: false);

    /// <summary>
    /// For a domestic actor's act on an act referred to ("lawmakers voted to lift it"): the last actor of the same country
    /// but another role that acted in this paragraph or the one before (the president who declared martial law); null when none.
    /// </summary>
    public ActorCode? LastActorAtHomeOtherThan(ActorCode source, IReadOnlySet<EventType>? types = null) =>
        LastActor((actor, type) => actor.CountryPart == source.CountryPart && actor.Role != source.Role && (types is not { Count: > 0 } || types.Contains(type)),
            anywhere: false);

    /// <summary>The source of the latest coded act that <paramref name="fits"/>, anywhere earlier or only in this paragraph or the one before.</summary>
    private ActorCode? LastActor(Func<ActorCode, EventType, bool> fits, bool anywhere)
    {
        for (var i = _actors.Count - 1; i >= 0; i--)
        {
            var (actor, type, paragraph) = _actors[i];
            if (!anywhere && paragraph != _paragraph && paragraph != _previousParagraph)
            {
                return null;
            }

            if (fits(actor, type))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The subject of a sentence just read ("Sylvania was still angry with Freedonia"): what "It" opening a later sentence most likely names.</summary>
    public void SawSubject(ActorCode subject) => _subject = (subject, _paragraph);

    /// <summary>
    /// "Rufus met Trentino on Monday. He protested ...": the actor of the paragraph's last coded act when a person of the
    /// paragraph speaks for it (the one who acted, not the one acted on); null when none.
    /// </summary>
    private ActorCode? ActingPerson()
    {
        if (_lastSourceInParagraph is not { } source)
        {
            return null;
        }

        for (var i = _people.Count - 1; i >= 0 && _personParagraphs[i] == _paragraph; i--)
        {
            if (_people[i].Actor.Equals(source))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// The actor a pronoun stands for, or null: "he"/"she" the person who did the paragraph's last coded act (as a subject;
    /// as an object, <paramref name="asObject"/>, the one acted on is more likely another), else its last person, "it" the paragraph's last
    /// acting or named state; a subject "it" that opens its sentence (<paramref name="opensSentence"/>) takes the last
    /// sentence's subject before a state named later in it ("Sylvania was angry with Freedonia. It complained ...");
    /// a subject "it", "he" or "she" in a paragraph that has named none takes them from the paragraph before.
    /// </summary>
    public ActorCode? Pronoun(string lower, bool opensSentence = false, bool asObject = false) => lower switch
    {
        "he" or "she" => (asObject ? null : ActingPerson()) ?? (_lastPersonInParagraph ?? _lastPersonBefore)?.Actor,
        "his" or "her" => _lastPersonInParagraph?.Actor,
        "it" => _lastSourceInParagraph ?? (opensSentence ? NearbySubject() : null) ?? (_lastStateInParagraph ?? _lastStateBefore)?.Actor,
        "its" => _lastSourceInParagraph ?? _lastStateInParagraph?.Actor,
        _ => null,
    };

    /// <summary>
    /// What an object "him"/"her" stands for: the last person of another country than <paramref name="country"/> (the act's
    /// source) named within <see cref="ObjectPersonParagraphs"/> paragraphs ("Kishida apologised ... He later said ... Yoon
    /// thanked him"); null when none.
    /// </summary>
    public ActorCode? PersonOtherThan(string country)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            if (_paragraph - _personParagraphs[i] >= ObjectPersonParagraphs)
            {
                return null;
            }

            if (_people[i].Actor.CountryPart != country)
            {
                return _people[i].Actor;
            }
        }

        return null;
    }

    /// <summary>
    /// What "he"/"she" stands for when the persons its sentence names before it are all governed by a preposition ("in
    /// his talks with Ludmila he pressed for ..."): the last person named before <paramref name="offset"/> (the
    /// sentence's start) in this paragraph or the one before; null when none.
    /// </summary>
    public ActorCode? PersonBefore(int offset)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            if (_personParagraphs[i] != _paragraph && _personParagraphs[i] != _previousParagraph)
            {
                return null;
            }

            if (_people[i].Span.End <= offset)
            {
                return _people[i].Actor;
            }
        }

        return null;
    }

    /// <summary>
    /// What "they" as the subject of a one-sided act stands for: the last group named in this paragraph ("the
    /// plaintiffs ... They filed again"), else the pair last joined by "and" in it, else the pair of its last joint act
    /// ("met ... They urged"), else the last group of the paragraph before; null when none.
    /// </summary>
    public IReadOnlyList<ActorCode>? Plural()
    {
        if (_lastGroup is var (group, paragraph) && paragraph == _paragraph)
        {
            return [group];
        }

        if (_coordinated is var (first, second, pairParagraph) && pairParagraph == _paragraph)
        {
            return [first, second];
        }

        if (_joint is var (one, other, jointParagraph) && jointParagraph == _paragraph)
        {
            // "Rufus met Trentino on Monday. Together they urged Ostrava to ...": the pair of the paragraph's last joint act.
            return [one, other];
        }

        return _lastGroup is var (earlier, before) && before == _previousParagraph ? [earlier] : null;
    }

    private ActorCode? NearbySubject() =>
        _subject is var (actor, paragraph) && (paragraph == _paragraph || paragraph == _previousParagraph) ? actor : null;

    /// <summary>
    /// The body a description stands for ("the assembly"): the last organisation or group named in the article whose
    /// words end in <paramref name="noun"/> ("the National Assembly"); null when none.
    /// </summary>
    public ActorCode? DescribedBody(string noun, string text)
    {
        for (var i = _bodies.Count - 1; i >= 0; i--)
        {
            var span = _bodies[i].Span;
            if (span.End <= text.Length && text.AsSpan(span.Start, span.End - span.Start).TrimEnd().EndsWith(noun, StringComparison.OrdinalIgnoreCase))
            {
                return _bodies[i].Actor;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a description stands for ("the foreign minister"): the last person named with that title
    /// (<paramref name="title"/> inside the mention's text, "Foreign Minister Kamikawa"), else the paragraph's last
    /// person; null when neither.
    /// </summary>
    public ActorCode? DescribedPerson(string title, string text)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var span = _people[i].Span;
            if (span.End <= text.Length && text.AsSpan(span.Start, span.End - span.Start).Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                return _people[i].Actor;
            }
        }

        return _lastPersonInParagraph?.Actor;
    }

    /// <summary>The state a description stands for ("the ministry"): the paragraph's last acting or named state, else the article's last named state.</summary>
    public ActorCode? DescribedState() =>
        _lastSourceInParagraph ?? (_lastStateInParagraph ?? (_states.Count > 0 ? _states[^1] : null))?.Actor;

    /// <summary>
    /// The country among <paramref name="candidates"/>, other than <paramref name="except"/>, named most often in
    /// this paragraph and the one before it (only this one: <paramref name="paragraphOnly"/>; the counterpart the reader
    /// has in mind), ties going to the earlier of <paramref name="ranked"/> (the article's ranking); null when none is
    /// named there, or none at least <paramref name="least"/> times.
    /// </summary>
    public string? NearbyCountry(IReadOnlySet<string> candidates, string? except, IReadOnlyList<string> ranked, bool paragraphOnly = false, int least = 1)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _countries.Count - 1; i >= 0; i--)
        {
            var (country, paragraph) = _countries[i];
            if (paragraph != _paragraph && (paragraphOnly || paragraph != _previousParagraph))
            {
                break;
            }

            if (country != except && candidates.Contains(country))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        return counts.Count == 0 || counts.Values.Max() < least
            ? null
            : counts.OrderByDescending(c => c.Value).ThenBy(c => ranked.Contains(c.Key) ? IndexOf(ranked, c.Key) : int.MaxValue).First().Key;
    }

    /// <summary>
    /// The three countries a group phrase stands for ("the trilateral summit", "the three leaders"): those of
    /// <paramref name="ranked"/> (the article's main countries) named most in this paragraph and the one before when
    /// they name three, else the group last resolved, else those named nearby filled up from the article's ranking;
    /// null when the article names fewer than three.
    /// </summary>
    public IReadOnlyList<string>? Group(IReadOnlyList<string> ranked)
    {
        const int size = 3;
        var nearby = Nearby(ranked);
        if (nearby.Count < size && _group is not null)
        {
            return _group;
        }

        var group = NearbyRanked(ranked).Take(size).ToList();
        if (group.Count < size)
        {
            return null;
        }

        _group = nearby.Count >= size ? group : _group;
        return group;
    }

    /// <summary>The countries of <paramref name="ranked"/> named in this paragraph and the one before, most named first (ties to the ranking).</summary>
    private List<string> Nearby(IReadOnlyList<string> ranked)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _countries.Count - 1; i >= 0 && (_countries[i].Paragraph == _paragraph || _countries[i].Paragraph == _previousParagraph); i--)
        {
            if (ranked.Contains(_countries[i].Country))
            {
                counts[_countries[i].Country] = counts.GetValueOrDefault(_countries[i].Country) + 1;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => IndexOf(ranked, c.Key)).Select(c => c.Key)];
    }

    /// <summary>The countries named nearby (<see cref="Nearby"/>), then the rest of <paramref name="ranked"/> in its order.</summary>
    private List<string> NearbyRanked(IReadOnlyList<string> ranked)
    {
        var nearby = Nearby(ranked);
        return [.. nearby, .. ranked.Where(c => !nearby.Contains(c))];
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The parties of the paragraph's last joint act, else the two most recent actors of different countries, people
    /// first ("the two leaders"), or states first when <paramref name="states"/> ("both countries", which first takes
    /// the pair last joined by "and" nearby); null when there are not two.
    /// </summary>
    public (ActorCode First, ActorCode Second)? Pair(bool states = false, IReadOnlyList<string>? ranked = null)
    {
        if (states && _coordinated is var (first, second, paragraph) && (paragraph == _paragraph || paragraph == _previousParagraph))
        {
            // "Freedonia and Sylvania face ... Both are": the pair last joined by "and" nearby.
            return (first, second);
        }

        if (_joint is var (one, other, jointParagraph) && jointParagraph == _paragraph)
        {
            // "X met Y, and the two sides settled ...": the parties of the paragraph's last joint act.
            return (one, other);
        }

        if (states && ranked is not null && NearbyRanked(ranked) is [var a, var b, ..])
        {
            // "In 1965 the two countries restored ties": the two main countries named most nearby, else the article's two.
            return (ActorCode.Of(a), ActorCode.Of(b));
        }

        return states ? LastTwo(_states) ?? LastTwo(_people) : LastTwo(_people) ?? LastTwo(_states);

        static (ActorCode, ActorCode)? LastTwo(List<ActorMention> mentions)
        {
            for (var i = mentions.Count - 1; i > 0; i--)
            {
                for (var j = i - 1; j >= 0; j--)
                {
                    if (mentions[j].Actor.CountryPart != mentions[i].Actor.CountryPart)
                    {
                        return (mentions[j].Actor, mentions[i].Actor);
                    }
                }
            }

            return null;
        }
    }
}
