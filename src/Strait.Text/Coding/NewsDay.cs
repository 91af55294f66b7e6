using NodaTime;
using Strait.Core.Time;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The day an undated event in the past tense falls on in a straight news report dated to the day: the nearest day
/// named earlier in its paragraph (a weekday or a date, not after publication: the paragraph's time anchor, "On
/// Thursday Freedonia recalled its envoy. It also summoned ..."), else, in the report's first
/// <see cref="CodingKnowledge.NewsPegParagraphs"/> body paragraphs (its news peg), the publication day itself.
/// A body paragraph ends with one of <see cref="CodingKnowledge.ParagraphEnds"/>; a headline or byline does not.
/// Sentences are entered in document order (<see cref="Enter"/>).
/// </summary>
public sealed class NewsDay
{
    private readonly LocalDate? _published;
    private readonly HashSet<int> _peg = [];
    private SentenceView? _current;
    private PartialDate? _anchor;

    public NewsDay(TextDocument document, CodingKnowledge knowledge)
    {
        _published = document.Published is { Precision: DatePrecision.Day } published ? published.Start : null;
        for (var p = 0; p < document.Paragraphs.Count && _peg.Count < knowledge.NewsPegParagraphs; p++)
        {
            var span = document.Paragraphs[p];
            var text = document.Text[span.Start..span.End].TrimEnd();
            if (knowledge.ParagraphEnds.Any(end => text.EndsWith(end, StringComparison.Ordinal)))
            {
                _peg.Add(p);
            }
        }
    }

    /// <summary>Whether the report is dated to the day, so that the rule applies at all.</summary>
    public bool Applies => _published is not null;

    /// <summary>Moves to the next sentence: the days named in the previous one anchor this one if it is in the same paragraph.</summary>
    public void Enter(SentenceView view)
    {
        if (_current is not null && _current.Paragraph == view.Paragraph)
        {
            _anchor = LastDayBefore(_current, _current.Tokens.Count) ?? _anchor;
        }
        else
        {
            _anchor = null;
        }

        _current = view;
    }

    /// <summary>Whether the sentence is in the report's news peg (its first body paragraphs of a report dated to the day).</summary>
    public bool IsPeg(SentenceView view) => _published is not null && _peg.Contains(view.Paragraph);

    /// <summary>
    /// The day of an undated past event whose trigger starts at <paramref name="trigger"/> in the current sentence:
    /// the paragraph's time anchor, else the publication day in the news peg, else null (the caller keeps its month).
    /// </summary>
    public PartialDate? DayOf(SentenceView view, int trigger)
    {
        if (_published is not { } published)
        {
            return null;
        }

        return LastDayBefore(view, trigger) ?? _anchor ?? (IsPeg(view) ? PartialDate.Day(published) : null);
    }

    private PartialDate? LastDayBefore(SentenceView view, int token)
    {
        PartialDate? last = null;
        foreach (var time in view.Times)
        {
            if (time.EndToken <= token && time.Time.When is { Precision: DatePrecision.Day } when && _published is { } published && when.Start <= published)
            {
                last = when;
            }
        }

        return last;
    }
}
