// The case model and FHIR share type names (Condition, Observation …); these aliases keep both readable.
global using CaseCondition = MedRec.Core.Cases.Condition;
global using CaseImmunization = MedRec.Core.Cases.Immunization;
global using CaseMedication = MedRec.Core.Cases.Medication;
global using CaseObservation = MedRec.Core.Cases.Observation;
global using CaseProcedure = MedRec.Core.Cases.Procedure;
global using FhirCondition = Hl7.Fhir.Model.Condition;
global using FhirImmunization = Hl7.Fhir.Model.Immunization;
global using FhirObservation = Hl7.Fhir.Model.Observation;
global using FhirProcedure = Hl7.Fhir.Model.Procedure;
