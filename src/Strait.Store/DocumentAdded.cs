namespace Strait.Store;

/// <summary>What <see cref="IStraitStore.AddDocument"/> did.</summary>
public enum DocumentAdded
{
    /// <summary>The document was stored.</summary>
    New,
    /// <summary>A document with the same content id was already stored; nothing was written.</summary>
    Duplicate,
}
