using Strait.Core.Knowledge;
using YamlDotNet.RepresentationModel;

namespace Strait.Core.Tests.Knowledge;

public sealed class YamlFileTest
{
    [Fact]
    public void ParseMapping_ReadsScalarsAndChildren()
    {
        var root = YamlFile.ParseMapping("name: Ruritania\nparts:\n  - north\n", "made.yaml", ErrorCodes.KnowledgeFile).Value;

        Assert.Equal("Ruritania", YamlFile.Scalar(root, "name"));
        Assert.IsType<YamlSequenceNode>(YamlFile.Child(root, "parts"));
        Assert.Null(YamlFile.Scalar(root, "parts"));
        Assert.Null(YamlFile.Child(root, "missing"));
    }

    [Fact]
    public void ParseMapping_BadSyntax_NamesTheFileAndLine()
    {
        var parsed = YamlFile.ParseMapping("name: Ruritania\nparts: [north\n", "made.yaml", ErrorCodes.Scenario);

        Assert.False(parsed.Success);
        Assert.Equal(ErrorCodes.Scenario, parsed.Error!.Code);
        Assert.StartsWith("made.yaml:", parsed.Error.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMapping_ASequenceAtTheTop_Fails() =>
        Assert.False(YamlFile.ParseMapping("- north\n- south\n", "made.yaml", ErrorCodes.KnowledgeFile).Success);

    [Fact]
    public void LoadMapping_MissingFile_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), "strait-missing-" + Guid.NewGuid().ToString("N") + ".yaml");

        var loaded = YamlFile.LoadMapping(path, ErrorCodes.KnowledgeFile);

        Assert.False(loaded.Success);
        Assert.Equal(path, loaded.Error!.Where);
    }
}
