using System.Collections.ObjectModel;
using Extract.Reconciliation;
using Extract.Reporting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Extract.Tests.Reporting;

/// <summary>The HTML report of the 2019 white paper as a real browser (headless Chromium) shows it: the rows, the
/// links and the filters. Skipped when <c>chromium</c> and <c>chromedriver</c> are not installed.</summary>
[TestFixture]
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private ChromeDriver? _browser;
    private string? _profile;
    private string? _page;

    private ChromeDriver Browser => _browser ?? throw new InvalidOperationException("No browser.");

    private static ConsistencyReport Report => Reports.WhitePaper2019;

    [OneTimeSetUp]
    public void StartChromium()
    {
        var chromium = FindOnPath("chromium", "chromium-browser");
        var driver = FindOnPath("chromedriver");
        if (chromium is null || driver is null)
        {
            Assert.Ignore("The browser tests need chromium and chromedriver on the PATH (Debian: apt-get install chromium chromium-driver).");
        }

        _profile = Directory.CreateTempSubdirectory("extract-chromium-").FullName;
        _page = Path.Combine(_profile, "report.html");
        ReportWriters.For(ReportFormat.Html).WriteFile(Report, _page);

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,900", $"--user-data-dir={Path.Combine(_profile, "profile")}");
        _browser = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void StopChromium()
    {
        _browser?.Quit();
        _browser?.Dispose();
        if (_profile is not null)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a file of its profile for a moment; the temporary directory is cleaned later.
            }
        }
    }

    [SetUp]
    public void OpenTheReport() => Browser.Navigate().GoToUrl(new Uri(_page!).AbsoluteUri);

    [Test]
    public void TheRowsOfMediumAndHighDiscrepanciesAreRenderedAndLowOnesHidden()
    {
        var rows = Rows();
        var visible = rows.Where(r => r.Displayed).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(Report.Discrepancies.Length));
            Assert.That(visible, Has.Count.EqualTo(Report.AtLeast(Severity.Medium).Count()).And.Count.GreaterThan(0));
            Assert.That(visible.Select(r => r.GetAttribute("data-severity")), Has.All.AnyOf("high", "medium"));
            Assert.That(visible.Select(r => r.Size.Height), Has.All.GreaterThan(10), "rows take room on the page");
            Assert.That(Browser.FindElement(By.Id("shown-count")).Text, Is.EqualTo(visible.Count.ToString()));
        });
    }

    [Test]
    public void ClickingAFigureOfADiscrepancyScrollsToItInTheSideBySideView()
    {
        var links = Rows().Where(r => r.Displayed).SelectMany(r => r.FindElements(By.CssSelector("a.figure-link"))).ToList();
        Assert.That(links, Is.Not.Empty);

        foreach (var link in links)
        {
            Script("window.scrollTo(0, 0); history.replaceState(null, '', location.pathname);");
            var href = link.GetAttribute("href")!;
            var id = href[(href.IndexOf('#') + 1)..];
            var text = link.Text;

            link.Click();

            var target = Browser.FindElement(By.CssSelector(":target"));
            var top = Convert.ToDouble(Script("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id));
            var height = Convert.ToDouble(Script("return window.innerHeight;"));
            Assert.Multiple(() =>
            {
                Assert.That(target.GetAttribute("id"), Is.EqualTo(id), "the link targets the figure");
                Assert.That(target.Text, Is.EqualTo(text), "the figure shown is the one the row names");
                Assert.That(Convert.ToDouble(Script("return window.scrollY;")), Is.GreaterThan(0), "the page scrolled");
                Assert.That(top, Is.InRange(0, height), "the figure is in view");
                Assert.That(target.FindElement(By.XPath("ancestor::section")).GetAttribute("id"), Is.EqualTo("editions"));
            });
        }
    }

    [Test]
    public void AFlaggedFigureLinksBackToItsDiscrepancy()
    {
        var figure = Browser.FindElement(By.CssSelector("#editions a.fig.flagged.high"));
        Script("arguments[0].scrollIntoView({block: 'center'});", figure);

        figure.Click();

        var target = Browser.FindElement(By.CssSelector(":target"));
        Assert.That(target.TagName, Is.EqualTo("tr"));
        Assert.That(target.GetAttribute("data-severity"), Is.EqualTo("high"));
        Assert.That(target.Text, Does.Contain(figure.Text));
    }

    [Test]
    public void TheFiltersHideAndShowRowsBySeverityAndKind()
    {
        Filter("severity", "high").Click();
        var afterHigh = Shown();
        Filter("severity", "low").Click();
        var afterLow = Shown();
        var kind = Report.Discrepancies.First(d => d.Severity == Severity.Low).Kind.ToString().ToLowerInvariant();
        Filter("kind", kind).Click();
        var afterKind = Shown();

        Assert.Multiple(() =>
        {
            Assert.That(afterHigh, Is.EquivalentTo(Report.Discrepancies.Where(d => d.Severity == Severity.Medium).Select(Describe)), "high unchecked");
            Assert.That(afterLow, Is.EquivalentTo(Report.Discrepancies.Where(d => d.Severity != Severity.High).Select(Describe)), "low checked");
            Assert.That(afterKind, Is.EquivalentTo(Report.Discrepancies.Where(d => d.Severity != Severity.High && d.Kind.ToString().ToLowerInvariant() != kind).Select(Describe)), kind + " unchecked");
            Assert.That(Browser.FindElement(By.Id("shown-count")).Text, Is.EqualTo(afterKind.Count.ToString()));
        });
    }

    private static string Describe(Discrepancy d) => $"{d.Severity.ToString().ToLowerInvariant()} {d.Kind.ToString().ToLowerInvariant()}";

    private ReadOnlyCollection<IWebElement> Rows() => Browser.FindElements(By.CssSelector("#discrepancy-list tbody tr"));

    private List<string> Shown() =>
        [.. Rows().Where(r => r.Displayed).Select(r => $"{r.GetAttribute("data-severity")} {r.GetAttribute("data-kind")}")];

    private IWebElement Filter(string name, string value) =>
        Browser.FindElement(By.CssSelector($"#filters input[name='{name}'][value='{value}']"));

    private object? Script(string script, params object[] arguments) => Browser.ExecuteScript(script, arguments);

    private static string? FindOnPath(params string[] names)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(n => directories.Select(d => Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }
}
