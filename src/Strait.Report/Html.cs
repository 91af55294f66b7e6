using System.Net;

namespace Strait.Report;

/// <summary>HTML escaping for every piece of text that goes into the report (article text above all).</summary>
public static class Html
{
    /// <summary>Escapes &lt;, &gt;, &amp;, quotes and apostrophes, so text can go into elements and attributes.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");
}
