namespace MedRec.Prevention.Screening;

/// <summary>Chinese labels for USPSTF topics (the English title is always shown beside them).</summary>
public static class TopicNames
{
    private static readonly (string Prefix, string Chinese)[] s_names =
    [
        ("Colorectal Cancer", "结直肠癌筛查"), ("Cervical Cancer", "宫颈癌筛查"), ("Breast Cancer: Screening", "乳腺癌筛查"),
        ("Breast Cancer: Medication", "乳腺癌风险降低用药"), ("Lung Cancer", "肺癌筛查（低剂量CT）"), ("Hypertension", "高血压筛查"),
        ("Prediabetes", "糖尿病前期/2型糖尿病筛查"), ("Osteoporosis", "骨质疏松筛查"), ("Human Immunodeficiency Virus", "HIV 筛查"),
        ("Prevention of Acquisition of HIV", "HIV 暴露前预防"), ("Hepatitis C", "丙型肝炎筛查"), ("Hepatitis B", "乙型肝炎筛查"),
        ("Depression", "抑郁筛查"), ("Anxiety", "焦虑筛查"), ("Unhealthy Alcohol", "不健康饮酒筛查与咨询"), ("Unhealthy Drug", "药物滥用筛查"),
        ("Tobacco", "戒烟干预"), ("Abdominal Aortic Aneurysm", "腹主动脉瘤筛查"), ("Statin", "他汀类一级预防"),
        ("Falls Prevention", "跌倒预防"), ("Obesity", "肥胖筛查"), ("Weight Loss", "减重行为干预"), ("Healthy Diet", "健康饮食与运动咨询"),
        ("Folic Acid", "叶酸补充"), ("Syphilis", "梅毒筛查"), ("Chlamydia", "衣原体/淋病筛查"), ("Latent Tuberculosis", "潜伏结核筛查"),
        ("Gestational Diabetes", "妊娠糖尿病筛查"), ("Aspirin Use to Prevent Preeclampsia", "小剂量阿司匹林预防子痫前期"),
        ("BRCA", "BRCA 相关癌症风险评估"), ("Skin Cancer", "皮肤癌预防咨询"), ("Vision", "视力筛查"), ("Intimate Partner", "亲密伴侣暴力筛查"),
        ("Prostate Cancer", "前列腺癌筛查"), ("Rh(D)", "Rh(D) 血型不合筛查"), ("Breastfeeding", "母乳喂养支持"),
        ("Sexually Transmitted", "性传播感染行为咨询"), ("Perinatal Depression", "围产期抑郁预防"), ("Dental Caries", "儿童龋齿预防"),
    ];

    public static string Chinese(string title) =>
        s_names.FirstOrDefault(n => title.StartsWith(n.Prefix, StringComparison.OrdinalIgnoreCase)).Chinese ?? "预防服务";
}
