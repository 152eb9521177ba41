// USMLE Step 1, from ../shared/domain/step1-profile.json (researched from stored copies of public pages, the
// newest mid-2026). Values marked `verified: false` are shown to the student with that caveat.
import type { ContentArea, ExamProfile, SelfAssessment } from './exam-profile';
import { step1SystemDisciplines } from './step1-pairings';

// Systems and competencies: usmle.org Step 1 content outline as quoted by studentdevelopment.arizona.edu/step-1-faqs
// and usmlestep1000.com (2024 outline update, usmle.org/usmle-program-updates-content-outlines-all-step-exams).
const systems: ContentArea[] = [
  ['human-development', 'Human Development', 1, 3],
  ['blood-lymph-immune', 'Blood & Lymphoreticular/Immune Systems', 9, 13],
  ['behavioral-nervous', 'Behavioral Health & Nervous Systems/Special Senses', 10, 14],
  ['msk-skin', 'Musculoskeletal, Skin & Subcutaneous Tissue', 8, 12],
  ['cardiovascular', 'Cardiovascular System', 7, 11],
  ['respiratory-renal', 'Respiratory & Renal/Urinary Systems', 11, 15],
  ['gastrointestinal', 'Gastrointestinal System', 6, 10],
  ['reproductive-endocrine', 'Reproductive & Endocrine Systems', 12, 16],
  ['multisystem', 'Multisystem Processes & Disorders', 8, 12],
  ['biostats-epi', 'Biostatistics & Epidemiology/Population Health', 4, 6],
  ['social-sciences', 'Social Sciences: Communication and Interpersonal Skills', 6, 9],
].map(([id, name, minPct, maxPct]) => ({
  id: id as string,
  name: name as string,
  category: 'system' as const,
  minPct: minPct as number,
  maxPct: maxPct as number,
  verified: true,
}));

// Disciplines: behaviorneuro.com and GitHub copies of the usmle.org table. "Biochemistry & Nutrition 5-15" is one
// row, flagged unverified: ../shared/domain/step1-profile.json `disciplineConflict` (resolved 2026-12-01) sets aside
// the reading with a separate "Nutrition 15-20" row, which no score report shows and which gave Nutrition twice
// Biochemistry's time. Stored data under the old ids moves in schema version 3 (lib/db/migrations.ts).
const disciplines: ContentArea[] = [
  ['pathology', 'Pathology', 45, 55, true],
  ['physiology', 'Physiology', 30, 40, true],
  ['pharmacology', 'Pharmacology', 10, 20, true],
  ['microbiology', 'Microbiology', 10, 20, true],
  ['gross-anatomy-embryology', 'Gross Anatomy & Embryology', 10, 20, true],
  ['behavioral-sciences', 'Behavioral Sciences', 10, 15, true],
  ['immunology', 'Immunology', 5, 15, true],
  ['histology-cell-biology', 'Histology & Cell Biology', 5, 15, true],
  ['biochemistry-nutrition', 'Biochemistry & Nutrition', 5, 15, false],
  ['genetics', 'Genetics', 5, 10, true],
].map(([id, name, minPct, maxPct, verified]) => ({
  id: id as string,
  name: name as string,
  category: 'discipline' as const,
  minPct: minPct as number,
  maxPct: maxPct as number,
  verified: verified as boolean,
}));

const competencies: ContentArea[] = [
  ['mk-foundational-science', 'Medical Knowledge: Applying Foundational Science Concepts', 60, 70],
  ['pc-diagnosis', 'Patient Care: Diagnosis', 20, 25],
  ['communication', 'Communication and Interpersonal Skills', 6, 9],
  ['pbli', 'Practice-based Learning & Improvement', 4, 6],
].map(([id, name, minPct, maxPct]) => ({
  id: id as string,
  name: name as string,
  category: 'competency' as const,
  minPct: minPct as number,
  maxPct: maxPct as number,
  verified: true,
}));

