namespace Strait.Core.Knowledge;

/// <summary>Walks up the folder tree to the first folder that holds a given file or folder.</summary>
public static class FolderSearch
{
    /// <summary>
    /// The first folder, from <paramref name="start"/> upwards, that holds <paramref name="relative"/> (a file or
    /// a folder, relative to it); null when none does.
    /// </summary>
    public static string? Above(string start, string relative)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (Path.Exists(Path.Combine(folder.FullName, relative)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
