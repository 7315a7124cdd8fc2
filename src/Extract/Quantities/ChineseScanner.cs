using Extract.Documents;
using static Extract.Quantities.ChineseVocabulary;

namespace Extract.Quantities;

/// <summary>Finds the quantities of a Chinese text in one left-to-right pass over its characters (no word segmentation,
/// no regular expressions): every branch consumes what it reads, and look-behind is bounded, so the work is linear.</summary>
internal static class ChineseScanner
{
    // Phone and record numbers have at least this many digits (021-6234567); shorter hyphenated digits are ranges.
    private const int MinimumIdentifierDigits = 7;

    public static void Scan(ScanResult result)
    {
        var text = result.Text;
        var i = 0;
        while (i < text.Length)
        {
            result.Steps++;
            var c = text[i];
            if (EndsClause(c))
            {
                result.EndClause();
                i++;
            }
            else if (DigitNumber.IsDigit(c))
            {
                i = result.WithinRange(i, ScanDigits);
            }
            else if (char.IsAsciiLetter(c))
            {
                i = result.WithinRange(i, ScanLatinToken);
            }
            else if (c == '第' && i + 1 < text.Length && (DigitNumber.IsDigit(text[i + 1]) || ChineseNumeral.IsNumeral(text[i + 1])))
            {
                i = result.WithinRange(i, ScanOrdinal);
            }
            else if (c == '首' && IsOrdinalClassifierAfterFirst(text, i + 1))
            {
                var classifier = text.Substring(i + 1, 1);
                result.Add(i, i + 2, 1, 1, new Unit.Ordinal(classifier), NumberForm.ChineseNumerals);
                i += 2;
            }
            else if (c == '每' && i + 1 < text.Length && (DigitNumber.IsDigit(text[i + 1]) || ChineseNumeral.IsNumeral(text[i + 1])))
            {
                i = result.WithinRange(i, ScanRateBase);
            }
            else if (c is '日' or '天' && WeekdayMarkerBefore(text, i) is var marker and > 0 && (i + 1 >= text.Length || !IsDayWordAfterSunday(text[i + 1])))
            {
                // 周日, 星期天: Sunday.
                result.Add(i - marker, i + 1, 7, 1, new Unit.Weekday(), NumberForm.ChineseNumerals);
                i++;
            }
            else if (c is '今' or '去' or '前' or '明' && i + 1 < text.Length && text[i + 1] == '年' && !(c == '前' && i > 0 && (ChineseNumeral.IsNumeral(text[i - 1]) || DigitNumber.IsDigit(text[i - 1]) || text[i - 1] == '年')))
            {
                // 今年, 去年, 前年, 明年: a year named from the text's own (三年前 and 2018年前 are spans and dates).
                result.Add(i, i + 2, c switch { '今' => 0, '去' => -1, '前' => -2, _ => 1 }, 1, new Unit.RelativeYear(), NumberForm.ChineseNumerals);
                i += 2;
            }
            else if (c == '翻' && DoublingAt(text, i) is { Length: > 0 } doubling)
            {
                // 翻番, 翻一番, 翻了一番: doubled; 翻两番: quadrupled.
                result.Add(i, i + doubling.Length, doubling.Times, 1, new Unit.Multiple(), NumberForm.ChineseNumerals);
                i += doubling.Length;
            }
            else if (c == '个' && Follows(text, i, "个位数"))
            {
                // 个位数: a single-digit number, under ten.
                result.Add(i, i + 3, 10, 1, new Unit.Count(), NumberForm.ChineseNumerals, Approximation.LessThan);
                i += 3;
            }
            else if (c == '百' && Follows(text, i, "百分之"))
            {
                i = result.WithinRange(i, ScanPercentInWords);
            }
            else if (c is '半' or '过' or '近' or '大' or '一' && HalfAt(text, i) is { Length: > 0 } half)
            {
                // 一半, 半数, 过半, 半数以上, 近半, 大半: a share of one half.
                result.Add(i, i + half.Length, 0.5m, 0.5m, new Unit.Multiple(), NumberForm.ChineseNumerals, half.Approximation);
                i += half.Length;
            }
            else if (c is '上' or '下' && Follows(text, i + 1, "半年"))
            {
                result.Add(i, i + 3, c == '上' ? 1 : 2, 1, new Unit.YearPart(2), NumberForm.ChineseNumerals);
                i += 3;
            }
            else if ((ChineseNumeral.IsNumeral(c) || c == '廿') && !(i > 0 && ChineseNumeral.IsNumeral(text[i - 1])))
            {
                i = result.WithinRange(i, ScanNumerals);
            }
            else if (ChangeAt(text, i) is { Direction: not Direction.None } change)
            {
                result.ClauseDirection = change.Direction;
                i += change.Length;
            }
            else
            {
                i++;
            }
        }
    }

