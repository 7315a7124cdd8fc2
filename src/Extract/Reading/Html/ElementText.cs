namespace Extract.Reading.Html;

/// <summary>The text measures of one element.</summary>
/// <param name="Order">Its position in document order.</param>
/// <param name="End">The position in document order of its last descendant.</param>
/// <param name="Text">Visible characters outside links and chrome.</param>
/// <param name="Links">Visible characters inside links.</param>
/// <param name="Direct">Visible characters standing directly in it or in its inline and paragraph children.</param>
internal readonly record struct ElementText(int Order, int End, int Text, int Links, int Direct);
