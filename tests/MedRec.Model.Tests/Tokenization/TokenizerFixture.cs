using MedRec.Model.Tokenization;

namespace MedRec.Model.Tests.Tokenization;

/// <summary>A small tokenizer trained once on mixed Chinese/English medical text, shared by the tests.</summary>
public sealed class TokenizerFixture
{
    public static readonly string[] Texts =
    [
        "高血压患者应当低盐饮食，规律服药，定期监测血压。高血压的常见症状有头痛、头晕。",
        "糖尿病患者需要控制血糖，注意饮食和运动。糖尿病的并发症包括视网膜病变和肾病。",
        "Patients with hypertension should reduce salt intake and take their medication daily.",
        "The patient reports chest pain 3 days ago, blood pressure 150/95 mmHg, heart rate 102.",
        "患者：医生你好，我头痛三天了。\n医生：你好，请问有没有发热？体温多少度？",
        "阿莫西林胶囊 0.5g，每日3次，口服。过敏者禁用。",
    ];

    public BpeTokenizer Tokenizer { get; } =
        BpeTrainer.Train(Enumerable.Range(0, 20).SelectMany(_ => Texts), vocabSize: 600);
}
