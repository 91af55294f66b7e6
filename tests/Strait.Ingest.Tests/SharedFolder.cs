namespace Strait.Ingest.Tests;

/// <summary>Finds the project's <c>shared</c> folder (seeds, gold) by walking up from the test's directory.</summary>
internal static class SharedFolder
{
    public static string Locate(string sub)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(folder.FullName, "shared", sub);
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds folder above {AppContext.BaseDirectory}.");
    }
}
