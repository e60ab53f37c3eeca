export type {
  EvidenceFigure,
  EvidencePackData,
  EvidencePackSections,
  EvidenceTable,
  MatchingEvidence,
  PurposeEvidence,
  ReviewAndMeasurementEvidence,
  SelectionAndTrainingEvidence,
  SupervisionAndEthicsEvidence,
  ThemeExtras,
} from './evidence-pack-data';
export { renderEvidencePackHtml } from './render-html';
export { renderEvidencePackPdf } from './render-pdf';
