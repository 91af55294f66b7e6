using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Strait.Core.Knowledge;

/// <summary>Reads a YAML file into its node tree (with line numbers), turning every failure into a <see cref="StraitError"/>.</summary>
public static class YamlFile
{
    public static Outcome<YamlMappingNode> LoadMapping(string path, string errorCode)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome<YamlMappingNode>.Fail(new StraitError(errorCode, $"cannot read the file: {e.Message}", path, "Check the path."));
        }

        return ParseMapping(text, path, errorCode);
    }

    public static Outcome<YamlMappingNode> ParseMapping(string text, string path, string errorCode)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return Outcome<YamlMappingNode>.Fail(new StraitError(errorCode, $"not valid YAML: {e.InnerException?.Message ?? e.Message}", Where(path, e.Start), "Fix the YAML syntax at that line."));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Outcome<YamlMappingNode>.Fail(new StraitError(errorCode, "the file must hold one YAML mapping (key: value lines)", path, "See the format description."));
        }

        return Outcome<YamlMappingNode>.Ok(root);
    }

    public static string Where(string path, Mark mark) => $"{path}:{mark.Line}";

    public static string Where(string path, YamlNode node) => Where(path, node.Start);

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
}
