using MedRec.Core.Recommendations;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Diagnosis;

/// <summary>Ranks diseases for a resolved case. The KG baseline implements it today; the model-based recommender replaces it.</summary>
public interface IDiagnosisRecommender
{
    string Name { get; }

    /// <summary>Top diseases, best first; Score is the posterior probability among the candidates considered.</summary>
    IReadOnlyList<Recommendation> Recommend(CaseAnalysis analysis, int top);
}
