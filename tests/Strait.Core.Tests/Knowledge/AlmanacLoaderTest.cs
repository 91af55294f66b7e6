using System.Text.RegularExpressions;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Core.Tests.Knowledge;

public sealed partial class AlmanacLoaderTest
{
    private const string Header = "when,type,source,target,issue,status,summary,reference,aliases,note";

    private static readonly Lazy<IReadOnlyList<AlmanacEntry>> RealAlmanac = new(() =>
        AlmanacLoader.Load(AlmanacTestFolders.AlmanacFile()).Value);

    [Fact]
    public void TheBuiltInAlmanacHasAtLeast200EntriesFrom1965On()
    {
        var entries = RealAlmanac.Value;

        Assert.True(entries.Count >= 200, $"only {entries.Count} entries");
        Assert.All(entries, e => Assert.True(e.Event.When!.Start.Year >= 1965, $"{e.Event.When} is before 1965"));
        Assert.Contains(entries, e => e.Event.When!.Start.Year == 1965);
        Assert.Contains(entries, e => e.Event.When!.Start.Year >= 2025);
    }

    [Fact]
    public void TheCandidateRowsLoadAndEachNamesACheckedPage()
    {
        var candidates = AlmanacLoader.Load(Path.Combine(Path.GetDirectoryName(AlmanacTestFolders.AlmanacFile())!, "candidates.csv"));

        Assert.True(candidates.Success, candidates.Error?.ToString());
        Assert.True(candidates.Value.Count >= 100, $"only {candidates.Value.Count} candidate rows");
        Assert.All(candidates.Value, e => Assert.Contains("http", e.Reference, StringComparison.Ordinal));
        Assert.All(candidates.Value, e => Assert.InRange(e.Event.When!.Start.Year, 2010, 2026));
    }

