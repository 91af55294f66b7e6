namespace Strait.Text.Evaluation;

/// <summary>An event in a few words for a diagnosis line: <c>2030-07 ACCUSE ABCGOV→XYZGOV</c>.</summary>
public static class EventText
{
    public static string Short(AnnotatedEvent e) => $"{e.When?.ToString() ?? "?"} {e.Type} {e.Source}→{e.Target}";
}
