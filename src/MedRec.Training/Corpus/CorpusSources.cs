using MedRec.Training.Corpus.Sources;

namespace MedRec.Training.Corpus;

/// <summary>The sources that make the pretraining corpus, in build order (earlier sources win duplicates).</summary>
public static class CorpusSources
{
    public static IReadOnlyList<ICorpusSource> All() =>
    [
        new XywySource(), new Health39Source(), new ChineseBlueSource(), new ToyhomSource(), new HuatuoSource(),
        new GenMedGptSource(), new CovidDialogueSource(), new ChatDoctorSource(), new OpenFdaSource(),
    ];
}
