namespace Strait.Core.Knowledge;

/// <summary>
/// Finds the <c>data/</c> folder that holds the knowledge files. The environment variable
/// <c>STRAIT_DATA</c> wins when set; otherwise the first folder holding <c>data/actors/countries.yaml</c>
/// found by walking up from the application's base directory, then from the current directory.
/// </summary>
public static class DataDirectory
{
    /// <summary>The environment variable that names the data folder explicitly.</summary>
    public const string EnvironmentVariable = "STRAIT_DATA";

    /// <summary>The file, relative to the data folder, whose presence marks a data folder.</summary>
    public static readonly string MarkerFile = Path.Combine("actors", "countries.yaml");

    /// <summary>Locates the data folder for this process (reads the environment and the current directory).</summary>
    public static Outcome<string> Locate() =>
        Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    /// <summary>
    /// Locates the data folder from explicit inputs: <paramref name="explicitPath"/> (the value of
    /// <c>STRAIT_DATA</c>, may be null or empty) and the folders to walk up from, in order.
    /// </summary>
    public static Outcome<string> Locate(string? explicitPath, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var full = Path.GetFullPath(explicitPath);
            return File.Exists(Path.Combine(full, MarkerFile))
                ? Outcome<string>.Ok(full)
                : Outcome<string>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
                    $"{EnvironmentVariable} names '{full}', which holds no {MarkerFile.Replace('\\', '/')}",
                    Where: EnvironmentVariable,
                    Hint: $"Point {EnvironmentVariable} at the repository's data/ folder, or unset it."));
        }

        foreach (var start in startFolders.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            if (FolderSearch.Above(start, Path.Combine("data", MarkerFile)) is { } root)
            {
                return Outcome<string>.Ok(Path.Combine(root, "data"));
            }
        }

        return Outcome<string>.Fail(new StraitError(ErrorCodes.KnowledgeFile,
            $"No data/{MarkerFile.Replace('\\', '/')} found above {string.Join(" or ", startFolders)}",
            Hint: $"Run Strait from inside the repository, or set {EnvironmentVariable} to its data/ folder."));
    }
}
