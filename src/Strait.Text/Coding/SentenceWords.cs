using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>The words of a sentence as the almanac compares them with an entry's summary.</summary>
public static class SentenceWords
{
    /// <summary>The sentence's stems, less the names of countries and capitals (they say nothing about which event).</summary>
    public static List<string> Of(SentenceView view)
    {
        var words = new List<string>(view.Tokens.Count);
        var m = 0;
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            while (m < view.Mentions.Count && view.Mentions[m].EndToken <= i)
            {
                m++;
            }

            var inName = m < view.Mentions.Count && view.Mentions[m].StartToken <= i &&
                view.Mentions[m].Mention.Kind is MentionKind.Country or MentionKind.Metonym;
            words.Add(inName ? "" : view.Tokens[i].Stem);
        }

        return words;
    }
}
