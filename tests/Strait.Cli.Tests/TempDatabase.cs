namespace Strait.Cli.Tests;

/// <summary>A temporary folder holding a test's database file (and any files it writes), deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("strait-cli-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "test.db");

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Folder, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
