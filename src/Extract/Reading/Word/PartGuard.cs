extern alias OpenXml;

using System.Xml;
using OpenXml::DocumentFormat.OpenXml.Packaging;

namespace Extract.Reading.Word;

/// <summary>Reads a part once with a plain streaming XML reader before the SDK loads it: its decompressed size is
/// counted as it is read (so a zip entry that lies about its size is caught too) and its element nesting measured,
/// so that what the SDK then loads is known to fit the limits.</summary>
internal static class PartGuard
{
    public static void Check(OpenXmlPart? part, string sourcePath, long maxPartBytes, int maxNestingDepth, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return;
        }

        var name = part.Uri.OriginalString;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        using var stream = new LimitedStream(part.GetStream(FileMode.Open, FileAccess.Read), sourcePath, name, maxPartBytes);
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            var count = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxNestingDepth)
                {
                    throw new MarkupTooDeepException(sourcePath, reader.Depth + 1, maxNestingDepth);
                }

                if ((++count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "its XML does not parse: " + e.Message, name, e);
        }
        catch (InvalidDataException e)
        {
            throw new MalformedWordDocumentException(sourcePath, "the part cannot be decompressed", name, e);
        }
    }

    /// <summary>A read-only stream that refuses to give more than its limit.</summary>
    private sealed class LimitedStream(Stream inner, string sourcePath, string partName, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            _read += read;
            if (_read > limit)
            {
                throw new PartTooLargeException(sourcePath, partName, _read, limit);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
