using Microsoft.Playwright;
using SkiaSharp;

namespace Strait.Report.Tests;

/// <summary>
/// Renders the report of the built-in knowledge in a real browser (Debian's chromium, headless, driven by
/// Playwright, which never downloads a browser here) and checks what a reader would see: the charts drawn, no
/// script, no request but the file itself, and a screenshot with real content. Chromium must be installed
/// (`apt-get install -y chromium fonts-dejavu-core`, as .ci/run does); without it the test fails, it does not skip.
/// </summary>
public sealed class HtmlReportBrowserTest : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("strait-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_report_renders_offline_with_its_charts_and_without_script()
    {
        Assert.True(File.Exists(Chromium),
            $"Chromium is not installed at {Chromium}. Install it with `apt-get install -y chromium fonts-dejavu-core` (the CI script .ci/run does) and run the tests again.");
        var page = Path.Combine(_folder, "report.html");
        await File.WriteAllTextAsync(page, Made.BuiltInReport());
        var pageUrl = new Uri(page).AbsoluteUri;
        var screenshot = Path.Combine(_folder, "report.png");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Arguments,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            lock (requests)
            {
                requests.Add(route.Request.Url);
            }

            if (route.Request.Url == pageUrl)
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync();
            }
        });
        var tab = await context.NewPageAsync();
        tab.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        var consoleMessages = new List<string>();
        tab.Console += (_, message) => consoleMessages.Add(message.Text);

        await tab.GotoAsync(pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        Assert.Equal(0, await tab.Locator("script").CountAsync());
        Assert.Empty(consoleMessages);
        Assert.Contains(pageUrl, requests);
        Assert.All(requests.Distinct(), url => Assert.Equal(pageUrl, url));

        var charts = tab.Locator("figure > svg");
        Assert.Equal(3, await charts.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            var box = await charts.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 400 && box.Height > 150, $"chart {i} is drawn {box.Width}×{box.Height}");
            Assert.True(await charts.Nth(i).Locator("path, line, polyline, rect").CountAsync() > 10, $"chart {i} has no drawing");
        }

        Assert.True(await tab.Locator("h2:has-text('Timeline') + table tr").CountAsync() > 100);
        AssertScreenshotHasContent(screenshot);
    }

    private static void AssertScreenshotHasContent(string path)
    {
        Assert.True(new FileInfo(path).Length > 50_000, $"the screenshot {path} is only {new FileInfo(path).Length} bytes");
        using var bitmap = SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        Assert.True(bitmap.Height > 2000, $"the page is only {bitmap.Height} pixels tall");
        var colours = new HashSet<uint>();
        for (var y = 0; y < bitmap.Height; y += 7)
        {
            for (var x = 0; x < bitmap.Width; x += 7)
            {
                colours.Add((uint)bitmap.GetPixel(x, y));
            }
        }

        Assert.True(colours.Count > 50, $"the screenshot has only {colours.Count} colours");
    }
}
