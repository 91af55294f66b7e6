using Strait.Core.Actors;

namespace Strait.Text.Mentions;

/// <summary>
/// The one-word names an article may use for a person it named in full before: "Li" after "Premier Li Qiang", "Tanaka"
/// after "Assistant Secretary Ruri Tanaka". Both the first and the last word of a full name are kept (family names come
/// first in Chinese and Korean names, last in Western and most Japanese ones in English); when two people share a word,
/// the one named last holds it. One instance per document: names never carry from one article to another.
/// </summary>
public sealed class ShortNames
{
    /// <summary>The fewest letters a short name has ("Li", "Oh"); single letters are initials.</summary>
    private const int MinimumLength = 2;

    private readonly Dictionary<string, (ActorCode Actor, string Name)> _people;
    private readonly Dictionary<string, (ActorCode Actor, string Name)>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    public ShortNames()
    {
        _people = new(StringComparer.Ordinal);
        _byWord = _people.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Keeps the first and last word of a person's full name as it was written, for the actor it spoke for.</summary>
    public void Remember(string writtenName, ActorCode actor, string name)
    {
        var words = writtenName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return;
        }

        foreach (var word in (string[])[words[0], words[^1]])
        {
            if (word.Length >= MinimumLength && char.IsUpper(word[0]) && word.All(char.IsLetter))
            {
                _people[word] = (actor, name);
            }
        }
    }

    /// <summary>The person a one-word name stands for in this article, if it named one so before.</summary>
    public (ActorCode Actor, string Name)? Of(ReadOnlySpan<char> word) => _people.Count > 0 && _byWord.TryGetValue(word, out var person) ? person : null;
}
