using Strait.Analysis.Index;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Knowledge;

namespace Strait.Analysis.Tests.Index;

public sealed class IndexSettingsLoaderTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("strait-weights-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_reads_the_built_in_weights_with_every_type_weighed()
    {
        var data = DataDirectory.Locate(null, AppContext.BaseDirectory).Value;

        var settings = IndexSettingsLoader.Load(Path.Combine(data, IndexSettingsLoader.DefaultRelativePath));

        Assert.True(settings.Success, settings.Error?.ToString());
        Assert.Equal(16, settings.Value.Weights.Count);
        Assert.True(settings.Value.WeightOf(EventType.AGREE) > 0);
        Assert.True(settings.Value.WeightOf(EventType.SANCTION) < 0);
        Assert.InRange(settings.Value.Decay, 0.5, 1.0);
    }

    [Fact]
    public void Load_names_the_missing_type()
    {
        var text = File.ReadAllText(Path.Combine(DataDirectory.Locate(null, AppContext.BaseDirectory).Value, IndexSettingsLoader.DefaultRelativePath));
        var path = Write(string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("ASSAULT:", StringComparison.Ordinal))));

        var settings = IndexSettingsLoader.Load(path);

        Assert.False(settings.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, settings.Error!.Code);
        Assert.Contains("ASSAULT", settings.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("weights:\n  AGREE: eleven\n", "weights.AGREE")]
    [InlineData("weights:\n  AGREE: 11\n", "weights.AGREE")]
    [InlineData("weights:\n  HUG: 3\n", "weights.HUG")]
    [InlineData("other: 1\n", "")]
    public void Load_rejects_bad_weights_saying_where(string yaml, string where)
    {
        var settings = IndexSettingsLoader.Load(Write(yaml));

        Assert.False(settings.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, settings.Error!.Code);
        Assert.Contains(where, settings.Error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_fails_for_a_missing_file() =>
        Assert.Equal(ErrorCodes.KnowledgeFile, IndexSettingsLoader.Load(Path.Combine(_folder, "none.yaml")).Error!.Code);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
