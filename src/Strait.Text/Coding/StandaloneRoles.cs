using System.Collections.Frozen;
using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Role words that name an actor without a country ("the court ruled", "protesters gathered", "consumers shunned
/// ..."): the coder reads them as that role of the country named right after them ("the court in Sylvaton"), else of
/// the country of the place their sentence names after "in" ("protesters rallied outside the Freedonian embassy in
/// Sylvaton": where its acts take place), else of the country the article has named most so far, the country the story
/// is about; an entry written with "the" ("the
/// company") as the country of the last actor of that role named (a definite description refers back). Words and roles come from <c>standalone_roles</c> in cues.yaml; a word joined to a country
/// ("Sylvanian lawmakers") is already a mention and is left alone, and so are citizens before a possessive ("the
/// plaintiffs' right": a thing, not an act). Words of <c>placed_roles</c> ("officials", "the foreign ministry") name an
/// actor only with a place or a national body right after them and "in" or "from" ("officials in Sylvaton", "investigators from Sylvania",
/// "an official in the Premier's Office");
/// not "the government of Sylvania", which names the country itself). Keeps the running count of countries named.
/// </summary>
public sealed class StandaloneRoles(StandaloneRoleWords words)
{
    /// <summary>How much a country's count keeps from one sentence to the next: the country named most lately leads.</summary>
    private const double Decay = 0.7;

    private readonly Dictionary<string, double> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<ActorRole, string> _lastOfRole = [];
    private readonly List<string> _decayed = [];
    private readonly FrozenDictionary<string, (string[] Words, ActorRole Role, bool Placed)[]> _byFirstWord = words.ByFirstWord;

    public StandaloneRoles(IReadOnlyList<(string[] Words, ActorRole Role)> phrases, IReadOnlyList<(string[] Words, ActorRole Role)>? placedPhrases = null)
        : this(new StandaloneRoleWords(phrases, placedPhrases))
    {
    }

    /// <summary>The sentence's mentions with a mention added for each standalone role word, in token order.</summary>
    public List<PlacedMention> Add(List<WordToken> tokens, List<PlacedMention> mentions)
    {
        // The country the text before this sentence has named most lately: the sentence's own mentions ("consumers
        // turned away from Freedonian beer") often name the other side.
        var before = _named.Count == 0 ? null : _named.MaxBy(pair => pair.Value).Key;
        foreach (var named in _named)
        {
            _decayed.Add(named.Key);
        }

        foreach (var named in _decayed)
        {
            _named[named] *= Decay;
        }

        _decayed.Clear();

        foreach (var mention in mentions)
        {
            if (!mention.Mention.Actor.IsInternationalBody)
            {
                _named[mention.Mention.Actor.CountryPart] = _named.GetValueOrDefault(mention.Mention.Actor.CountryPart) + 1;
            }
        }

        if (_byFirstWord.Count == 0 || _named.Count == 0)
        {
            return mentions;
        }

        var country = PlaceIn(tokens, mentions) ?? before ?? _named.MaxBy(pair => pair.Value).Key;
        List<PlacedMention>? added = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Lower, out var candidates) || Covered(mentions, i) || i > 0 && (Covered(mentions, i - 1) || tokens[i - 1].IsPossessive))
            {
                continue;
            }

            foreach (var (words, role, placed) in candidates)
            {
                if (!Matches(tokens, i, words))
                {
                    continue;
                }

                var place = PlaceAfter(tokens, mentions, i + words.Length);
                if (!Overlaps(mentions, i, i + words.Length) && (!placed || place is not null && tokens[i + words.Length].Lower is "in" or "from") &&
                    (role != ActorRole.CVL || i + words.Length >= tokens.Count || !tokens[i + words.Length].IsPossessive))
                {
                    var span = new TextSpan(tokens[i].Start, tokens[i + words.Length - 1].End, "actor");
                    var own = place ?? (IsDefinite(words) ? LastOfRole(mentions, i, role) : null) ?? country;
                    (added ??= new List<PlacedMention>(mentions)).Add(new PlacedMention(new ActorMention(span, ActorCode.Of(own, role), MentionKind.Group), i, i + words.Length));
                    i += words.Length - 1;
                    break;
                }
            }
        }

        var result = added ?? mentions;
        if (added is not null)
        {
            added.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        }

        NoteRoles(result);
        return result;
    }

    /// <summary>"the company", "the carmaker": an entry written with "the" is a definite description that refers back to an actor of its kind.</summary>
    private static bool IsDefinite(string[] words) => words[0] == "the";

    /// <summary>
    /// The country of the last actor with the role named before the token, in this sentence or an earlier one
    /// ("Uniqlo ... the company", "the Fredville District Court ... the court"), else null.
    /// </summary>
    private string? LastOfRole(List<PlacedMention> mentions, int token, ActorRole role)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var actor = mentions[m].Mention.Actor;
            if (mentions[m].EndToken <= token && actor.Role == role && !actor.IsInternationalBody)
            {
                return actor.CountryPart;
            }
        }

        return _lastOfRole.GetValueOrDefault(role);
    }

    private void NoteRoles(List<PlacedMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Mention.Actor is { IsInternationalBody: false, Role: not ActorRole.None } actor)
            {
                _lastOfRole[actor.Role] = actor.CountryPart;
            }
        }
    }

    /// <summary>
    /// The country of the first capital or country its sentence names after "in" ("demonstrators rallied outside the
    /// Freedonian embassy in Sylvaton", "In Sylvaton, protesters ..."): where the sentence's acts take place, so whose
    /// citizens, courts and lawmakers its role words name; null when it names none.
    /// </summary>
    private static string? PlaceIn(List<WordToken> tokens, List<PlacedMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.StartToken > 0 && tokens[mention.StartToken - 1].Lower == "in" && mention.Mention.Kind is MentionKind.Country or MentionKind.Metonym)
            {
                return mention.Mention.Actor.CountryPart;
            }
        }

        return null;
    }

    /// <summary>The country of a place named right after a role word ("the supreme court in Sylvaton", "the court of Sylvania", "activists from Sylvania"), else null.</summary>
    private static string? PlaceAfter(List<WordToken> tokens, List<PlacedMention> mentions, int after)
    {
        if (after >= tokens.Count || tokens[after].Lower is not ("in" or "of" or "from"))
        {
            return null;
        }

        var place = mentions.FirstOrDefault(m => m.StartToken == after + 1 && m.Mention.Kind is MentionKind.Country or MentionKind.Metonym);
        // "an official in the Prime Minister's Office": a national body named after "in" or "from" places the role word in its country.
        var body = place is null && tokens[after].Lower is "in" or "from"
            ? mentions.FirstOrDefault(m => m.StartToken == after + (after + 1 < tokens.Count && tokens[after + 1].Lower == "the" ? 2 : 1) &&
                                           m.Mention.Kind == MentionKind.Organisation && !m.Mention.Actor.IsInternationalBody)
            : null;
        return (place ?? body)?.Mention.Actor.CountryPart;
    }

    private static bool Matches(List<WordToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<PlacedMention> mentions, int token) => mentions.Any(m => m.StartToken <= token && token < m.EndToken);

    private static bool Overlaps(List<PlacedMention> mentions, int start, int end) => mentions.Any(m => m.StartToken < end && start < m.EndToken);
}

/// <summary>
/// The role words of <see cref="StandaloneRoles"/> (<c>standalone_roles</c>) and <c>placed_roles</c> by their first
/// word, longest first: built once from the knowledge, shared by every document.
/// </summary>
public sealed class StandaloneRoleWords(IReadOnlyList<(string[] Words, ActorRole Role)> phrases, IReadOnlyList<(string[] Words, ActorRole Role)>? placedPhrases = null)
{
    public FrozenDictionary<string, (string[] Words, ActorRole Role, bool Placed)[]> ByFirstWord { get; } = phrases.Select(p => (p.Words, p.Role, Placed: false))
        .Concat((placedPhrases ?? []).Select(p => (p.Words, p.Role, Placed: true)))
        .OrderByDescending(p => p.Words.Length)
        .GroupBy(p => p.Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
