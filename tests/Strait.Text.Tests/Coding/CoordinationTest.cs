using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class CoordinationTest
{
    private static readonly Coordination Coordination = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("Freedonia and Sylvania criticized Ostrava.", "SYL")]
    [InlineData("Freedonia, Sylvania and Ostrava met.", "SYL OST")]
    [InlineData("Freedonia criticized Sylvania.", "")]
    public void The_parties_joined_by_and_to_the_first_mention_are_its_coordinates(string sentence, string others)
    {
        var (_, view) = CodingSentence.Of(sentence);
        Assert.Equal(others, string.Join(' ', Coordination.Coordinated(view, 0)));
    }
}
