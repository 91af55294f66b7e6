using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>One made-up sentence with the made-up countries tagged, as the event coder's parts see it.</summary>
internal static class CodingSentence
{
    public static readonly Lazy<CodingKnowledge> Knowledge = new(() => MadeUpCoding.Knowledge("""
        patterns:
          - type: ACCUSE
            phrases: ["criticize"]
          - type: COOPERATE
            nominal: true
            phrases: ["cooperation"]
          - type: AGREE
            nominal: true
            phrases: ["pact|agreement"]
        """));

    private static readonly (string, string, MentionKind)[] Actors =
    [
        ("Freedonia", "FRE", MentionKind.Country),
        ("Sylvania", "SYL", MentionKind.Country),
        ("Ostrava", "OST", MentionKind.Country),
    ];

    /// <summary>The document and the view of its only sentence.</summary>
    public static (TextDocument Document, SentenceView View) Of(string sentence)
    {
        var document = MiniTagger.TagLines(sentence, PartialDate.Day(2031, 6, 15), Actors);
        return (document, SentenceViewBuilder.Build(document, Knowledge.Value)[0]);
    }

    /// <summary>The index of the first token whose lower-case form is <paramref name="word"/>.</summary>
    public static int TokenOf(SentenceView view, string word) => view.Tokens.FindIndex(t => t.Lower == word);
}
