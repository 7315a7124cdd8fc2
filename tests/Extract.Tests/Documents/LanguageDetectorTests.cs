using Extract.Documents;

namespace Extract.Tests.Documents;

[TestFixture]
public class LanguageDetectorTests
{
    [TestCase("上海专利申请量17.36万件", Language.Chinese)]
    [TestCase("PCT专利申请量3200件,同比增长28%。", Language.Chinese, TestName = "English acronyms inside Chinese leave it Chinese")]
    [TestCase("市知识产权局与世界知识产权组织中国办事处共同在沪举办WIPO服务体系有效运用研讨会", Language.Chinese)]
    [TestCase("The number of PCT patent filings reached 3,200, up by 28% year on year.", Language.English)]
    [TestCase("Shanghai Intellectual Property Administration (上海市知识产权局) signed the agreement.", Language.English, TestName = "A Chinese name in brackets leaves English text English")]
    [TestCase("2024.04.25", Language.Neutral, TestName = "Digits and punctuation are neutral")]
    [TestCase("— 12 —", Language.Neutral)]
    [TestCase("中文版", Language.Chinese)]
    public void Tells_the_language_from_the_script(string text, Language expected)
    {
        Assert.That(LanguageDetector.Detect(text), Is.EqualTo(expected));
    }
}
