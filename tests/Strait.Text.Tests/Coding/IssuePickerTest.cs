using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up paragraphs; the real issue keywords; a one-phrase pattern list.</summary>
public sealed class IssuePickerTest
{
    private static readonly Lazy<CodingKnowledge> Knowledge = new(() =>
    {
        var data = TestData.DataDirectory();
        return CodingKnowledgeLoader.FromText(
            "patterns:\n  - type: ACCUSE\n    phrases: [\"criticize\"]\n  - type: CONSULT\n    symmetric: true\n    phrases: [\"meet\"]\n",
            File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.CuesFile)),
            File.ReadAllText(Path.Combine(data, CodingKnowledgeLoader.IssuesFile))).Value;
    });

    /// <summary>The issue of the "criticized" trigger in the last sentence, each line a paragraph, its sentences ending at ". ".</summary>
    private static Issue IssueOfLastLine(string text) => IssueOfLastLine(text, "criticized", 0);

    /// <summary>The issue of the <paramref name="word"/> trigger of pattern <paramref name="pattern"/> in the last sentence.</summary>
    private static Issue IssueOfLastLine(string text, string word, int pattern)
    {
        var document = MiniTagger.TagLines(text, PartialDate.Day(2031, 6, 15), [("Freedonia", "FRE", MentionKind.Country), ("Sylvania", "SYL", MentionKind.Country)]);
        var views = SentenceViewBuilder.Build(document, Knowledge.Value);
        var last = views[^1];
        var trigger = last.Tokens.FindIndex(t => t.Lower == word);
        return new IssuePicker(Knowledge.Value, views).Pick(last, trigger, trigger + 1, Knowledge.Value.Patterns[pattern], ActorCode.Of("FRE"), ActorCode.Of("SYL"));
    }

    [Fact]
    public void A_topic_keyword_in_the_clause_wins_over_a_diplomacy_keyword() =>
        Assert.Equal(Issue.History, IssueOfLastLine("Freedonia's ambassador criticized Sylvania over its textbooks."));

    [Fact]
    public void Without_a_keyword_in_its_sentence_an_event_takes_the_topic_of_its_paragraph() =>
        Assert.Equal(Issue.Trade, IssueOfLastLine("Sylvania raised tariffs on steel. Freedonia criticized Sylvania."));

    [Fact]
    public void Without_a_keyword_in_its_clause_an_event_takes_the_topic_of_its_sentence() =>
        Assert.Equal(Issue.Trade, IssueOfLastLine("Freedonia criticized Sylvania; its tariffs on steel had risen."));

    [Fact]
    public void A_topic_of_another_paragraph_does_not_count() =>
        Assert.Equal(Issue.Diplomacy, IssueOfLastLine("Sylvania raised tariffs on steel.\nFreedonia criticized Sylvania."));

    [Fact]
    public void A_meeting_whose_clause_names_no_topic_is_diplomacy_whatever_its_paragraph_is_about()
    {
        Assert.Equal(Issue.Diplomacy, IssueOfLastLine("Sylvania raised tariffs on steel. Freedonia met Sylvania in May.", "met", 1));
        Assert.Equal(Issue.Trade, IssueOfLastLine("Freedonia met Sylvania over tariffs on steel.", "met", 1));
    }

    [Theory]
    [InlineData("Freedonia criticized the court's order to compensate the labourers.")]
    [InlineData("Freedonia criticized Sylvania for the statue.")]
    [InlineData("Freedonia criticized Sylvania's demand for reparations.")]
    public void Compensation_reparations_and_memorial_statues_are_history(string sentence) =>
        Assert.Equal(Issue.History, IssueOfLastLine(sentence));
}
