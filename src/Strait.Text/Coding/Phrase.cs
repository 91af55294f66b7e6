using Strait.Core;

namespace Strait.Text.Coding;

/// <summary>
/// A compiled phrase of the pattern files. Syntax (data/README.md): words separated by spaces, each matched
/// on its stem; <c>a|b</c> alternatives; <c>[word]</c> an optional word; <c>^a|b</c> one word that is none of
/// these; <c>*</c> up to three words of anything; <c>{SOURCE}</c> and <c>{TARGET}</c> actor slots, <c>{TARGET!}</c> a
/// required one. The first element after a leading slot must be
/// a required word: it anchors the match.
/// </summary>
public sealed record Phrase(string Text, SlotRole? LeadingSlot, IReadOnlyList<PhraseElement> Core, IReadOnlyList<PhraseElement> Tail)
{
    public string Anchor => ((WordElement)Core[0]).Stems.First();

    public IEnumerable<string> Anchors => ((WordElement)Core[0]).Stems;

    /// <summary>The stems the phrase itself spells out, in its core or tail ("no" in "find no * problem").</summary>
    public IReadOnlySet<string> Words { get; } =
        Core.Concat(Tail).OfType<WordElement>().SelectMany(w => w.Stems).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a required word follows a slot ("want {TARGET} to"): the slot and its words must then match;
    /// a tail of slots and optional words only ("meet [with] {TARGET}") may be absent. An excluded word at the end
    /// ("speak to ^reporters|press") is required too: the next word must be there and not one of them, though the
    /// match ends before it (so an actor there is still the object).
    /// </summary>
    public bool TailRequired { get; } =
        Tail.SkipWhile(e => e is not SlotElement).Any(e => e is WordElement { Optional: false }) || Tail.Any(e => e is SlotElement { Required: true }) ||
        Tail.TakeWhile(e => e is not SlotElement).Any(e => e is NotWordElement);

    public static Outcome<Phrase> Parse(string text, Stemmer stemmer, string where)
    {
        var elements = new List<PhraseElement>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "*")
            {
                elements.Add(new GapElement(3));
            }
            else if (part.Equals("{SOURCE}", StringComparison.OrdinalIgnoreCase))
            {
                elements.Add(new SlotElement(SlotRole.Source));
            }
            else if (part.Equals("{TARGET}", StringComparison.OrdinalIgnoreCase))
            {
                elements.Add(new SlotElement(SlotRole.Target));
            }
            else if (part.Equals("{TARGET!}", StringComparison.OrdinalIgnoreCase))
            {
                elements.Add(new SlotElement(SlotRole.Target, Required: true));
            }
            else if (part.StartsWith('^'))
            {
                var excluded = part[1..].Split('|', StringSplitOptions.RemoveEmptyEntries);
                if (excluded.Length == 0 || excluded.Any(w => w.IndexOfAny(['{', '[', '^']) >= 0))
                {
                    return Fail(text, where, $"'{part}' is not a word, [optional word], ^excluded words, a|b, * or an actor slot");
                }

                elements.Add(new NotWordElement(excluded.Select(w => stemmer.Stem(w)).ToHashSet(StringComparer.Ordinal)));
            }
            else
            {
                var optional = part.StartsWith('[') && part.EndsWith(']');
                var words = (optional ? part[1..^1] : part).Split('|', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0 || words.Any(w => w.Contains('{', StringComparison.Ordinal) || w.Contains('[', StringComparison.Ordinal)))
                {
                    return Fail(text, where, $"'{part}' is not a word, [optional word], ^excluded words, a|b, * or an actor slot");
                }

                elements.Add(new WordElement(words.Select(w => stemmer.Stem(w)).ToHashSet(StringComparer.Ordinal), optional));
            }
        }

        SlotRole? leading = null;
        if (elements.Count > 0 && elements[0] is SlotElement slot)
        {
            leading = slot.Role;
            elements.RemoveAt(0);
        }

        if (elements.Count == 0 || elements[0] is not WordElement { Optional: false })
        {
            return Fail(text, where, "the phrase must start (after an optional leading slot) with a required word");
        }

        var firstSlot = elements.FindIndex(e => e is SlotElement);
        var coreLength = firstSlot < 0 ? elements.Count : firstSlot;
        while (coreLength > 1 && elements[coreLength - 1] is not WordElement { Optional: false })
        {
            coreLength--;
        }

        return Outcome<Phrase>.Ok(new Phrase(text, leading, elements[..coreLength], elements[coreLength..]));
    }

    private static Outcome<Phrase> Fail(string text, string where, string why) =>
        Outcome<Phrase>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"The phrase '{text}' cannot be read: {why}", where,
            "See the pattern syntax in data/README.md."));
}
