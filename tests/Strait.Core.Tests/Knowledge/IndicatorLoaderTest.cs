using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Core.Tests.Knowledge;

public sealed class IndicatorLoaderTest
{
    private const string Header = "series,measure,population,when,value,unit,by,mode,break,source,note";

    private static readonly Lazy<IReadOnlyList<IndicatorObservation>> RealIndicators = new(() =>
        IndicatorLoader.LoadDirectory(AlmanacTestFolders.IndicatorFolder()).Value);

    [Fact]
    public void TheCabinetOfficeSeriesRecordsItsBreakIn2020AndNowhereElse()
    {
        var affinity = RealIndicators.Value.Where(o => o.Series == "jp_affinity_kr").ToList();

        var breaks = affinity.Where(o => o.SeriesBreak).Select(o => o.Indicator.When).ToList();
        Assert.Equal([PartialDate.Year(2020)], breaks);
        Assert.All(affinity.Where(o => o.Indicator.When!.Start.Year < 2020), o => Assert.Equal("face-to-face", o.Mode));
        Assert.All(affinity.Where(o => o.Indicator.When!.Start.Year >= 2020), o => Assert.Equal("mail", o.Mode));
    }

    [Theory]
    [InlineData("jp_affinity_kr", "2019", 26.7)]
    [InlineData("jp_affinity_kr", "2011", 62.2)]
    [InlineData("kr_good_of_jp", "2025", 52.4)]
    [InlineData("approval_lee_myung_bak_gallup_korea", "2012-08-13/2012-08-17", 26)]
    [InlineData("korean_imports_of_japanese_beer", "2019", 39.76)]
    public void ValuesAreThoseOfTheReferenceFacts(string series, string when, double value)
    {
        var observation = RealIndicators.Value.Single(o => o.Series == series && o.Indicator.When == PartialDate.ParseExact(when));

        Assert.Equal(value, observation.Indicator.Value);
    }

    [Fact]
    public void EveryObservationNamesItsSourceAndWhoMeasuredIt()
    {
        var all = RealIndicators.Value;

        Assert.True(all.Count >= 80, $"only {all.Count} observations");
        Assert.All(all, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Indicator.Evidence.Source));
            Assert.False(string.IsNullOrWhiteSpace(o.Indicator.By));
        });
    }

    [Fact]
    public void TheGenronSeriesMarksTheOtherConsortiumOf2025()
    {
        var row = RealIndicators.Value.Single(o => o.Series == "jp_good_of_kr" && o.Indicator.When == PartialDate.Year(2025));

        Assert.True(row.SeriesBreak);
        Assert.Contains("consortium", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedFileLoadsEveryField()
    {
        var path = WriteTemp(
            "# made-up figures",
            Header,
            "made_up_poll,made-up liking,JPN,2031,41.5,percent,Example Institute,mail,yes,Example Daily 2031-12-01,a note",
            "made_up_poll,made-up liking,JPN,2032,43,percent,Example Institute,mail,,Example Daily 2032-12-01,");

        var observations = IndicatorLoader.Load(path).Value;

        Assert.Equal(2, observations.Count);
        var first = observations[0];
        Assert.Equal("made_up_poll", first.Series);
        Assert.Equal(41.5, first.Indicator.Value);
        Assert.Equal("JPN", first.Indicator.Population);
        Assert.Equal("Example Institute", first.Indicator.By);
        Assert.Equal("Example Daily 2031-12-01", first.Indicator.Evidence.Source);
        Assert.True(first.SeriesBreak);
        Assert.Equal("a note", first.Note);
        Assert.False(observations[1].SeriesBreak);
        Assert.Null(observations[1].Note);
    }

    [Theory]
    [InlineData("made_up_poll,made-up liking,JPN,2031,41.5%,percent,Example Institute,mail,,Example Daily,", "value")]
    [InlineData("made_up_poll,made-up liking,JPN,31,41.5,percent,Example Institute,mail,,Example Daily,", "when")]
    [InlineData("made_up_poll,made-up liking,JPN,2031,41.5,percent,Example Institute,mail,maybe,Example Daily,", "break")]
    [InlineData("made_up_poll,made-up liking,JPN,2031,41.5,percent,Example Institute,mail,,,", "source")]
    [InlineData("made_up_poll,made-up liking,J,2031,41.5,percent,Example Institute,mail,,Example Daily,", "population")]
    [InlineData("made_up_poll,made-up liking,JPN,2030,40,percent,Example Institute,mail,,Example Daily,", "when")]
    public void ABadRowGivesAStr110ErrorNamingTheFileLineAndColumn(string badRow, string column)
    {
        var path = WriteTemp(
            Header,
            "# a comment",
            "made_up_poll,made-up liking,JPN,2030,39,percent,Example Institute,mail,,Example Daily,",
            badRow);

        var result = IndicatorLoader.Load(path);

        Assert.False(result.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
        Assert.Equal($"{path}:4, column '{column}'", result.Error.Where);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Hint));
    }

    [Fact]
    public void LoadDirectoryStopsAtTheFirstBadFile()
    {
        var folder = Directory.CreateTempSubdirectory("strait-indicators-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.csv"), $"{Header}\nmade_up,m,KOR,2031,1,ratio,X,,,Y,\n");
        File.WriteAllText(Path.Combine(folder, "b.csv"), $"{Header}\nmade_up,m,KOR,2031,one,ratio,X,,,Y,\n");

        var result = IndicatorLoader.LoadDirectory(folder);

        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
        Assert.StartsWith(Path.Combine(folder, "b.csv") + ":2", result.Error.Where);
    }

    [Fact]
    public void AMissingFolderIsAStr110Error()
    {
        var result = IndicatorLoader.LoadDirectory(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}"));

        Assert.Equal(ErrorCodes.KnowledgeFile, result.Error!.Code);
    }

    private static string WriteTemp(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"strait-indicators-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
