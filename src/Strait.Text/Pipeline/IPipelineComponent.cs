namespace Strait.Text.Pipeline;

/// <summary>
/// One named step of the text pipeline. It reads what earlier steps wrote and adds its own annotations,
/// declared in <see cref="Assigns"/> (for example "sentences", "actors", "times", "events").
/// </summary>
public interface IPipelineComponent
{
    string Name { get; }

    IReadOnlyList<string> Assigns { get; }

    void Process(TextDocument document);
}
