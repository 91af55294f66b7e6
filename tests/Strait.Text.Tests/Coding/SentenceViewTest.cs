namespace Strait.Text.Tests.Coding;

public sealed class SentenceViewTest
{
    [Fact]
    public void The_words_of_a_time_expression_are_marked_and_no_others()
    {
        var (_, view) = CodingSentence.Of("Freedonia criticized Sylvania in May 2031 and again later.");

        Assert.True(view.InTime(CodingSentence.TokenOf(view, "may")));
        Assert.True(view.InTime(CodingSentence.TokenOf(view, "2031")));
        Assert.False(view.InTime(CodingSentence.TokenOf(view, "criticized")));
        Assert.False(view.InTime(CodingSentence.TokenOf(view, "later")));
    }
}
