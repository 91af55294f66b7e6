namespace Strait.Store.Relational;

/// <summary>One numbered step of a backend's schema. Applied in order, each once, recorded in <c>schema_version</c>.</summary>
public sealed record Migration(int Version, string Description, string Sql);
