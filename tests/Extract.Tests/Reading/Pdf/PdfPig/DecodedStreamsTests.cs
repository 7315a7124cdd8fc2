using Extract.Reading.Pdf.PdfPig;

namespace Extract.Tests.Reading.Pdf.PdfPig;

/// <summary>The streams inflated for the page scan, handed on to PdfPig: found again only for the same compressed
/// data, and only while recent.</summary>
[TestFixture]
public class DecodedStreamsTests
{
    [Test]
    public void The_same_data_finds_its_output_and_other_data_does_not()
    {
        var file = new byte[100];
        var streams = new DecodedStreams();
        var output = new byte[] { 1, 2, 3 }.AsMemory();
        streams.Add(file.AsMemory(10, 20), output);

        Assert.Multiple(() =>
        {
            Assert.That(streams.TryGet(file.AsMemory(10, 20), out var found), Is.True);
            Assert.That(found.ToArray(), Is.EqualTo(output.ToArray()));
            Assert.That(streams.TryGet(file.AsMemory(10, 21), out _), Is.False, "another length");
            Assert.That(streams.TryGet(file.AsMemory(11, 20), out _), Is.False, "another offset");
            Assert.That(streams.TryGet(new byte[100].AsMemory(10, 20), out _), Is.False, "another array with the same bytes");
        });
    }

    [Test]
    public void Only_the_last_few_and_only_small_outputs_are_kept()
    {
        var file = new byte[100];
        var streams = new DecodedStreams();
        for (var i = 0; i < 5; i++)
        {
            streams.Add(file.AsMemory(i, 1), new byte[1]);
        }

        streams.Add(file.AsMemory(50, 1), new byte[(4 << 20) + 1]);

        Assert.Multiple(() =>
        {
            Assert.That(streams.TryGet(file.AsMemory(0, 1), out _), Is.False, "the oldest is dropped");
            Assert.That(streams.TryGet(file.AsMemory(4, 1), out _), Is.True);
            Assert.That(streams.TryGet(file.AsMemory(50, 1), out _), Is.False, "over 4 MiB is not kept");
        });
    }
}
