using NodaTime;
using Strait.Core.Actors;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Dating;

/// <summary>
/// Reads the roles of the people a sentence names as evidence of when it was written. A known person with an
/// office title just before the name ("Prime Minister X", "Freedonian Defense Secretary Y") holds an office
/// now: publication falls within one of their terms; so does a title set off by a comma ("Sylvania's defense
/// secretary, Zeppo"). "former"/"then-" before the title or name puts publication
/// after a term ended; "new"/"recently inaugurated" within <see cref="DatingCues.NewTermDays"/> after a term
/// began. "Freedonia's new president" with no name allows the first year of any term of that country's
/// office holders with that title. A bare name says nothing (people are written about after they leave office).
/// </summary>
public sealed class RoleClueFinder
{
    private readonly DatingCues _cues;
    private readonly CountryWords _countries;
    private readonly PhraseMatcher<Person> _names = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _titlePhrases;
    private readonly List<string[]> _former;
    private readonly List<string[]> _new;
    private readonly PhraseMatcher<bool> _newAt = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseMatcher<bool> _future = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many tokens after a nameless new office holder a future marker may stand ("Sylvania's new president is expected to attend").</summary>
    private const int FutureAfterTitle = 3;

    /// <summary>The first days of the terms of each country's holders of each office title (as the cues spell it), in registry order: "Freedonia's new president".</summary>
    private readonly Dictionary<(string Country, string Title), List<LocalDate>> _termStarts = [];

    public RoleClueFinder(ActorRegistry registry, DatingCues cues, Tokenizer tokenizer, CountryWords countries)
    {
        _cues = cues;
        _countries = countries;
        foreach (var person in registry.People)
        {
            foreach (var name in person.AllNames)
            {
                _names.Add(tokenizer.Words(name), person);
            }
        }

        _titlePhrases = cues.OfficeTitles.Select(t => tokenizer.Words(t).ToArray()).ToList();
        foreach (var title in cues.OfficeTitles)
        {
            _titles.Add(tokenizer.Words(title), title);
        }

        _former = cues.FormerWords.Select(w => tokenizer.Words(w).ToArray()).ToList();
        _new = cues.NewWords.Select(w => tokenizer.Words(w).ToArray()).ToList();
        foreach (var words in _new)
        {
            _newAt.Add(words, true);
        }

        foreach (var marker in cues.FutureMarkers)
        {
            _future.Add(tokenizer.Words(marker), true);
        }

        foreach (var role in registry.People.SelectMany(p => p.Roles))
        {
            foreach (var title in cues.OfficeTitles.Where(t => string.Equals(role.Title, t, StringComparison.OrdinalIgnoreCase)))
            {
                var key = (role.Actor.CountryPart, title);
                if (!_termStarts.TryGetValue(key, out var starts))
                {
                    _termStarts[key] = starts = [];
                }

                starts.Add(role.From);
            }
        }
    }

    /// <summary>Adds the role clues of tokens <paramref name="first"/> to <paramref name="limit"/> (one sentence) to <paramref name="clues"/>.</summary>
    public void Find(string text, IReadOnlyList<TextSpan> tokens, int first, int limit, List<WindowClue> clues)
    {
        for (var i = first; i < limit; i++)
        {
            if (_names.Longest(text, tokens, i, limit) is { } name && char.IsUpper(text[tokens[i].Start]))
            {
                if (Named(text, tokens, first, i, name) is { } clue)
                {
                    clues.Add(clue);
                }

                i += name.Length - 1;
                continue;
            }

            if (_newAt.Longest(text, tokens, i, limit) is { } newWords && Nameless(text, tokens, first, i, i + newWords.Length, limit) is { } nameless)
            {
                clues.Add(nameless);
            }
        }
    }

