using Strait.Core.Knowledge;

namespace Strait.Text.Tests;

/// <summary>Loading the text resource files from a copy of the real data folder, with one title changed.</summary>
public sealed class TextResourcesTest : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("strait-text-").FullName;

    public TextResourcesTest()
    {
        var source = Path.Combine(DataDirectory.Locate().Value, TextResources.Folder);
        var target = Directory.CreateDirectory(Path.Combine(_data, TextResources.Folder)).FullName;
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private void WriteTitles(string titles) => File.WriteAllText(Path.Combine(_data, TextResources.Folder, TextResources.TitlesFile), titles);

    [Fact]
    public void ReadsTheCountryOfAnOfficeOnlyOneCountryHas()
    {
        WriteTitles("titles:\n  - {phrase: High Steward, role: GOV, country: FRE}\n  - {phrase: Judge, role: JUD}\n");
        var resources = TextResources.Load(_data);
        Assert.True(resources.Success);
        Assert.Equal([new Title("High Steward", Core.Actors.ActorRole.GOV, "FRE"), new Title("Judge", Core.Actors.ActorRole.JUD)], resources.Value.Titles);
    }

    [Fact]
    public void RefusesASyllableShapeWithASyllableThatIsNotLowerCaseLetters()
    {
        File.WriteAllText(Path.Combine(_data, TextResources.Folder, TextResources.NameShapesFile),
            "syllable_shapes:\n  - {country: SYL, syllables: [ta, Ki], doubled: [t]}\n");
        var resources = TextResources.Load(_data);
        Assert.False(resources.Success);
        Assert.Contains("name-shapes.yaml", resources.Error!.Where ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesATitleCountryThatIsNoIsoCode()
    {
        WriteTitles("titles:\n  - {phrase: High Steward, role: GOV, country: Freedonia}\n");
        var resources = TextResources.Load(_data);
        Assert.False(resources.Success);
        Assert.Contains("High Steward", resources.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("titles.yaml", resources.Error.Where ?? "", StringComparison.Ordinal);
    }
}
