using Strait.Core.Knowledge;

namespace Strait.Cli.Tests;

/// <summary>Finds the repository's folders (samples) and the project's shared folder by walking up from the test's directory.</summary>
internal static class RepositoryFolders
{
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The repository's root folder (it holds Strait.sln).</summary>
    public static string Root => Above("Strait.sln");

    public static string SharedSeeds => Path.Combine(Above(Path.Combine("shared", "seeds")), "shared", "seeds");

    private static string Above(string marker) =>
        FolderSearch.Above(AppContext.BaseDirectory, marker)
        ?? throw new DirectoryNotFoundException($"No {marker} above {AppContext.BaseDirectory}.");
}
