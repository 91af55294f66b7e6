using Strait.Core.Knowledge;

namespace Strait.Core.Tests.Knowledge;

public sealed class DataDirectoryTest : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "strait-datadir-" + Guid.NewGuid().ToString("N"));

    public DataDirectoryTest()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data", "actors"));
        File.WriteAllText(Path.Combine(_root, "data", "actors", "countries.yaml"), "countries: []\n");
        Directory.CreateDirectory(Path.Combine(_root, "a", "b"));
    }

    [Fact]
    public void Locate_WalksUpToTheFolderHoldingData() =>
        Assert.Equal(Path.Combine(_root, "data"), DataDirectory.Locate(null, Path.Combine(_root, "a", "b")).Value);

    [Fact]
    public void Locate_TriesTheNextStartFolder()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "strait-nowhere-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(nowhere);
        try
        {
            Assert.Equal(Path.Combine(_root, "data"), DataDirectory.Locate("", nowhere, Path.Combine(_root, "a")).Value);
        }
        finally
        {
            Directory.Delete(nowhere);
        }
    }

    [Fact]
    public void Locate_ExplicitPathWins() =>
        Assert.Equal(Path.Combine(_root, "data"), DataDirectory.Locate(Path.Combine(_root, "data"), "/").Value);

    [Fact]
    public void Locate_ExplicitPathWithoutCountriesFails()
    {
        var located = DataDirectory.Locate(Path.Combine(_root, "a"), Path.Combine(_root, "a"));

        Assert.False(located.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, located.Error!.Code);
        Assert.Contains(DataDirectory.EnvironmentVariable, located.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_FromTheTestRun_FindsTheRepositoryData() =>
        Assert.True(File.Exists(Path.Combine(DataDirectory.Locate().Value, "actors", "people.yaml")));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
