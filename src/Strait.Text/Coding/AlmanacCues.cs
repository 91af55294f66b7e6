namespace Strait.Text.Coding;

/// <summary>
/// What the sentence says about its event's time beyond a stated date: <see cref="MarkedPast"/> when a <c>past</c>
/// cue ("former", "at the time") places it in a bygone period; <see cref="NewsOnly"/> when it is the news peg of a
/// dated report (<see cref="NewsDay"/>), so only an entry of the news window may date it.
/// </summary>
public readonly record struct AlmanacCues(bool MarkedPast, bool NewsOnly);
