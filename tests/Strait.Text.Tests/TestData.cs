using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests;

/// <summary>Finds the repository's data folder and the shared folder (../shared) for tests.</summary>
internal static class TestData
{
    /// <summary>The whole text pipeline over the repository's data (real time and actor taggers, the coder), built once for the tests that need it.</summary>
    public static readonly Lazy<TextPipeline> RealPipeline = new(() =>
        StraitPipeline.Load(DataDirectory(), CodingComponents.Load(DataDirectory()).Value).Value);

    public static string DataDirectory()
    {
        var located = Core.Knowledge.DataDirectory.Locate(null, AppContext.BaseDirectory);
        return located.Success ? located.Value : throw new InvalidOperationException(located.Error!.ToString());
    }

    /// <summary>The folder that holds <c>seeds</c> and <c>eval</c>, found by walking up from the test's base directory.</summary>
    public static string? SharedDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A file of this test project's source folder (golden files are read where they are written).</summary>
    public static string SourceFile(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, "tests", "Strait.Text.Tests", .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No tests/Strait.Text.Tests/{string.Join('/', parts)} above {AppContext.BaseDirectory}");
    }
}
