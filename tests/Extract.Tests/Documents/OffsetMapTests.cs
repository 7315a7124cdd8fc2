using Extract.Documents;

namespace Extract.Tests.Documents;

[TestFixture]
public class OffsetMapTests
{
    [Test]
    public void An_identity_map_returns_each_offset_unchanged()
    {
        var map = OffsetMap.Identity(10);

        Assert.That(Enumerable.Range(0, 11).Select(map.ToSource), Is.EqualTo(Enumerable.Range(0, 11)));
    }

    [Test]
    public void A_text_with_removed_characters_maps_each_kept_character_to_its_source()
    {
        // Source "17.36 万件" normalized to "17.36万件": the space at 5 is dropped.
        var builder = new MappedTextBuilder();
        builder.Append("17.36", 0);
        builder.Append("万件", 6);
        var map = builder.BuildMap();

        Assert.That(Enumerable.Range(0, 7).Select(map.ToSource), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 6, 7 }));
        Assert.That(map.RunCount, Is.EqualTo(2));
        Assert.That(map.ToSource(new TextSpan(3, 3)), Is.EqualTo(new TextSpan(3, 4)));
    }

    [Test]
    public void A_slice_counts_from_its_own_start()
    {
        var builder = new MappedTextBuilder();
        builder.Append("abc", 10);
        builder.Append("def", 20);
        var slice = builder.BuildMap().Slice(new TextSpan(2, 3));

        Assert.That(Enumerable.Range(0, 3).Select(slice.ToSource), Is.EqualTo(new[] { 12, 20, 21 }));
    }

    [Test]
    public void An_offset_outside_the_text_is_refused()
    {
        var map = OffsetMap.Identity(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => map.ToSource(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.ToSource(-1));
    }
}
