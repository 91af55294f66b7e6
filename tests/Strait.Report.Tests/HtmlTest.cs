namespace Strait.Report.Tests;

public class HtmlTest
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & Jerry \"quoted\" 'single'", "Tom &amp; Jerry &quot;quoted&quot; &#39;single&#39;")]
    [InlineData(null, "")]
    public void Escape_makes_text_safe_in_elements_and_attributes(string? text, string expected) =>
        Assert.Equal(expected, Html.Escape(text));
}
