using Extract.Quantities;

namespace Extract.Tables;

/// <summary>A unit a table states for some of its numbers, in a caption (<c>单位：万件</c>, <c>Unit: 10,000</c>,
/// <c>(in millions)</c>), a column header (<c>金额（亿元）</c>, <c>万件</c>) or a unit column: the scale the numbers are
/// written in and, where it says, what they measure.</summary>
/// <param name="Scale">The factor a written number is multiplied by: 10,000 for 万件, 1,000,000 for <c>in millions</c>,
/// 1 for 件 or <c>items</c>.</param>
/// <param name="Unit">What the numbers measure (<see cref="Unit.Count"/> of 件, <see cref="Unit.Money"/> in yuan,
/// <see cref="Unit.Percent"/>), or <see langword="null"/> when the statement gives a scale only.</param>
/// <param name="Text">The statement as written.</param>
public sealed record StatedUnit(decimal Scale, Unit? Unit, string Text);