    private WindowClue? Named(string text, IReadOnlyList<TextSpan> tokens, int first, int at, PhraseMatch<Person> name)
    {
        var start = at;
        var former = TokenPhrases.LongestEndingAt(text, tokens, first, start, _former);
        var isNew = false;
        if (former == 0)
        {
            var title = TokenPhrases.LongestEndingAt(text, tokens, first, start, _titlePhrases);
            if (title == 0 && start - 1 > first && tokens[start - 1].Of(text) == ",")
            {
                // an apposition: "Sylvania's defense secretary, Zeppo,"
                title = TokenPhrases.LongestEndingAt(text, tokens, first, start - 1, _titlePhrases);
                start -= title > 0 ? 1 : 0;
            }

            if (title == 0)
            {
                return null;
            }

            start -= title;
            former = TokenPhrases.LongestEndingAt(text, tokens, first, start, _former);
            var fresh = Modifier(text, tokens, first, start, _new);
            isNew = former == 0 && fresh > 0;
            start -= former > 0 ? former : fresh;
        }
        else
        {
            start -= former;
        }

        var terms = name.Values.SelectMany(p => p.Roles).ToList();
        var ranges = former > 0
            ? terms.Where(t => t.To is not null).Select(t => new DateInterval(t.To!.Value.PlusDays(1), LocalDate.MaxIsoValue))
            : isNew
                ? terms.Select(t => NewTerm(t.From))
                : terms.Select(t => new DateInterval(t.From, t.To ?? LocalDate.MaxIsoValue));
        var days = DaySet.Normalize(ranges);
        var span = new TextSpan(tokens[start].Start, tokens[at + name.Length - 1].End, "dating-role");
        return days.Count == 0 ? null : new WindowClue(span, former > 0 ? "former role" : isNew ? "new role" : "role", days);
    }

    /// <summary>"Freedonia's new president", "the newly elected Sylvanian prime minister": a country, a new-word, at most one other word, an office title, and no name after it.</summary>
    private WindowClue? Nameless(string text, IReadOnlyList<TextSpan> tokens, int first, int newStart, int after, int limit)
    {
        var before = _countries.EndingBefore(text, tokens, first, newStart);
        var country = before?.Country;
        var startToken = before?.Start ?? newStart;
        var titleAt = after;
        if (country is null)
        {
            // "the new Sylvanian president"
            if (after < limit && _countries.Named(text, tokens, after, after + 1) is [var adjective])
            {
                country = adjective;
                titleAt = after + 1;
            }
            else
            {
                return null;
            }
        }

        for (var skip = 0; skip <= 1 && titleAt + skip < limit; skip++)
        {
            if (_titles.Longest(text, tokens, titleAt + skip, limit) is not { } title)
            {
                continue;
            }

            var end = titleAt + skip + title.Length;
            if (end < limit && _names.Longest(text, tokens, end, limit) is not null)
            {
                return null;
            }

            for (var k = end; k < Math.Min(limit, end + FutureAfterTitle); k++)
            {
                if (_future.Longest(text, tokens, k, limit) is not null)
                {
                    // "Freedonia's new president is expected to attend": one yet to take office, or not yet chosen.
                    return null;
                }
            }

            var starts = _termStarts.GetValueOrDefault((country, title.Value)) ?? [];
            var days = DaySet.Normalize(starts.Select(NewTerm));
            return days.Count == 0 ? null : new WindowClue(new TextSpan(tokens[startToken].Start, tokens[end - 1].End, "dating-role"), "new role", days);
        }

        return null;
    }

    private DateInterval NewTerm(LocalDate from) => new(from, from.PlusDays(_cues.NewTermDays));

    /// <summary>A modifier ending just before <paramref name="end"/>, allowing one other word between it and the title ("new progressive president"); its length in tokens (with the word), or 0.</summary>
    private static int Modifier(string text, IReadOnlyList<TextSpan> tokens, int first, int end, List<string[]> phrases)
    {
        var direct = TokenPhrases.LongestEndingAt(text, tokens, first, end, phrases);
        if (direct > 0)
        {
            return direct;
        }

        var skipped = end - 1 >= first && char.IsLetter(text[tokens[end - 1].Start]) ? TokenPhrases.LongestEndingAt(text, tokens, first, end - 1, phrases) : 0;
        return skipped > 0 ? skipped + 1 : 0;
    }
}
