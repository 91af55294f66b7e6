using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class StemmerTest
{
    [Theory]
    [InlineData("impose", "imposed", "imposing", "imposes")]
    [InlineData("agree", "agreed", "agreeing", "agrees")]
    [InlineData("free", "freed", "freeing", "frees")]
    [InlineData("guarantee", "guaranteed", "guaranteeing", "guarantees")]
    [InlineData("proceed", "proceeded", "proceeding", "proceeds")]
    [InlineData("need", "needed", "needing", "needs")]
    [InlineData("flee", "fled", "fleeing", "flees")]
    [InlineData("ban", "banned", "banning", "bans")]
    // A final "ff" or "zz" is the base's own, never doubled by the ending: "rebuffed" is "rebuff" + "-ed".
    [InlineData("rebuff", "rebuffed", "rebuffing", "rebuffs")]
    [InlineData("scoff", "scoffed", "scoffing", "scoffs")]
    [InlineData("buzz", "buzzed", "buzzing", "buzzes")]
    [InlineData("apologize", "apologized", "apologizing", "apologizes")]
    [InlineData("travel", "travelled", "travelling", "travels")]
    [InlineData("travel", "traveled", "traveling", "travels")]
    [InlineData("cancel", "cancelled", "cancelling", "cancels")]
    [InlineData("control", "controlled", "controlling", "controls")]
    [InlineData("install", "installed", "installing", "installs")]
    [InlineData("recall", "recalled", "recalling", "recalls")]
    [InlineData("call", "called", "calling", "calls")]
    [InlineData("expel", "expelled", "expelling", "expels")]
    public void Every_regular_form_meets_its_base_on_one_stem(string baseForm, string past, string participle, string third)
    {
        var stemmer = new Stemmer(new Dictionary<string, string> { ["fled"] = "flee" });

        var expected = stemmer.Stem(baseForm);

        Assert.Equal(expected, stemmer.Stem(past));
        Assert.Equal(expected, stemmer.Stem(participle));
        Assert.Equal(expected, stemmer.Stem(third));
    }

    [Theory]
    [InlineData("Hwasong-18", "hwasong")]
    [InlineData("Taepodong-2", "taepodong")]
    [InlineData("Pukguksong-3A", "pukguksong")]
    [InlineData("KN-23", "kn-23")]
    [InlineData("anti-Japanese", "anti-japanes")]
    [InlineData("COVID-19", "covid")]
    public void A_model_number_after_a_name_stems_to_the_family(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Plain.Stem(word));

    [Fact]
    public void A_word_listed_as_its_own_base_is_left_whole()
    {
        var stemmer = new Stemmer(new Dictionary<string, string> { ["according"] = "according" });

        Assert.Equal("according", stemmer.Stem("according"));
        Assert.NotEqual(stemmer.Stem("accord"), stemmer.Stem("according"));
    }

    [Theory]
    [InlineData("Imposed", "imposed", "impos")]
    [InlineData("MET", "met", "meet")]
    [InlineData("Sanctions", "sanctions", "sanction")]
    public void A_word_as_written_gives_its_lower_case_and_stem_the_first_time_and_every_time_after(string written, string lower, string stem)
    {
        var stemmer = new Stemmer(new Dictionary<string, string> { ["met"] = "meet" });

        Assert.Equal((lower, stem), stemmer.Word(written));
        Assert.Equal((lower, stem), stemmer.Word(("x" + written).AsSpan(1)));
        Assert.Equal(stemmer.Stem(lower), stemmer.Word(written).Stem);
    }
}
