namespace Strait.Core.Documents;

/// <summary>How a document's publication date was found (FORMAT.md's published_basis).</summary>
public enum PublishedBasis
{
    /// <summary>The file states it (a first line <c> date YYYY-MM-DD Title</c>).</summary>
    Header,
    /// <summary>The page or feed carries it as metadata.</summary>
    Metadata,
    /// <summary>Worked out from dated events the text mentions relative to now.</summary>
    Inferred,
    /// <summary>Neither the file nor the text allows a date.</summary>
    Unknown,
}