    [Fact]
    public void EveryEntryHasASummaryAndAReferenceCarriedAsItsEvidence()
    {
        Assert.All(RealAlmanac.Value, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reference));
            Assert.False(string.IsNullOrWhiteSpace(e.Summary));
            var evidence = Assert.Single(e.Event.Evidence);
            Assert.Equal(e.Summary, evidence.Text);
            Assert.Equal(e.Reference, evidence.Source);
            Assert.Equal(1.0, e.Event.Confidence);
        });
    }

    [Fact]
    public void NoTwoEntriesShareAKey()
    {
        var duplicates = RealAlmanac.Value.GroupBy(e => e.Event.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("2019-07-01", "2019-11-30", false)]
    [InlineData("2012-08-01", "2012-12-31", false)]
    [InlineData("2023-03-01", "2023-12-31", true)]
    [InlineData("1998-10-01", "1998-12-31", true)]
    public void TheBalanceOfDyadEventsMatchesTheKnownPhases(string from, string to, bool cooperationWins)
    {
        var span = PartialDate.Between(PartialDate.ParseExact(from), PartialDate.ParseExact(to));
        var dyad = RealAlmanac.Value
            .Where(e => span.Contains(e.Event.When!))
            .Where(e => new[] { e.Event.Source.Country, e.Event.Target.Country }.Order().SequenceEqual(["JPN", "KOR"]))
            .ToList();
        var cooperation = dyad.Count(e => e.Event.Type is EventType.AGREE or EventType.CONSULT or EventType.SUPPORT
            or EventType.CONCEDE or EventType.COOPERATE or EventType.AID or EventType.RETREAT);

        Assert.Equal(cooperationWins, cooperation > dyad.Count - cooperation);
    }

    [Fact]
    public void AliasesAreSplitOnSemicolons()
    {
        var osaka = RealAlmanac.Value.Single(e => e.Event.When == PartialDate.Day(2019, 6, 28));

        Assert.Contains("Osaka G20 summit", osaka.Aliases);
        Assert.Contains("G20 summit in Osaka", osaka.Aliases);
    }

    [Fact]
    public void NoSummaryRepeatsTenWordsOfASeedArticle()
    {
        var seedRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AlmanacTestFolders.Shared(), "seeds"), "*.txt"))
        {
            var words = Words(File.ReadAllText(file));
            for (var i = 0; i + 10 <= words.Count; i++)
            {
                seedRuns.Add(string.Join(' ', words.Skip(i).Take(10)));
            }
        }

        Assert.NotEmpty(seedRuns);
        Assert.All(RealAlmanac.Value, e =>
        {
            var words = Words(e.Summary);
            for (var i = 0; i + 10 <= words.Count; i++)
            {
                var run = string.Join(' ', words.Skip(i).Take(10));
                Assert.False(seedRuns.Contains(run), $"'{run}' is copied from a seed article");
            }
        });
    }

    [Fact]
    public void AWellFormedFileWithCommentsLoadsEveryField()
    {
        var path = WriteTemp(
            "# a made-up almanac",
            Header,
            "2031-04-02,AGREE,KORGOV,JPNGOV,economy,occurred,\"Two ministers sign a made-up accord, in Busan\",Example Daily 2031-04-03,made-up accord; Busan accord,unverified",
            "# a comment between rows",
            "2031-05,CONSULT,JPNGOV,KORGOV,diplomacy,planned,A made-up visit is announced,https://example.org/visit,,");

        var entries = AlmanacLoader.Load(path).Value;

        Assert.Equal(2, entries.Count);
        var accord = entries[0];
        Assert.Equal(EventType.AGREE, accord.Event.Type);
        Assert.Equal("KORGOV", accord.Event.Source.ToString());
        Assert.Equal(Issue.Economy, accord.Event.Issue);
        Assert.Equal("Two ministers sign a made-up accord, in Busan", accord.Summary);
        Assert.Equal(["made-up accord", "Busan accord"], accord.Aliases);
        Assert.Equal("unverified", accord.Note);
        Assert.Equal(EventStatus.Planned, entries[1].Event.Status);
        Assert.Empty(entries[1].Aliases);
        Assert.Null(entries[1].Note);
    }

    [Theory]
    [InlineData("2031-13-01,AGREE,KORGOV,JPNGOV,economy,occurred,A summary,A source,,", "when")]
    [InlineData("2031-01-01,HUG,KORGOV,JPNGOV,economy,occurred,A summary,A source,,", "type")]
    [InlineData("2031-01-01,agree,KORGOV,JPNGOV,economy,occurred,A summary,A source,,", "type")]
    [InlineData("2031-01-01,AGREE,KORXYZ,JPNGOV,economy,occurred,A summary,A source,,", "source")]
    [InlineData("2031-01-01,AGREE,KORGOV,J,economy,occurred,A summary,A source,,", "target")]
    [InlineData("2031-01-01,AGREE,KORGOV,JPNGOV,weather,occurred,A summary,A source,,", "issue")]
    [InlineData("2031-01-01,AGREE,KORGOV,JPNGOV,Economy,occurred,A summary,A source,,", "issue")]
    [InlineData("2031-01-01,AGREE,KORGOV,JPNGOV,economy,maybe,A summary,A source,,", "status")]
    [InlineData("2031-01-01,AGREE,KORGOV,JPNGOV,economy,occurred,,A source,,", "summary")]
    [InlineData("2031-01-01,AGREE,KORGOV,JPNGOV,economy,occurred,A summary,,,", "reference")]
    public void ABadRowGivesAStr110ErrorNamingTheFileLineAndColumn(string badRow, string column)
    {
        var path = WriteTemp(
            "# header comment",
            Header,
            "2031-01-01,AGREE,KORGOV,JPNGOV,economy,occurred,A good row,A source,,",
            badRow);

        var result = AlmanacLoader.Load(path);

        Assert.False(result.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
        Assert.Equal($"{path}:4, column '{column}'", result.Error.Where);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Hint));
    }

    [Fact]
    public void ARowWithTooManyFieldsNamesItsLine()
    {
        var path = WriteTemp(Header, "2031-01-01,AGREE,KORGOV,JPNGOV,economy,occurred,A summary, with a comma,A source,,");

        var result = AlmanacLoader.Load(path);

        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
        Assert.StartsWith($"{path}:2", result.Error.Where);
        Assert.Contains("Quote", result.Error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingColumnIsReportedAtTheHeader()
    {
        var path = WriteTemp("when,type,source,target,issue,status,summary,aliases,note", "2031-01-01,AGREE,KORGOV,JPNGOV,economy,occurred,x,,");

        var result = AlmanacLoader.Load(path);

        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
        Assert.Contains("reference", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsAStr110Error()
    {
        var result = AlmanacLoader.Load(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.csv"));

        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static string WriteTemp(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"strait-almanac-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
/// <summary>Finds the repository's almanac and indicator files and the shared development set, for tests.</summary>
internal static class AlmanacTestFolders
{
    public static string AlmanacFile() => Path.Combine(Up(Path.Combine("data", "almanac", "almanac.csv")), "data", "almanac", "almanac.csv");

    public static string IndicatorFolder() => Path.Combine(Up(Path.Combine("data", "indicators")), "data", "indicators");

    public static string Shared() => Path.Combine(Up(Path.Combine("shared", "seeds")), "shared");

    private static string Up(string relative) =>
        FolderSearch.Above(AppContext.BaseDirectory, relative)
        ?? throw new DirectoryNotFoundException($"No {relative} above {AppContext.BaseDirectory}");
}
