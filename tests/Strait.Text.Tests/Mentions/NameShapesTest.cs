using Strait.Text.Mentions;

namespace Strait.Text.Tests.Mentions;

/// <summary>Name shapes over made-up surname and syllable lists and the real file's.</summary>
public sealed class NameShapesTest
{
    private static readonly NameShapes MadeUp = new(
        [new SurnameShape("FRE", new HashSet<string>(StringComparer.Ordinal) { "Vek", "Rom" })],
        [new SyllableShape("SYL", ["ta", "to", "ki", "ri", "o", "n"], new HashSet<char> { 't' })]);

    [Theory]
    [InlineData("Vek Ana-lu", "FRE")]
    [InlineData("Rom Bo-ri", "FRE")]
    [InlineData("Tori Kitta", "SYL")]
    [InlineData("Taki Ontori", "SYL")]
    public void GivesTheCountryOfANameOfItsShape(string name, string country) =>
        Assert.Equal(country, MadeUp.CountryOf(name.Split(' ')));

    [Theory]
    [InlineData("Vek Analu")]
    [InlineData("Pel Ana-lu")]
    [InlineData("Vek Ana-lu-po")]
    [InlineData("Vek Ana-Lu")]
    [InlineData("Tori Kittax")]
    [InlineData("Tori Ki")]
    [InlineData("Tori Kitta Taki")]
    [InlineData("tori kitta")]
    public void SaysNothingOfANameOfNoShape(string name) => Assert.Null(MadeUp.CountryOf(name.Split(' ')));

    [Fact]
    public void SaysNothingOfANameOfTwoCountriesShapes()
    {
        var both = new NameShapes(
            [new SurnameShape("FRE", new HashSet<string>(StringComparer.Ordinal) { "Taki" })],
            [new SyllableShape("SYL", ["ta", "ki", "o", "ri", "-"], new HashSet<char>())]);
        Assert.Null(both.CountryOf(["Taki", "Ori-ta"]));
    }

    [Theory]
    [InlineData("Park Cheol-hee", "KOR")]
    [InlineData("Koji Tomita", "JPN")]
    [InlineData("Yoshimasa Hattori", "JPN")]
    [InlineData("David Stilwell", null)]
    [InlineData("Kim Jong Un", null)]
    [InlineData("Lin Jian", null)]
    public void TheRealFileKnowsKoreanAndJapaneseNames(string name, string? country) =>
        Assert.Equal(country, TestText.Resources.NameShapes.CountryOf(name.Split(' ')));
}
