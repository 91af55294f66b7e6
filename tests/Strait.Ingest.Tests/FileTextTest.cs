using System.Text;
using Strait.Core;

namespace Strait.Ingest.Tests;

public sealed class FileTextTest : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_utf8_text_unchanged()
    {
        const string text = "Envoys met in Ulsan — “cordially”.\r\nA second line.\n";
        var path = _folder.Write("a.txt", text);

        Assert.Equal(text, FileText.Read(path).Value);
    }

    [Fact]
    public void Drops_a_utf8_byte_order_mark()
    {
        var path = _folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. "Envoys met."u8]);

        Assert.Equal("Envoys met.", FileText.Read(path).Value);
    }

    [Theory]
    [InlineData(new byte[0], ErrorCodes.EmptyFile)]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, ErrorCodes.EmptyFile)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, ErrorCodes.BinaryFile)]
    [InlineData(new byte[] { 0x53, 0x65, 0x6F, 0x75, 0x6C, 0xE9, 0x20 }, ErrorCodes.NotUtf8)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, ErrorCodes.NotUtf8)]
    public void Refuses_what_is_not_utf8_text(byte[] bytes, string code)
    {
        var path = _folder.WriteBytes("bad.txt", bytes);

        var read = FileText.Read(path);

        Assert.Equal(code, read.Error?.Code);
        Assert.Equal(path, read.Error!.Where);
    }

    [Fact]
    public void Refuses_a_latin1_article()
    {
        var path = _folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Les délégués se sont réunis à Séoul."));

        var read = FileText.Read(path);

        Assert.Equal(ErrorCodes.NotUtf8, read.Error?.Code);
        Assert.Contains("iconv", read.Error!.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_file_as_unreadable() =>
        Assert.Equal(ErrorCodes.UnreadableFile, FileText.Read(Path.Combine(_folder.Path, "none.txt")).Error?.Code);
}
