using MedRec.Knowledge.Linking;

namespace MedRec.Knowledge.Tests.Linking;

public sealed class EntityLinkerTests
{
    private static EntityLinker Linker(bool jieba = false)
    {
        var lexicon = new Lexicon();
        lexicon.Add("发热", new LexiconEntry("发热", "symptom", "kg"));
        lexicon.Add("发烧", new LexiconEntry("发热", "symptom", "synonyms"));
        lexicon.Add("头痛", new LexiconEntry("头痛", "symptom", "kg"));
        lexicon.Add("头疼", new LexiconEntry("头痛", "symptom", "synonyms"));
        lexicon.Add("咳嗽", new LexiconEntry("咳嗽", "symptom", "kg"));
        lexicon.Add("腹痛", new LexiconEntry("腹痛", "symptom", "kg"));
        lexicon.Add("痛", new LexiconEntry("腹痛", "symptom", "cmdd-train"), allowSingleCharacter: true);
        lexicon.Add("布洛芬", new LexiconEntry("布洛芬", "drug", "kg"));
        return new EntityLinker(lexicon, useJieba: jieba);
    }

    [Fact]
    public void Lay_words_map_to_canonical_symptoms_with_negation_and_duration()
    {
        var found = Linker().Link("发烧两天，头疼，没有咳嗽，吃了布洛芬");
        Assert.Contains(found, e => e.Canonical == "发热" && e.Present && e.Duration == "两天");
        Assert.Contains(found, e => e.Canonical == "头痛" && e.Present);
        Assert.Contains(found, e => e.Canonical == "咳嗽" && !e.Present);
        Assert.Contains(found, e => e.Canonical == "布洛芬" && e.Type == "drug");
    }

    [Fact]
    public void A_single_character_inside_a_word_is_not_a_finding()
    {
        var found = Linker(jieba: true).Link("想吃点止痛药");
        Assert.DoesNotContain(found, e => e.Canonical == "腹痛");
    }

    [Fact]
    public void Non_chinese_and_empty_text_give_nothing()
    {
        Assert.Empty(Linker().Link("hello world, 12345"));
        Assert.Empty(Linker().Link(""));
        Assert.Empty(Linker().Link(null));
    }

    [Fact]
    public void A_doctors_question_takes_its_presence_from_the_patients_short_answer()
    {
        var turns = Linker().LinkDialogue([("医生", "有发烧吗？"), ("患者", "没有")]);
        Assert.Contains(turns[0], e => e.Canonical == "发热" && !e.Present);
    }
}
