namespace Strait.Cli.Tests;

/// <summary>The listing examples of README.md, run over the ingested samples, so the README does not lie.</summary>
public sealed class ReadmeExamplesTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public ReadmeExamplesTest()
    {
        CliRun.Of("ingest", RepositoryFolders.Samples, "--db", _db.Path);
        CliRun.Of("load-knowledge", "--db", _db.Path);
    }

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("docs")]
    [InlineData("docs --format json")]
    [InlineData("events --from 2026-04 --to 2026-06 --actor JPN")]
    [InlineData("events --issue trade --type ACCUSE --format csv")]
    [InlineData("timeline --from 2026")]
    [InlineData("almanac --from 2019-07 --to 2019-11 --issue trade")]
    [InlineData("almanac --actor KORJUD --format csv")]
    [InlineData("indicators --series jp_affinity_kr")]
    [InlineData("indicators --population KOR --format json")]
    [InlineData("index --by year")]
    [InlineData("index --by quarter --from 2019 --to 2020 --format csv")]
    [InlineData("index --by month --issue history --format json")]
    public void Runs(string example)
    {
        var run = CliRun.Of([.. example.Split(' '), "--db", _db.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.NotEqual("", run.Console + run.Out);
    }
}
