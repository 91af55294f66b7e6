using Strait.Core.Knowledge;

namespace Strait.Core.Tests.Knowledge;

public sealed class FolderSearchTest : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "strait-foldersearch-" + Guid.NewGuid().ToString("N"));

    public FolderSearchTest()
    {
        Directory.CreateDirectory(Path.Combine(_root, "marked", "inner", "deeper"));
        File.WriteAllText(Path.Combine(_root, "marked", "marker.txt"), "x");
        Directory.CreateDirectory(Path.Combine(_root, "marked", "inner", "box"));
    }

    [Fact]
    public void Above_FindsTheFolderHoldingAFile() =>
        Assert.Equal(Path.Combine(_root, "marked"), FolderSearch.Above(Path.Combine(_root, "marked", "inner", "deeper"), "marker.txt"));

    [Fact]
    public void Above_FindsTheFolderHoldingAFolder() =>
        Assert.Equal(Path.Combine(_root, "marked", "inner"), FolderSearch.Above(Path.Combine(_root, "marked", "inner", "deeper"), "box"));

    [Fact]
    public void Above_StartsWithTheStartFolderItself() =>
        Assert.Equal(Path.Combine(_root, "marked"), FolderSearch.Above(Path.Combine(_root, "marked"), "marker.txt"));

    [Fact]
    public void Above_IsNullWhenNoFolderHoldsIt() =>
        Assert.Null(FolderSearch.Above(Path.Combine(_root, "marked", "inner"), "no-such-" + Guid.NewGuid().ToString("N")));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
