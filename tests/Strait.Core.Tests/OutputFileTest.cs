namespace Strait.Core.Tests;

public sealed class OutputFileTest : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "strait-outputfile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Write_CreatesTheFolderAndTheFile()
    {
        var path = Path.Combine(_root, "new", "made.txt");

        var written = OutputFile.Write(path, "made-up text", "cannot write the made file", "Choose another path.");

        Assert.Equal(path, written.Value);
        Assert.Equal("made-up text", File.ReadAllText(path));
    }

    [Fact]
    public void Write_OntoAFolder_IsAnErrorSayingWhatAndWhere()
    {
        Directory.CreateDirectory(Path.Combine(_root, "taken"));

        var written = OutputFile.Write(Path.Combine(_root, "taken"), "x", "cannot write the made file", "Choose another path.");

        Assert.False(written.Success);
        Assert.Equal(ErrorCodes.UnreadableFile, written.Error!.Code);
        Assert.StartsWith("cannot write the made file: ", written.Error.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_root, "taken"), written.Error.Where);
        Assert.Equal("Choose another path.", written.Error.Hint);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
