using Strait.Core.Knowledge;

namespace Strait.Ingest.Tests;

/// <summary>Finds the project's <c>shared</c> folder (seeds, gold) by walking up from the test's directory.</summary>
internal static class SharedFolder
{
    public static string Locate(string sub) =>
        Path.Combine(
            FolderSearch.Above(AppContext.BaseDirectory, Path.Combine("shared", "seeds"))
                ?? throw new DirectoryNotFoundException($"No shared/seeds folder above {AppContext.BaseDirectory}."),
            "shared",
            sub);
}