    private static int ScanDigits(ScanResult result, int start)
    {
        var text = result.Text;
        if (!DigitNumber.TryReadUnlessDate(result, start, out var number, out var end))
        {
            return end;
        }

        // Codes and names glued to letters or pluses: 5G, 1+1+X.
        if (end < text.Length && (char.IsAsciiLetter(text[end]) || (text[end] == '+' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            var tokenEnd = SkipToken(result, end);
            result.Add(start, tokenEnd, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return tokenEnd;
        }

        if (IsListMarker(text, start, end))
        {
            return end + 1;
        }

        var next = SkipSpaces(result, end);

        // 双11: a day named by its number; "8·11", 9·11: an event named by its date.
        if (start > 0 && text[start - 1] == '双' && number.IntegerDigits <= 2)
        {
            result.Add(start - 1, end, number.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return end;
        }

        if (end + 1 < text.Length && text[end] is '·' or '・' or '•' && DigitNumber.IsDigit(text[end + 1]) && number.IntegerDigits <= 2
            && DigitNumber.TryRead(text, end + 1, ref result.Steps, out var day, out var dayEnd) && day.IntegerDigits <= 2 && number.Value is >= 1 and <= 12)
        {
            result.Add(start, dayEnd, number.Value + (day.Value / 100), 0.01m, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
            return dayEnd;
        }

        // 2018财年, 2019年度: a fiscal or reporting year.
        if (number.IsYearLike && Follows(text, next, "财年"))
        {
            result.Add(start, next + 2, number.Value, 1, new Unit.Year(), NumberForm.Digits);
            return next + 2;
        }

        // 12号新秀, 29号晚上: a number by which something or a day is called (No. 12, the 29th); long ones are
        // identifiers: ICP备12345678号, 021-62345678, long runs of bare digits.
        if (next < text.Length && text[next] == '号' && number.IsPlain(number.IntegerDigits) && number.IntegerDigits <= 2 && text[start] != '0'
            && !(start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '-' or '第')))
        {
            result.Add(start, next + 1, number.Value, 1, new Unit.Ordinal("号"), NumberForm.Digits);
            return next + 1;
        }

        if (next < text.Length && text[next] == '号')
        {
            result.Add(start, next + 1, number.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.Identifier);
            return next + 1;
        }

        if (end + 1 < text.Length && text[end] == '-' && DigitNumber.IsDigit(text[end + 1]))
        {
            if (number.IsYearLike && TryReadYearAfterDash(result, end, out var endYear, out var rangeEnd))
            {
                return AddYearRange(result, start, number, endYear, rangeEnd);
            }

            // 1950-53年: the last year by its two last digits.
            if (number.IsYearLike && end + 3 <= text.Length && DigitNumber.IsDigit(text[end + 2]) && (end + 3 == text.Length || !DigitNumber.IsDigit(text[end + 3]))
                && (DigitNumber.DigitValue(text[end + 1]) * 10) + DigitNumber.DigitValue(text[end + 2]) is var shortYear && shortYear > (int)number.Value % 100)
            {
                return AddYearRange(result, start, number, ((int)number.Value / 100 * 100) + shortYear, end + 3);
            }

            // Digits joined by hyphens: a phone or record number when long (021-62345678); a range such as 1-3月 is
            // read number by number, and its first end then takes the unit of the second (RangeEnds).
            var idEnd = end;
            var digits = number.IntegerDigits;
            while (idEnd < text.Length && (DigitNumber.IsDigit(text[idEnd]) || text[idEnd] == '-'))
            {
                result.Steps++;
                digits += DigitNumber.IsDigit(text[idEnd]) ? 1 : 0;
                idEnd++;
            }

            // 5000-6000吨: two parts rising, without a leading zero, are a range, however many digits.
            var range = text.AsSpan(end + 1, idEnd - end - 1).IndexOf('-') < 0 && text[start] != '0'
                        && DigitNumber.TryRead(text, end + 1, ref result.Steps, out var upper, out _) && upper.Value > number.Value && upper.Value < number.Value * 100;
            if (digits >= MinimumIdentifierDigits && !range)
            {
                result.Add(start, idEnd, number.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.Identifier);
                return idEnd;
            }
        }

        if (number.IsYearLike && next < text.Length && text[next] is '—' or '–' or '―' or '－' or '~' or '～' or '至' or '到'
            && TryReadYearAfterDash(result, next, out var lastYear, out var afterRange))
        {
            return AddYearRange(result, start, number, lastYear, afterRange);
        }

        // 1/3, 三分之一 (read below): a fraction.
        if (Fractions.TryRead(result, start, number, end, out var fractionEnd))
        {
            return fractionEnd;
        }

        // 6：2, 25:23: a score (both numbers name the result, neither counts); 16:00 a clock reading.
        if (end + 1 < text.Length && text[end] is ':' or '：' && DigitNumber.IsDigit(text[end + 1]) && number.IsPlain(number.IntegerDigits) && number.IntegerDigits <= 3)
        {
            return ScanColonPair(result, start, number, end);
        }

        // A time of day: 16时, 早8时, 下午3点半, 18点至24点.
        if (number.IsPlain(number.IntegerDigits) && number.IntegerDigits <= 2 && next < text.Length && IsClockHour(text, start, next, (int)number.Value, digits: true))
        {
            return ScanClockTime(result, start, (int)number.Value, next);
        }

        // Years and dates: 2019年, 2020 年 4 月, 2020年4月26日.
        if (number.IsYearLike && next < text.Length && text[next] == '年')
        {
            return ScanDate(result, start, (int)number.Value, next + 1);
        }

        // A month (and day) without a year: 4月, 4月26日.
        if (number.IsPlain(number.IntegerDigits) && number.IntegerDigits <= 2 && number.Value is >= 1 and <= 12 && next < text.Length && text[next] == '月')
        {
            return ScanMonthDay(result, start, 0, (int)number.Value, next + 1);
        }

        return ScanUnit(result, start, end, number.Value, number.Precision, NumberForm.Digits, number.IsPlain(number.IntegerDigits) && number.IntegerDigits >= 8);
    }

    // After the number (digits or numerals): scale, 余/多, the unit, 以上/左右.
    private static int ScanUnit(ScanResult result, int start, int end, decimal value, decimal precision, NumberForm form, bool mayBeIdentifier, bool vague = false)
    {
        var text = result.Text;
        var approximation = vague ? Approximation.About : QualifierBefore(text, start).Approximation;
        var i = SkipSpaces(result, end);
        var scaled = false;
        if (i < text.Length && text[i] is '余' or '多' && form == NumberForm.Digits && HasUnitAfterQualifier(result, i + 1))
        {
            approximation = Approximation.MoreThan;
            i = SkipSpaces(result, i + 1);
        }

        if (form == NumberForm.Digits)
        {
            var scale = Scale(text, i, out var scaleLength);
            if (scale > 1)
            {
                value *= scale;
                precision *= scale;
                i = SkipSpaces(result, i + scaleLength);
                scaled = true;
            }
        }

        if (i < text.Length && text[i] is '余' or '多' && approximation != Approximation.MoreThan && (scaled || form == NumberForm.ChineseNumerals || HasUnitAfterQualifier(result, i + 1)))
        {
            approximation = Approximation.MoreThan;
            i = SkipSpaces(result, i + 1);
        }

        var resultForm = scaled ? NumberForm.Mixed : form;
        Unit? unit = null;
        var unitEnd = i;
        if (i < text.Length)
        {
            switch (text[i])
            {
                case '%' or '％':
                    unit = new Unit.Percent();
                    unitEnd = i + 1;
                    break;
                case '倍':
                    unit = new Unit.Multiple();
                    unitEnd = i + 1;
                    break;
                case '元':
                    unit = new Unit.Money(Currency.Cny);
                    unitEnd = Follows(text, i + 1, "人民币") ? i + 4 : i + 1;
                    break;
                case '美' when Follows(text, i, "美元"):
                    unit = new Unit.Money(Currency.Usd);
                    unitEnd = i + 2;
                    break;
                case '港' or '澳' or '新' or '台' or '欧' or '英' or '日' or '韩' or '美' when ForeignCurrency(text, i) is { } foreign:
                    unit = new Unit.Money(foreign.Currency);
                    unitEnd = i + foreign.Length;
                    break;
                case '个' when Follows(text, i, "个百分点"):
                    unit = new Unit.PercentagePoints();
                    unitEnd = i + 4;
                    break;
                case '百' when Follows(text, i, "百分点"):
                    unit = new Unit.PercentagePoints();
                    unitEnd = i + 3;
                    break;
                case '个' when Follows(text, i, "个月"):
                    unit = new Unit.Duration(TimeUnit.Month);
                    unitEnd = i + 2;
                    break;
                case '年' when !Follows(text, i, "年级"):
                    unit = new Unit.Duration(TimeUnit.Year);
                    unitEnd = i + 1;
                    break;
                case '世' when Follows(text, i, "世纪") && !scaled:
                    // 18世纪: the eighteenth century, an ordinal.
                    result.Add(start, i + 2, value, precision, new Unit.Ordinal("世纪"), form);
                    return i + 2;
                case '岁':
                    // 18岁: an age, the years of a life ("18 years old", "18-year-old", "aged 18").
                    unit = new Unit.Duration(TimeUnit.Year);
                    unitEnd = i + 1;
                    break;
                case '天' or '日':
                    unit = new Unit.Duration(TimeUnit.Day);
                    unitEnd = i + 1;
                    break;
                case '周' when !Follows(text, i, "周年"):
                    unit = new Unit.Duration(TimeUnit.Week);
                    unitEnd = i + 1;
                    break;
                case '季' when Follows(text, i, "季度") && value is >= 1 and <= 4 && !scaled:
                    unit = new Unit.YearPart(4);
                    unitEnd = i + 2;
                    break;
                case '大' when form == NumberForm.ChineseNumerals && i + 1 < text.Length && Scripts.IsHan(text[i + 1]):
                    // 四大功能, 十大典型案件, 二十大: a numbered name.
                    result.Add(start, i + 1, value, precision, new Unit.Count("大"), form, role: QuantityRole.NamePart);
                    return i + 1;
                default:
                    var length = Classifier(text, i, afterOne: form == NumberForm.ChineseNumerals && value == 1 && end - start == 1);
                    if (length == 1 && form == NumberForm.ChineseNumerals && IsNumeralCompound(text, i))
                    {
                        return i + 2; // 三轮车, 四轮驱动: a word, not a count of rounds
                    }

                    if (length > 0)
                    {
                        unit = new Unit.Count(text.Substring(i, length));
                        unitEnd = i + length;
                    }

                    break;
            }
        }

        // 偷走 $26,750, €3亿: a currency sign before the number.
        if (unit is null && form != NumberForm.ChineseNumerals && start > 0 && text[start - 1] is '$' or '＄' or '€' or '£')
        {
            var sign = text[start - 1];
            var money = new Unit.Money(sign is '€' ? Currency.Eur : sign is '£' ? Currency.Gbp : Currency.Usd);
            var moneyEnd = scaled ? i : end;
            result.Add(start - 1, TrimEndSpaces(text, start, moneyEnd), value, precision, money, resultForm, approximation);
            return moneyEnd;
        }

        if (unit is null)
        {
            // A bare number: digits always count; numerals only when they are more than one character (三千五百),
            // since a lone 一 or 三 without a classifier is part of a word (统一, 三角).
            if (form == NumberForm.ChineseNumerals && (end - start < 2 || (approximation == Approximation.Exact && value < 10)))
            {
                return end;
            }

            if (mayBeIdentifier && !scaled)
            {
                result.Add(start, end, value, 1, new Unit.Count(), form, role: QuantityRole.Identifier);
                return end;
            }

            unit = new Unit.Count();
            unitEnd = i > end && (scaled || approximation == Approximation.MoreThan) ? i : end;
        }

        if (form == NumberForm.ChineseNumerals && IsQuotedName(text, start, unitEnd))
        {
            // "五个中心": a numbered name in quotes.
            result.Add(start, unitEnd, value, precision, unit, form, role: QuantityRole.NamePart);
            return unitEnd;
        }

        // 800公里（含）以下: the bound includes the value; the note stands between the unit and the qualifier.
        var inclusive = Follows(text, unitEnd, "（含）") || Follows(text, unitEnd, "(含)") ? 3 : 0;
        var after = QualifierAfter(text, unitEnd + inclusive);
        if (after.Length > 0 && approximation == Approximation.Exact)
        {
            approximation = after.Approximation;
            unitEnd += inclusive + after.Length;
        }

        // 近20年来, 近两个月以来, 近五年: 近 before a span of time that runs up to now is "the past", not "nearly".
        if (approximation == Approximation.Nearly && unit is Unit.Duration duration && !Follows(text, start - 2, "将近") && !Follows(text, start - 2, "接近")
            && (Follows(text, unitEnd, "来") || Follows(text, unitEnd, "以来") || duration.TimeUnit is TimeUnit.Year or TimeUnit.Month))
        {
            approximation = Approximation.Exact;
        }

        // 提高到 45%, 下降至 3%: the level reached, not the change.
        Direction? level = unit.Kind is UnitKind.Percent && IsLevelReached(text, start) ? Direction.None : null;
        result.Add(start, TrimEndSpaces(text, start, unitEnd), value, precision, unit, resultForm, approximation, direction: level);
        return unitEnd;
    }

    private static int ScanColonPair(ScanResult result, int start, DigitNumber first, int colon)
    {
        var text = result.Text;
        if (!DigitNumber.TryRead(text, colon + 1, ref result.Steps, out var second, out var secondEnd))
        {
            return secondEnd;
        }

        var twoDigits = secondEnd - colon - 1 == 2 && second.FractionDigits == 0;
        if (twoDigits && first.Value <= 24 && second.Value < 60)
        {
            // Read as the English scanner reads 16:00, so that a score or a time written alike agrees with itself.
            var hour = (int)first.Value;
            result.Add(start, secondEnd, (hour * 100) + second.Value, 1, new Unit.TimeOfDay(hour is 0 or > 12), NumberForm.Digits);
            return secondEnd;
        }

        result.Add(start, colon, first.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
        result.Add(colon + 1, secondEnd, second.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
        return secondEnd;
    }

    private static (Approximation Approximation, int Length) HalfAt(string text, int i)
    {
        ReadOnlySpan<(string Word, Approximation Approximation)> words =
        [
            ("半数以上", Approximation.MoreThan), ("过半数", Approximation.MoreThan), ("过半", Approximation.MoreThan), ("大半", Approximation.MoreThan),
            ("近一半", Approximation.Nearly), ("近半数", Approximation.Nearly), ("近半", Approximation.Nearly), ("一半以上", Approximation.MoreThan),
            ("一半", Approximation.Exact), ("半数", Approximation.Exact),
        ];
        foreach (var (word, approximation) in words)
        {
            if (Follows(text, i, word))
            {
                return (approximation, word.Length);
            }
        }

        return (Approximation.Exact, 0);
    }

    // 时 after an hour is a clock reading (16时; 16小时 is a span); 点 is one too when a part of the day stands before
    // it or minutes, 半 or 钟 after it (8点建议 are eight proposals).
    private static bool IsClockHour(string text, int start, int marker, int hour, bool digits)
    {
        if (hour is < 0 or > 24 || marker >= text.Length)
        {
            return false;
        }

        var partOfDay = PartOfDayBefore(text, start) is not null;
        if (text[marker] == '时')
        {
            return (digits || partOfDay) && !Follows(text, marker, "时间") && !Follows(text, marker, "时期") && !Follows(text, marker, "时代")
                   && !Follows(text, marker, "时候") && !Follows(text, marker, "时速");
        }

        var rangeEnd = start >= 2 && text[start - 1] is '至' or '到' or '-' or '—' && text[start - 2] is '点' or '时';
        var followsClockWord = marker + 1 < text.Length && text[marker + 1] is '至' or '到' or '起' or '前' or '后' or '整' or '许';
        return text[marker] == '点' && (partOfDay || rangeEnd || (digits && followsClockWord) || (digits && (Follows(text, marker + 1, "半") || Follows(text, marker + 1, "钟")
                                                                 || (marker + 1 < text.Length && DigitNumber.IsDigit(text[marker + 1]) && ClockMinutesFollow(text, marker + 1)))));
    }

    private static bool ClockMinutesFollow(string text, int i)
    {
        var j = i;
        while (j < text.Length && j < i + 2 && DigitNumber.IsDigit(text[j]))
        {
            j++;
        }

        return j < text.Length && text[j] == '分';
    }

    // 上午, 下午, 晚上 …: whether the half of the day is afternoon (true), morning (false), or not told (null).
    private static bool? PartOfDayBefore(string text, int start)
    {
        ReadOnlySpan<(string Word, bool Afternoon)> words =
        [
            ("下午", true), ("晚上", true), ("傍晚", true), ("晚间", true), ("夜间", true), ("中午", true), ("晚", true),
            ("上午", false), ("凌晨", false), ("早上", false), ("清晨", false), ("早晨", false), ("早", false),
        ];
        var span = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var (word, afternoon) in words)
        {
            if (span.EndsWith(word, StringComparison.Ordinal))
            {
                return afternoon;
            }
        }

        return null;
    }

    private static int ScanClockTime(ScanResult result, int start, int hour, int marker)
    {
        var text = result.Text;
        var i = marker + 1;
        if (Follows(text, i, "钟"))
        {
            i++;
        }

        var minutes = 0;
        if (Follows(text, i, "半"))
        {
            minutes = 30;
            i++;
        }
        else if (i < text.Length && DigitNumber.IsDigit(text[i]) && DigitNumber.TryRead(text, i, ref result.Steps, out var m, out var mEnd)
                 && mEnd < text.Length && text[mEnd] == '分' && m.Value is >= 0 and < 60 && decimal.Truncate(m.Value) == m.Value)
        {
            minutes = (int)m.Value;
            i = mEnd + 1;
        }

        var afternoon = PartOfDayBefore(text, start);
        var halfDay = afternoon is not null || hour is 0 or > 12;
        if (afternoon == true && hour < 12)
        {
            hour += 12;
        }

        var approximation = Approximation.Exact;
        var after = QualifierAfter(text, i);
        if (after.Length > 0)
        {
            approximation = after.Approximation;
            i += after.Length;
        }

        result.Add(start, i, (hour * 100) + minutes, 1, new Unit.TimeOfDay(halfDay), NumberForm.Digits, approximation);
        return i;
    }

    private static (decimal Times, int Length) DoublingAt(string text, int i)
    {
        foreach (var (word, times) in (ReadOnlySpan<(string, decimal)>)[("翻了一番", 2m), ("翻一番", 2m), ("翻番", 2m), ("翻倍", 2m), ("翻了一倍", 2m), ("翻了两番", 4m), ("翻两番", 4m), ("翻了三番", 8m), ("翻三番", 8m), ("翻了四番", 16m), ("翻四番", 16m)])
        {
            if (Follows(text, i, word))
            {
                return (times, word.Length);
            }
        }

        return (0, 0);
    }

    // A numeral and a classifier that make a noun with the next character (三轮车 a tricycle, 两轮驱动).
    private static bool IsNumeralCompound(string text, int classifier) =>
        classifier + 1 < text.Length && text[classifier] == '轮' && text[classifier + 1] is '车' or '驱';

    // 周, 星期 or 礼拜 just before a weekday's number: its length, or 0 (周一 but not 四周一次, 每周一).
    private static int WeekdayMarkerBefore(string text, int i)
    {
        if (Follows(text, i - 2, "星期") || Follows(text, i - 2, "礼拜"))
        {
            return 2;
        }

        // 两周, 3周, 几周 count weeks (.N225周一 is a code, then Monday); 每周一次 is once a week, 每周一 every Monday.
        var k = i - 2;
        while (k >= 0 && DigitNumber.IsDigit(text[k]))
        {
            k--;
        }

        var countOfWeeks = i > 1 && (text[i - 2] is '几' or '数' || ChineseNumeral.IsNumeral(text[i - 2]) || (k < i - 2 && !(k >= 0 && (char.IsAsciiLetter(text[k]) || text[k] == '.'))));
        var timesAfter = i + 1 < text.Length && text[i + 1] is '次' or '个' or '回' or '趟' or '遍';
        return i > 0 && text[i - 1] == '周' && !countOfWeeks && !timesAfter && text[i] != '天' ? 1 : 0;
    }

    // 周日均 (a weekly daily average), 周日常: 日 after 周 that is no Sunday.
    private static bool IsDayWordAfterSunday(char next) => next is '均' or '常' or '益' or '报' or '刊';

    // The quantity opens a short quotation: a quote before it and a closing quote within a few characters after.
    private static bool IsQuotedName(string text, int start, int end)
    {
        if (start == 0 || text[start - 1] is not ('"' or '“' or '「' or '《' or '\''))
        {
            return false;
        }

        for (var k = end; k < text.Length && k < end + 6; k++)
        {
            if (text[k] is '"' or '”' or '」' or '》' or '\'')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUnitAfterQualifier(ScanResult result, int i)
    {
        var text = result.Text;
        i = SkipSpaces(result, i);
        // 1000多版邮票: any noun after 多 (多于 is "more than", 多少 "how many").
        return i < text.Length && (Classifier(text, i) > 0 || text[i] is '元' or '万' or '亿' or '%' or '倍' or '年' or '天' or '岁' || Follows(text, i, "美元") || Follows(text, i, "个月")
                                   || ForeignCurrency(text, i) is not null || (Scripts.IsHan(text[i]) && text[i] is not ('于' or '少' or '种' or '样')));
    }

    // The currencies beside yuan and dollars, by their Chinese names (日元 before 日 as a day).
    private static (Currency Currency, int Length)? ForeignCurrency(string text, int i)
    {
        ReadOnlySpan<(string Word, Currency Currency)> names =
        [
            ("港元", Currency.Hkd), ("港币", Currency.Hkd), ("澳门元", Currency.Mop), ("澳门币", Currency.Mop), ("澳门币", Currency.Mop),
            ("新台币", Currency.Twd), ("台币", Currency.Twd), ("欧元", Currency.Eur), ("英镑", Currency.Gbp), ("日元", Currency.Jpy),
            ("日圆", Currency.Jpy), ("韩元", Currency.Krw), ("美金", Currency.Usd),
        ];
        foreach (var (word, currency) in names)
        {
            if (Follows(text, i, word))
            {
                return (currency, word.Length);
            }
        }

        return null;
    }

    private static decimal Scale(string text, int i, out int length)
    {
        length = 0;
        if (i >= text.Length)
        {
            return 1;
        }

        if (Follows(text, i, "万亿"))
        {
            length = 2;
            return 1000000000000m;
        }

        switch (text[i])
        {
            case '亿':
                length = 1;
                return 100000000m;
            case '万':
                length = 1;
                return 10000m;
            case '千' when !Follows(text, i, "千米") && !Follows(text, i, "千克"):
                length = 1;
                return 1000m;
            default:
                return 1;
        }
    }

    private static int ScanDate(ScanResult result, int start, int year, int afterYear)
    {
        var text = result.Text;
        var i = SkipSpaces(result, afterYear);
        if (TryReadSmallNumber(result, i, out var month, out var monthEnd) && month is >= 1 and <= 12)
        {
            var j = SkipSpaces(result, monthEnd);
            if (j < text.Length && text[j] == '月')
            {
                return ScanMonthDay(result, start, year, month, j + 1);
            }
        }

        result.Add(start, afterYear, year, 1, new Unit.Year(), FormAt(text, start));
        return afterYear;
    }

    private static int ScanMonthDay(ScanResult result, int start, int year, int month, int afterMonth)
    {
        var text = result.Text;
        var i = SkipSpaces(result, afterMonth);
        if (TryReadSmallNumber(result, i, out var day, out var dayEnd) && day is >= 1 and <= 31)
        {
            var j = SkipSpaces(result, dayEnd);
            if (j < text.Length && text[j] is '日' or '号')
            {
                result.Add(start, j + 1, (year * 10000) + (month * 100) + day, 1, new Unit.Date(), FormAt(text, start));
                return j + 1;
            }
        }

        result.Add(start, afterMonth, (year * 10000) + (month * 100), 100, new Unit.Date(), FormAt(text, start));
        return afterMonth;
    }

    private static bool TryReadSmallNumber(ScanResult result, int i, out int value, out int end)
    {
        var text = result.Text;
        value = 0;
        end = i;
        if (i >= text.Length)
        {
            return false;
        }

        if (DigitNumber.IsDigit(text[i]))
        {
            while (end < text.Length && DigitNumber.IsDigit(text[end]) && end - i < 3)
            {
                value = (value * 10) + DigitNumber.DigitValue(text[end]);
                end++;
            }

            return end - i <= 2;
        }

        end = ChineseNumeral.RunEnd(text, i, ref result.Steps);
        if (end > i && end - i <= 3 && ChineseNumeral.TryParse(text.AsSpan(i, end - i), out var numeral) && !numeral.Juxtaposed)
        {
            value = (int)numeral.Value;
            return true;
        }

        return false;
    }

    private static bool TryReadYearAfterDash(ScanResult result, int dash, out int endYear, out int end)
    {
        var text = result.Text;
        var i = SkipSpaces(result, dash + 1);
        endYear = 0;
        end = i;
        if (i < text.Length && DigitNumber.IsDigit(text[i]) && DigitNumber.TryRead(text, i, ref result.Steps, out var number, out end) && number.IsYearLike)
        {
            endYear = (int)number.Value;
            return true;
        }

        return false;
    }

    private static int AddYearRange(ScanResult result, int start, DigitNumber first, int endYear, int end)
    {
        var text = result.Text;
        if (endYear <= (int)first.Value)
        {
            result.Add(start, end, first.Value, 1, new Unit.Count(), NumberForm.Digits, role: QuantityRole.Identifier);
            return end;
        }

        var next = SkipSpaces(result, end);
        if (next < text.Length && text[next] == '年')
        {
            end = next + 1;
        }

        result.Add(start, end, first.Value, 1, new Unit.YearRange(endYear), NumberForm.Digits);
        return end;
    }

    private static int ScanOrdinal(ScanResult result, int start)
    {
        var text = result.Text;
        var i = start + 1;
        decimal value;
        NumberForm form;
        if (DigitNumber.IsDigit(text[i]))
        {
            if (!DigitNumber.TryRead(text, i, ref result.Steps, out var number, out var end))
            {
                return end;
            }

            value = number.Value;
            form = NumberForm.Digits;
            i = end;
        }
        else
        {
            var end = ChineseNumeral.RunEnd(text, i, ref result.Steps);
            if (!ChineseNumeral.TryParse(text.AsSpan(i, end - i), out var numeral) || numeral.Juxtaposed)
            {
                return end;
            }

            value = numeral.Value;
            form = NumberForm.ChineseNumerals;
            i = end;
        }

        var next = SkipSpaces(result, i);
        if (next < text.Length && text[next] is '，' or ',' or '、' && IsClauseStart(text, start))
        {
            // 第一，…: the text numbering its own points.
            result.Add(start, i, value, 1, new Unit.Ordinal(), form, role: QuantityRole.Enumerator);
            return next + 1;
        }

        if (Follows(text, next, "页"))
        {
            return next + 1; // 第 3 页: a page reference
        }

        if (Follows(text, next, "季度") && value is >= 1 and <= 4)
        {
            result.Add(start, next + 2, value, 1, new Unit.YearPart(4), form);
            return next + 2;
        }

        var length = Classifier(text, next);
        if (length > 0)
        {
            result.Add(start, next + length, value, 1, new Unit.Ordinal(text.Substring(next, length)), form);
            return next + length;
        }

        result.Add(start, i, value, 1, new Unit.Ordinal(), form);
        return i;
    }

    // 每万人口, 每10万人: the base of a rate, which the next count of the clause takes.
    private static int ScanRateBase(ScanResult result, int start)
    {
        var text = result.Text;
        var i = start + 1;
        decimal per;
        int end;
        if (DigitNumber.IsDigit(text[i]))
        {
            if (!DigitNumber.TryRead(text, i, ref result.Steps, out var number, out end))
            {
                return end;
            }

            per = number.Value;
            var scale = Scale(text, SkipSpaces(result, end), out var scaleLength);
            if (scale > 1)
            {
                per *= scale;
                end = SkipSpaces(result, end) + scaleLength;
            }
        }
        else
        {
            end = ChineseNumeral.RunEnd(text, i, ref result.Steps);
            if (!ChineseNumeral.TryParse(text.AsSpan(i, end - i), out var numeral) || numeral.Juxtaposed)
            {
                return end;
            }

            per = numeral.Value;
        }

        end = SkipSpaces(result, end);
        foreach (var people in (ReadOnlySpan<string>)["常住人口", "人口", "居民", "人"])
        {
            if (Follows(text, end, people))
            {
                result.PendingRatePer = per;
                return end + people.Length;
            }
        }

        // Not a rate per people (每10天): read the number itself as usual.
        return i;
    }

    private static int ScanPercentInWords(ScanResult result, int start)
    {
        var text = result.Text;
        var i = start + 3;
        if (i >= text.Length)
        {
            return i;
        }

        decimal value, precision;
        int end;
        if (DigitNumber.IsDigit(text[i]))
        {
            if (!DigitNumber.TryRead(text, i, ref result.Steps, out var number, out end))
            {
                return end;
            }

            (value, precision) = (number.Value, number.Precision);
        }
        else
        {
            end = ChineseNumeral.RunEnd(text, i, ref result.Steps);
            if (end == i || !ChineseNumeral.TryParse(text.AsSpan(i, end - i), out var numeral) || numeral.Juxtaposed)
            {
                return Math.Max(end, i);
            }

            (value, precision) = (numeral.Value, numeral.Precision);
        }

        var approximation = QualifierBefore(text, start).Approximation;
        result.Add(start, end, value, precision, new Unit.Percent(), NumberForm.ChineseNumerals, approximation);
        return end;
    }

    private static int ScanNumerals(ScanResult result, int start)
    {
        var text = result.Text;
        var end = ChineseNumeral.RunEnd(text, start, ref result.Steps);
        var run = text.AsSpan(start, end - start);

        // 六O二: a Latin O typed for 〇.
        if (run.IndexOfAny('O', 'o') >= 0)
        {
            run = run.ToString().Replace('O', '〇').Replace('o', '〇').AsSpan();
        }

        // 万 and 亿 begin no number of their own (万一, 亿万); 零 alone is 零突破, 零侵权.
        if (run[0] is '万' or '亿' || !ChineseNumeral.TryParse(run, out var numeral))
        {
            return end;
        }

        if (IsListMarker(text, start, end))
        {
            return end + 1;
        }

        // 三分之一, 千分之三: a fraction (百分之 is read as a percentage before).
        if (Follows(text, end, "分之") && Fractions.TryReadChinese(result, start, numeral.Value, end + 2, out var partsEnd))
        {
            return partsEnd;
        }

        // 三成, 两成多: tenths, a percentage (成为, 成立, 成都 are words of their own).
        if (end - start == 1 && numeral.Value is >= 1 and <= 9 && Follows(text, end, "成") && (end + 1 >= text.Length || !"为立功长本果员交熟就绩效型都品人年".Contains(text[end + 1], StringComparison.Ordinal)))
        {
            var more = end + 1 < text.Length && text[end + 1] is '多' or '余';
            var qualifier = more ? Approximation.MoreThan : QualifierBefore(text, start).Approximation;
            result.Add(start, end + (more ? 2 : 1), numeral.Value * 10, 10, new Unit.Percent(), NumberForm.ChineseNumerals, qualifier);
            return end + (more ? 2 : 1);
        }

        // 周五, 星期二, 礼拜三: a weekday, not a count; 周一至五, 周二、四: the next weekday of a list or a range.
        var continued = start > 0 && text[start - 1] is '、' or '至' or '到' or '-' or '—' && result.Count > 0 && result.Last.Unit is Unit.Weekday
                        && result.Last.Span.End - result.Offset == start - 1;
        if ((continued ? 0 : WeekdayMarkerBefore(text, start)) is var marker && (marker > 0 || continued) && numeral.Value is >= 1 and <= 6 && end - start == 1)
        {
            result.Add(start - marker, end, numeral.Value, 1, new Unit.Weekday(), NumberForm.ChineseNumerals);
            return end;
        }

        // 千人, 万人 with no digit before the place word (百日 is a hundred days): "thousands", "tens of thousands".
        if (run.Length == 1 && run[0] is '千' or '万' && end < text.Length && text[end] == '人' && !(start > 0 && (text[start - 1] is '数' or '几' or '上' or '成' or '第' or '过' or '破' or '每')))
        {
            return ScanUnit(result, start, end, numeral.Value, numeral.Value, NumberForm.ChineseNumerals, false, vague: true);
        }

        // 数十, 数百万, 几千, 上百万, 成千上万: an order of magnitude, not a figure.
        if (start > 0 && text[start - 1] is '数' or '几' or '上' or '成' && run[0] is '十' or '百' or '千' or '万' && numeral.Value == numeral.Precision)
        {
            return ScanUnit(result, start - 1, end, numeral.Value, numeral.Value, NumberForm.ChineseNumerals, false, vague: true);
        }

        if (numeral.Juxtaposed)
        {
            // 十四五, 十三五: the plan, by its number.
            result.Add(start, end, numeral.Value, 1, new Unit.Count(), NumberForm.ChineseNumerals, role: QuantityRole.NamePart);
            return end;
        }

        if (end < text.Length && text[end] == '是' && numeral.Value is >= 1 and <= 20 && IsClauseStart(text, start))
        {
            // 一是…，二是…: the text numbering its own points.
            result.Add(start, end + 1, numeral.Value, 1, new Unit.Ordinal(), NumberForm.ChineseNumerals, role: QuantityRole.Enumerator);
            return end + 1;
        }

        var next = SkipSpaces(result, end);
        if (numeral.DigitByDigit && run.Length == 4 && next < text.Length && text[next] == '年' && numeral.Value >= 1000)
        {
            return ScanDate(result, start, (int)numeral.Value, next + 1);
        }

        if (numeral.Value == 0)
        {
            return end;
        }

        // Two or three digits side by side without a place word or 〇 are no number written digit by digit: 两三个, 七八
        // 个 are "two or three", "seven or eight" (read as about the larger); 唯一一位 and 一一对应 are words.
        if (numeral.DigitByDigit && run.Length < 4 && run.IndexOfAny('〇', '零') < 0)
        {
            var (first, second) = (ChineseNumeral.DigitOf(run[0]), ChineseNumeral.DigitOf(run[1]));
            return run.Length == 2 && second == first + 1
                ? ScanUnit(result, start, end, second, 1, NumberForm.ChineseNumerals, false, vague: true)
                : end;
        }

        // 过百, 破千, 过万: past a round number.
        if (start > 0 && text[start - 1] is '过' or '破' && run[0] is '百' or '千' or '万' or '亿' && numeral.Value == numeral.Precision)
        {
            result.Add(start - 1, end, numeral.Value, numeral.Value, new Unit.Count(), NumberForm.ChineseNumerals, Approximation.MoreThan);
            return end;
        }

        // 双十一: a day named by its number.
        if (start > 0 && text[start - 1] == '双')
        {
            result.Add(start - 1, end, numeral.Value, 1, new Unit.Count(), NumberForm.ChineseNumerals, role: QuantityRole.NamePart);
            return end;
        }

        return ScanUnit(result, start, end, numeral.Value, numeral.Precision, NumberForm.ChineseNumerals, false);
    }

    // Letters, digits, pluses and hyphens glued together: G60, ICP, 5G. A token with digits is a name.
    private static int ScanLatinToken(ScanResult result, int start)
    {
        var text = result.Text;
        var end = SkipToken(result, start);
        var firstDigit = -1;
        for (var k = start; k < end; k++)
        {
            if (DigitNumber.IsDigit(text[k]))
            {
                firstDigit = k;
                break;
            }
        }

        if (firstDigit >= 0 && DigitNumber.TryRead(text, firstDigit, ref result.Steps, out var number, out _))
        {
            result.Add(start, end, number.Value, number.Precision, new Unit.Count(), NumberForm.Digits, role: QuantityRole.NamePart);
        }

        return end;
    }

    private static int SkipToken(ScanResult result, int i)
    {
        var text = result.Text;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '+' or '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
        {
            result.Steps++;
            i++;
        }

        return i;
    }

    // 1. / 1、/ (1) / 一、/ （一） at the start of a sentence or in brackets: a list marker, not a quantity.
    private static bool IsListMarker(string text, int start, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var before = start > 0 ? text[start - 1] : '\0';
        var after = text[end];
        if (before is '(' or '（' && after is ')' or '）' && end - start <= 2)
        {
            return true;
        }

        // Only blanks and opening brackets before it: it opens the sentence. The look-back stops at the first other
        // character, so over a whole text it reads each character once at most.
        var k = start - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '(' or '（'))
        {
            k--;
        }

        var atStart = k < 0;
        return atStart && (after is '、' or '．' || (after == '.' && (end + 1 == text.Length || !DigitNumber.IsDigit(text[end + 1]))));
    }

    // A change verb and 到 or 至 just before start (提高到, 降至): what follows is the level reached.
    private static bool IsLevelReached(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\u00A0' or '\u3000')
        {
            k--;
        }

        if (k < 1 || text[k] is not ('到' or '至'))
        {
            return false;
        }

        return text[k - 1] == '降' || (k >= 2 && ChangeAt(text, k - 2).Direction != Direction.None);
    }

    // Only blanks (and an opening bracket or quote) between start and the text's start or the end of a clause.
    private static bool IsClauseStart(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && (char.IsWhiteSpace(text[k]) || text[k] is '(' or '（' or '"' or '“'))
        {
            k--;
        }

        return k < 0 || EndsClause(text[k]) || text[k] == '、';
    }

    private static NumberForm FormAt(string text, int start) => DigitNumber.IsDigit(text[start]) ? NumberForm.Digits : NumberForm.ChineseNumerals;

    private static int SkipSpaces(ScanResult result, int i)
    {
        var text = result.Text;
        while (i < text.Length && text[i] is ' ' or '\u00A0' or '\u3000')
        {
            result.Steps++;
            i++;
        }

        return i;
    }

    private static int TrimEndSpaces(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\u00A0' or '\u3000')
        {
            end--;
        }

        return end;
    }
}