const STEP101 = 'https://step-101.com/blogs/step-101-blog-usmle-advice/practice-tests-for-usmle-exams';

// NBME CBSSA: 200 questions, 4 sections x 75 min (step-101.com); forms 26-31 listed there (32/33 unverified).
const nbmeForms: SelfAssessment[] = [26, 27, 28, 29, 30, 31].map((n) => ({
  id: `nbme-${n}`,
  name: `NBME Form ${n}`,
  provider: 'NBME',
  questions: 200,
  sittingMinutes: 4 * 75 + 30,
  reportsPassProbability: true,
  source: STEP101,
}));

const otherForms: SelfAssessment[] = [
  // UWSA 1/2: 160 questions (step-101.com); UWSA2 runs as 8 x 20 in 2026 (legalclarity.org).
  {
    id: 'uwsa1',
    name: 'UWorld Self-Assessment 1',
    provider: 'UWorld',
    questions: 160,
    sittingMinutes: 270,
    reportsPassProbability: false,
    source: STEP101,
  },
  {
    id: 'uwsa2',
    name: 'UWorld Self-Assessment 2',
    provider: 'UWorld',
    questions: 160,
    sittingMinutes: 270,
    reportsPassProbability: false,
    source: 'https://legalclarity.org/how-to-take-and-interpret-the-uwsa-2-for-usmle-step-1/',
  },
  // UWSA3 exists (onlinemeded.com) but its question count was not found; planned like UWSA1/2.
  {
    id: 'uwsa3',
    name: 'UWorld Self-Assessment 3',
    provider: 'UWorld',
    questions: null,
    sittingMinutes: 270,
    reportsPassProbability: false,
    source: 'https://onlinemeded.com/blog/uwsa-3-vs-step-1?hs_amp=true',
  },
  // Free 120: 120 questions, percent correct only (medschooltutors.com).
  {
    id: 'free-120',
    name: 'USMLE Free 120 (sample questions)',
    provider: 'USMLE',
    questions: 120,
    sittingMinutes: 200,
    reportsPassProbability: false,
    source: 'https://www.medschooltutors.com/blog/nbme-free-120',
  },
];

export const step1Profile: ExamProfile = {
  id: 'usmle-step1',
  name: 'USMLE Step 1',
  completeness: 'complete',
  asOf: 'mid-2026',
  officialPage: 'https://www.usmle.org/prepare-your-exam/step-1-materials/step-1-content-outline-and-specifications',
  // 14 blocks of 20 items, 30 minutes each, from 14 May 2026:
  // https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026
  format: {
    effectiveFrom: '2026-05-14',
    blocks: 14,
    questionsPerBlock: 20,
    minutesPerBlock: 30,
    totalQuestions: 280,
    sessionHours: 8,
    source: 'https://www.usmle.org/test-delivery-software-updates-step-2-ck-and-step-1-coming-may-2026',
  },
  // 196 since 26 Jan 2022 (secondary: imgprep.com, ccu.edu.bz repost of the USMLE notice).
  passingStandard: {
    value: 196,
    scale: 'three-digit',
    verified: false,
    source: 'https://ccu.edu.bz/usmle-step-1-updates-on-score-reporting-and-standard-setting',
  },
  areas: [...systems, ...disciplines, ...competencies],
  // usmle.org/common-questions/attempt-limit (4 attempts) and ECFMG's timing rules (3 in 12 months; the 4th at
  // least 12 months after the first and 6 after the most recent).
  attemptPolicy: {
    maxAttempts: 4,
    maxAttemptsWithin12Months: 3,
    laterAttempt: { fromAttempt: 4, minMonthsAfterFirst: 12, minMonthsAfterMostRecent: 6 },
    incompleteAttemptsCount: true,
    sources: [
      'https://www.usmle.org/common-questions/attempt-limit',
      'https://www.ecfmg.org/news/category/exam-preparation/page/12/',
    ],
  },
  selfAssessments: [...nbmeForms, ...otherForms],
  systemDisciplines: step1SystemDisciplines,
};
