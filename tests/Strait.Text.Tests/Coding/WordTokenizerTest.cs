using System.Text.RegularExpressions;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed partial class WordTokenizerTest
{
    /// <summary>Characters that make the scanner's choices: digits, letters of several scripts, joiners, marks, spaces.</summary>
    private const string Alphabet = "aZé한0 9.,-'’s²\u00A0\t\n!?()\"“”$%Ⅻ";

    [Fact]
    public void The_scanner_splits_random_text_exactly_as_the_documented_pattern()
    {
        var random = new Random(20261207);
        for (var sample = 0; sample < 5000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            Assert.Equal(ByPattern(text), ByScanner(text));
        }
    }

    [Fact]
    public void The_scanner_splits_the_repository_articles_exactly_as_the_documented_pattern()
    {
        var repository = Path.GetDirectoryName(TestData.DataDirectory().TrimEnd(Path.DirectorySeparatorChar))!;
        var files = Directory.GetFiles(Path.Combine(repository, "samples")).Concat(Directory.GetFiles(Path.Combine(repository, "eval", "dev2"), "*.txt")).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(ByPattern(text), ByScanner(text));
        }
    }

    [Theory]
    [InlineData("Japan's exports fell 3.5% to 1,200 units.", "japan|'s|exports|fell|3.5|%|to|1,200|units|.")]
    [InlineData("Lee Myung-bak met U.S. envoys in Korea-Japan talks.", "lee|myung-bak|met|u.s|.|envoys|in|korea|-|japan|talks|.")]
    [InlineData("the 2019-07 curbs, G7 and K-pop", "the|2019|-|07|curbs|,|g7|and|k-pop")]
    public void Words_numbers_possessives_and_joined_names_are_split_as_the_coder_reads_them(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', WordTokenizer.Tokenize(text, 0, text.Length, Stemmer.Plain).Select(t => t.Lower)));
    }

    [Fact]
    public void A_span_of_the_text_is_split_without_reaching_past_its_end()
    {
        const string text = "Seoul protested. Tokyo replied";
        var tokens = WordTokenizer.Tokenize(text, 6, 15, Stemmer.Plain);

        Assert.Equal(["protest"], tokens.Select(t => t.Lower[..7]));
        Assert.Equal(15, tokens[^1].End);
    }

    private static List<(int, int)> ByPattern(string text) =>
        Pattern().Matches(text).Select(m => (m.Index, m.Length)).ToList();

    private static List<(int, int)> ByScanner(string text)
    {
        var words = new List<(int, int)>();
        var at = 0;
        while (WordTokenizer.NextWord(text, ref at, text.Length) is var (start, length))
        {
            words.Add((start, length));
        }

        return words;
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[\-'’.][\p{L}\p{N}]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
