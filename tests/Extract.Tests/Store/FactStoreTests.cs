using Extract.Facts;
using Extract.Store;
using Extract.Tests.Checks;

namespace Extract.Tests.Store;

/// <summary>The fact store: every fact of a document written once, read back exactly, replaced when the document is
/// read again, kept intact when a write fails half-way.</summary>
public sealed class FactStoreTests
{
    private string _path = string.Empty;

    [SetUp]
    public void CreatePath() => _path = Path.Combine(Path.GetTempPath(), $"extract-store-{Guid.NewGuid():N}.db");

    [TearDown]
    public void DeleteFile()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Test]
    public void AStoreFilledTwiceHoldsEachFactOnce()
    {
        var paths = new[] { TestData.Sample("whitepaper-2024.en.txt"), TestData.Sample("whitepaper-2019.zh-en.txt") };
        var read = paths.Select(CheckFiles.ReadDocument).ToList();
        for (var round = 0; round < 2; round++)
        {
            using var store = FactStore.Open(_path);
            foreach (var (document, facts) in read)
            {
                store.Put(document, facts);
            }
        }

        using var reopened = FactStore.Open(_path);
        Assert.Multiple(() =>
        {
            Assert.That(reopened.Documents(), Has.Count.EqualTo(2));
            Assert.That(reopened.Query(), Has.Count.EqualTo(read.Sum(r => r.Facts.Count)));
            Assert.That(reopened.Documents().Single(d => d.Path.EndsWith("zh-en.txt", StringComparison.Ordinal)).Languages, Is.EqualTo("zh+en"));
        });
    }

    [Test]
    public void FactsReadBackAsTheyWereRead()
    {
        var (document, facts) = CheckFiles.ReadDocument(TestData.Sample("whitepaper-2024.en.txt"));
        using var store = FactStore.Open(_path);
        var stored = store.Put(document, facts);
        var expected = facts.Select(f => StoredFact.From(f, stored)).ToList();
        Assert.That(store.Query(), Is.EqualTo(expected));
    }

    [Test]
    public void FactsAreFoundByIndicatorAndPeriod()
    {
        using var store = FactStore.Open(_path);
        foreach (var name in new[] { "whitepaper-2024.en.txt", "news-2024-04-25-patent-measures.en.txt" })
        {
            var (document, facts) = CheckFiles.ReadDocument(TestData.Sample(name));
            store.Put(document, facts);
        }

        var valid2023 = store.Query("patent.invention.valid", new Period.EndOfYear(2023));
        var valid = store.Query("patent.invention.valid");
        Assert.Multiple(() =>
        {
            Assert.That(valid2023.Select(f => (f.Value, f.QuantityText, f.Document.Name)), Is.EqualTo(new[] { (241400m, "241,400", "news-2024-04-25-patent-measures.en.txt") }));
            Assert.That(valid2023.Single().Change, Is.EqualTo(new StoredChange(19.53m, 0.01m, ChangeUnit.Percent, ChangeDirection.Up, ChangeBasis.YearOnYear)));
            Assert.That(valid.Select(f => f.Value), Is.EquivalentTo(new[] { 278700m, 241400m }));
        });
    }

    [Test]
    public void AnEditedFileReplacesItsEarlierFacts()
    {
        var file = Path.Combine(Path.GetTempPath(), $"extract-store-doc-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(file, File.ReadAllText(TestData.Fixture("Checks", "planted-2023.en.txt")));
            using var store = FactStore.Open(_path);
            var (first, firstFacts) = CheckFiles.ReadDocument(file);
            store.Put(first, firstFacts);
            File.WriteAllText(file, File.ReadAllText(TestData.Fixture("Checks", "planted-2023.en.txt")).Replace("120,000", "121,000", StringComparison.Ordinal));
            var (second, secondFacts) = CheckFiles.ReadDocument(file);
            store.Put(second, secondFacts);
            Assert.Multiple(() =>
            {
                Assert.That(store.Documents(), Has.Count.EqualTo(1));
                Assert.That(store.Query("patent.grants").Select(f => f.Value), Is.EqualTo(new[] { 121000m }));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AWriteThatFailsHalfWayLeavesTheEarlierFacts()
    {
        var (document, facts) = CheckFiles.ReadDocument(TestData.Sample("whitepaper-2024.en.txt"));
        using (var store = FactStore.Open(_path))
        {
            store.Put(document, facts);
        }

        using (var store = FactStore.Open(_path))
        {
            Assert.Throws<InvalidOperationException>(() => store.Put(document, FailAfter(facts, 10)));
        }

        using var reopened = FactStore.Open(_path);
        Assert.That(reopened.Query(), Has.Count.EqualTo(facts.Count));
    }

    [Test]
    public void AFileThatIsNotAStoreIsRefusedByName()
    {
        File.WriteAllText(_path, "not a database, just some text long enough to fill a header of a hundred bytes or so, and more");
        var error = Assert.Throws<FactStoreException>(() => FactStore.Open(_path).Dispose());
        Assert.That(error!.Message, Does.StartWith(_path + ": not a fact store"));
    }

    // A crash mid-write: the facts stop coming after some have been written.
    private static IEnumerable<Fact> FailAfter(IEnumerable<Fact> facts, int count)
    {
        foreach (var fact in facts.Take(count))
        {
            yield return fact;
        }

        throw new InvalidOperationException("interrupted");
    }
}
