namespace Extract.Segmentation;

/// <summary>How a segmenter cuts text into words, after jieba's three modes.</summary>
public enum SegmentationMode
{
    /// <summary>The single most probable cut; the tokens concatenate to the input.</summary>
    Precise,

    /// <summary>Every dictionary word found in the text, overlapping; for recall, not for reading.</summary>
    Full,

    /// <summary>The precise cut, with the dictionary words of two and three characters inside each longer word listed
    /// before it; for search indexes.</summary>
    Search,
}
