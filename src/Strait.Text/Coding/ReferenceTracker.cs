using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The few references the coder resolves: "he"/"she" to the last named person of the paragraph, "it" to the
/// last state actor of the paragraph, and "the two leaders"/"both countries" to the two most recent actors of
/// different countries (people first; for "both countries" the pair last joined by "and"), and the countries named nearby. State for one document, fed mention by mention in reading order.
/// </summary>
public sealed class ReferenceTracker
{
    private readonly List<ActorMention> _people = [];
    private readonly List<ActorMention> _states = [];
    private int _paragraph = -1;
    private int _previousParagraph = -1;
    private ActorMention? _lastPersonInParagraph;
    private ActorMention? _lastStateInParagraph;
    private ActorCode? _lastSourceInParagraph;
    private readonly List<(string Country, int Paragraph)> _countries = [];
    private (ActorCode First, ActorCode Second, int Paragraph)? _coordinated;
    private (ActorCode First, ActorCode Second, int Paragraph)? _joint;

    public void EnterParagraph(int paragraph)
    {
        if (paragraph != _paragraph)
        {
            _previousParagraph = _paragraph;
            _paragraph = paragraph;
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
                _lastPersonInParagraph = mention;
                break;
            case MentionKind.Country or MentionKind.Metonym:
                _states.Add(mention);
                _lastStateInParagraph = mention;
                break;
        }
    }

    /// <summary>Two actors of different countries joined by "and" ("Freedonia and Sylvania"): what "both" most likely refers to next.</summary>
    public void SawCoordinated(ActorCode first, ActorCode second) => _coordinated = (first, second, _paragraph);

    /// <summary>The parties of a coded joint act ("X met Y"): what "the two sides" most likely refers to next in the paragraph.</summary>
    public void SawJoint(ActorCode first, ActorCode second) => _joint = (first, second, _paragraph);

    /// <summary>A coded event's source: "it" in the paragraph's next sentences most likely names it again.</summary>
    public void SawSource(ActorCode source)
    {
        if (!source.IsInternationalBody && source.Role is ActorRole.None or ActorRole.GOV or ActorRole.MIL)
        {
            _lastSourceInParagraph = source;
        }
    }

    /// <summary>The actor a pronoun stands for, or null.</summary>
    public ActorCode? Pronoun(string lower) => lower switch
    {
        "he" or "she" or "his" or "her" => _lastPersonInParagraph?.Actor,
        "it" or "its" => _lastSourceInParagraph ?? _lastStateInParagraph?.Actor,
        _ => null,
    };

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
    /// this paragraph and the one before it (the counterpart the reader has in mind), ties going to the earlier
    /// of <paramref name="ranked"/> (the article's ranking); null when none is named there.
    /// </summary>
    public string? NearbyCountry(IReadOnlySet<string> candidates, string? except, IReadOnlyList<string> ranked)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = _countries.Count - 1; i >= 0; i--)
        {
            var (country, paragraph) = _countries[i];
            if (paragraph != _paragraph && paragraph != _previousParagraph)
            {
                break;
            }

            if (country != except && candidates.Contains(country))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
        }

        return counts.Count == 0
            ? null
            : counts.OrderByDescending(c => c.Value).ThenBy(c => ranked.Contains(c.Key) ? IndexOf(ranked, c.Key) : int.MaxValue).First().Key;

        static int IndexOf(IReadOnlyList<string> list, string value)
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
    }

    /// <summary>
    /// The parties of the paragraph's last joint act, else the two most recent actors of different countries, people
    /// first ("the two leaders"), or states first when <paramref name="states"/> ("both countries", which first takes
    /// the pair last joined by "and" nearby); null when there are not two.
    /// </summary>
    public (ActorCode First, ActorCode Second)? Pair(bool states = false)
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
