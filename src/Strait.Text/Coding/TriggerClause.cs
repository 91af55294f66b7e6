using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// A matched trigger in its sentence and article, with the bounds of its clause, where its subject may start (before a
/// relative pronoun that opens the clause), and whether the trigger is a passive verb.
/// </summary>
public sealed record TriggerClause(
    TextDocument Document,
    SentenceView View,
    EventPattern Pattern,
    PhraseMatch Match,
    ReferenceTracker References,
    Counterparts Counterparts,
    int ClauseStart,
    int ClauseEnd,
    int SubjectStart,
    bool Passive);
