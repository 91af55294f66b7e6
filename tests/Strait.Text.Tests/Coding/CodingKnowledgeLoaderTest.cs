using Strait.Core.Actors;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class CodingKnowledgeLoaderTest
{
    private static string Cues => File.ReadAllText(Path.Combine(TestData.DataDirectory(), CodingKnowledgeLoader.CuesFile));

    private static string Issues => File.ReadAllText(Path.Combine(TestData.DataDirectory(), CodingKnowledgeLoader.IssuesFile));

    [Fact]
    public void A_pattern_carries_its_source_and_target_roles()
    {
        var knowledge = CodingKnowledgeLoader.FromText(
            "patterns:\n  - type: COERCE\n    source_role: MIL\n    target_role: CVL\n    phrases: [\"shell\"]\n", Cues, Issues).Value;

        var pattern = Assert.Single(knowledge.Patterns);
        Assert.Equal((ActorRole.MIL, ActorRole.CVL), (pattern.SourceRole, pattern.TargetRole));
    }

    [Theory]
    [InlineData("patterns:\n  - type: COERCE\n    source_role: ARMY\n    phrases: [\"shell\"]\n", "ARMY")]
    [InlineData("patterns:\n  - type: COERCE\n    phrases:\n", "no phrases")]
    [InlineData("patterns:\n  - type: MOBILIZE\n    joint_type: HUDDLE\n    phrases: [\"hold * drills\"]\n", "HUDDLE")]
    [InlineData("patterns:\n  - type: ACCUSE\n    phrases: [\"call ^ * unfair\"]\n", "excluded words")]
    [InlineData("patterns:\n  - type: COERCE\n    episode: {source: FREGOV, target: SYLCVL, when: long ago}\n    phrases: [\"forced labour\"]\n", "episode")]
    public void A_broken_pattern_is_an_error_that_names_it(string events, string said)
    {
        var loaded = CodingKnowledgeLoader.FromText(events, Cues, Issues);

        Assert.False(loaded.Success);
        Assert.Contains(said, loaded.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_cue_file_gives_standalone_roles_longest_first()
    {
        var knowledge = CodingKnowledgeLoader.FromText("patterns: []\n", Cues, Issues).Value;

        Assert.Contains(knowledge.StandaloneRoles, r => string.Join(' ', r.Words) == "supreme court" && r.Role == ActorRole.JUD);
        Assert.True(knowledge.StandaloneRoles[0].Words.Length >= knowledge.StandaloneRoles[^1].Words.Length);
    }

    [Fact]
    public void An_unknown_type_among_the_clause_only_issue_types_is_an_error_that_names_it()
    {
        var loaded = CodingKnowledgeLoader.FromText("patterns: []\n", Cues, Issues.Replace("clause_only_types: [CONSULT]", "clause_only_types: [CONSULT, GOSSIP]", StringComparison.Ordinal));

        Assert.False(loaded.Success);
        Assert.Contains("clause_only_types", loaded.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("GOSSIP", loaded.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(Strait.Core.Events.EventType.CONSULT, CodingKnowledgeLoader.FromText("patterns: []\n", Cues, Issues).Value.ClauseOnlyIssueTypes);
    }

    [Fact]
    public void An_unknown_type_of_a_referring_noun_is_an_error_that_names_the_noun()
    {
        var cues = Cues.Replace("  attack: [ASSAULT]", "  attack: [ASSAULT, AMBUSH]", StringComparison.Ordinal);

        var loaded = CodingKnowledgeLoader.FromText("patterns: []\n", cues, Issues);

        Assert.False(loaded.Success);
        Assert.Contains("act_reference_types.attack", loaded.Error!.Message + loaded.Error.Where, StringComparison.Ordinal);
        Assert.Contains("AMBUSH", loaded.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(Strait.Core.Events.EventType.ASSAULT, CodingKnowledgeLoader.FromText("patterns: []\n", Cues, Issues).Value.ActReferenceTypes["attack"]);
    }

    [Theory]
    [InlineData("claimants: [KOR]")]
    [InlineData("claimants: [KOR, Japan]")]
    public void A_disputed_place_needs_two_claimants_as_country_codes(string claimants)
    {
        var cues = Cues.Replace("claimants: [KOR, JPN]", claimants, StringComparison.Ordinal);

        var loaded = CodingKnowledgeLoader.FromText("patterns: []\n", cues, Issues);

        Assert.False(loaded.Success);
        Assert.Contains("disputed_places", loaded.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Dokdo", loaded.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_cue_file_names_the_claimants_of_the_disputed_islands()
    {
        var knowledge = CodingKnowledgeLoader.FromText("patterns: []\n", Cues, Issues).Value;

        Assert.Contains(knowledge.DisputedPlaces, p => p.Claimants.SequenceEqual(["KOR", "JPN"]));
    }
}
