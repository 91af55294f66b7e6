using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class VerbFormsTest
{
    private static readonly VerbForms Forms = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("Sylvania was criticized by Freedonia.", true)]
    [InlineData("Freedonia criticized Sylvania.", false)]
    public void A_verb_after_a_passive_auxiliary_is_passive(string sentence, bool passive)
    {
        var (_, view) = CodingSentence.Of(sentence);
        Assert.Equal(passive, Forms.IsPassive(view, CodingSentence.TokenOf(view, "criticized")));
    }

    [Theory]
    [InlineData("signed", true)]
    [InlineData("drawn", true)]
    [InlineData("signing", false)]
    public void Past_participles_end_in_ed_en_or_wn(string word, bool participle) =>
        Assert.Equal(participle, Forms.IsParticipleForm(word));

    [Theory]
    [InlineData("Freedonia criticized Sylvania.", "criticized", true)]
    [InlineData("Freedonia has criticized Sylvania.", "criticized", false)]
    [InlineData("Freedonia criticizes Sylvania.", "criticizes", false)]
    [InlineData("Freedonia was soon criticizing Sylvania.", "criticizing", true)]
    [InlineData("Freedonia is criticizing Sylvania.", "criticizing", false)]
    [InlineData("Freedonia did criticize Sylvania.", "criticize", true)]
    [InlineData("Freedonia does criticize Sylvania.", "criticize", false)]
    [InlineData("Freedonia will criticize Sylvania.", "criticize", false)]
    public void A_past_form_with_no_present_marker_before_it_is_in_the_past_tense(string sentence, string trigger, bool past)
    {
        var (_, view) = CodingSentence.Of(sentence);
        var pattern = CodingSentence.Knowledge.Value.Patterns.First(p => !p.Nominal);
        Assert.Equal(past, Forms.IsPastTense(view, CodingSentence.TokenOf(view, trigger), pattern));
    }
}
