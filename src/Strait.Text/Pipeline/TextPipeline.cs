using Strait.Core;
using Strait.Core.Documents;

namespace Strait.Text.Pipeline;

/// <summary>An ordered list of named components run over one document. A failing component is named in the error.</summary>
public sealed class TextPipeline(IReadOnlyList<IPipelineComponent> components)
{
    public IReadOnlyList<IPipelineComponent> Components { get; } = components;

    public Outcome<TextDocument> Run(Document document)
    {
        var annotated = new TextDocument(document);
        foreach (var component in Components)
        {
            try
            {
                component.Process(annotated);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return Outcome<TextDocument>.Fail(new StraitError(ErrorCodes.MalformedFile,
                    $"The pipeline step '{component.Name}' failed: {ex.Message}", document.Source));
            }
        }

        return Outcome<TextDocument>.Ok(annotated);
    }
}
